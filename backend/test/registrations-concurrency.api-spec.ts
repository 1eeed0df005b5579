import { SECTORS, type EventStats, type Sector } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/**
 * Seats are exact under concurrency: every request arrives at once over real HTTP, and the database (SQLite's
 * single writer, MariaDB's row lock on the event) is all that stands between them and an overbooked room.
 */
describe('registrations arriving all at once', () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    // One listening server for every request, as production has, rather than one per request.
    await t.app.listen(0, '127.0.0.1');
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('300 for 40 seats with a health quota of 10: exactly 40 confirmed, 260 wait-listed', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 40, sectorQuotas: { health: 10 } });
    // Every third is from health, so health asks for far more than its quota.
    const sectorOf = (i: number): Sector => (i % 3 === 0 ? 'health' : SECTORS[i % SECTORS.length]);
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        t.http
          .post(`/api/events/${event.id}/registrations`)
          .send(aRegistrationInput({ email: `crowd-${i}@example.bg`, sector: sectorOf(i) })),
      ),
    );
    const answers = responses.map((response) => response.status);
    expect(answers.filter((status) => status !== 201)).toEqual([]);
    const outcomes = responses.map((response) => response.body.status as string);
    expect(outcomes.filter((status) => status === 'confirmed')).toHaveLength(40);
    expect(outcomes.filter((status) => status === 'waitlisted')).toHaveLength(260);
    const confirmedHealth = responses.filter(
      (response) => response.body.status === 'confirmed' && response.body.sector === 'health',
    );
    expect(confirmedHealth.length).toBeLessThanOrEqual(10);
    // The wait list is one queue: places 1..260, each once.
    const places = responses.map((response) => response.body.waitlistPosition).filter((p) => p !== null);
    expect([...places].sort((a, b) => a - b)).toEqual(Array.from({ length: 260 }, (_, i) => i + 1));

    const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(organiser, bearer).expect(200))
      .body as EventStats;
    expect(stats).toMatchObject({ capacity: 40, confirmed: 40, waitlisted: 260, pending: 0 });
    expect(stats.bySector.health.confirmed).toBe(confirmedHealth.length);
    expect(stats.bySector.health.quota).toBe(10);
    const sum = (key: 'confirmed' | 'waitlisted') =>
      SECTORS.reduce((total, sector) => total + stats.bySector[sector][key], 0);
    expect([sum('confirmed'), sum('waitlisted')]).toEqual([40, 260]);
    const rows = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM registrations WHERE eventId = ? AND status = 'confirmed'`,
      [event.id],
    );
    expect(Number(rows[0].n)).toBe(40);
  });

  it('10 at once with one address in different letter case: one 201 and nine 409 problem+json', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const spellings = [
      'ana@example.bg',
      'Ana@example.bg',
      'ANA@EXAMPLE.BG',
      'ana@Example.bg',
      'aNa@example.BG',
    ];
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .post(`/api/events/${event.id}/registrations`)
          .send(aRegistrationInput({ email: spellings[i % spellings.length] })),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 409, code: 'ALREADY_REGISTERED' });
    }
    const rows = await t.dataSource.query(`SELECT COUNT(*) AS n FROM registrations WHERE eventId = ?`, [
      event.id,
    ]);
    expect(Number(rows[0].n)).toBe(1);
  });
});
