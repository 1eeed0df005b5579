import type { CheckInResult, EventStats, Registration } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { aStaffMember, assignStaff } from './support/checkin';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/**
 * Phones at the door send check-ins at once (two staff scan the same person; a queue flushes when the network
 * returns): the database alone decides which request records each check-in.
 */
describe('check-ins arriving all at once', () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    // One listening server for every request, as production has, rather than one per request.
    await t.app.listen(0, '127.0.0.1');
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it("200 concurrent check-ins of 100 people (each twice) record 100 check-ins and 100 'already' answers", async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 100 });
    const door = await aStaffMember(t.http);
    await assignStaff(t.http, organiser, event.id, [door.user.id]);
    // Registered through the public form, as the people the QR codes belong to; the slow part of this test
    // (every registration takes the event's lock), hence its timeout.
    const registered = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.http
          .post(`/api/events/${event.id}/registrations`)
          .send(
            aRegistrationInput({ email: `door-${i}@example.bg`, sector: i % 2 === 0 ? 'health' : 'ngo' }),
          ),
      ),
    );
    expect(registered.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const people = registered.map((response) => response.body as Registration);
    expect(people.every((person) => person.status === 'confirmed')).toBe(true);

    // Each person twice, by the staff member and by the organiser, interleaved so the pairs race.
    const requests = people.flatMap((person) =>
      [door.token, organiser].map((token) =>
        t.http.post(`/api/registrations/${person.id}/check-in`).auth(token, bearer).send({}),
      ),
    );
    const responses = await Promise.all(requests);
    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    const answers = responses.map((response) => response.body as CheckInResult);
    expect(answers.filter((answer) => !answer.already)).toHaveLength(100);
    expect(answers.filter((answer) => answer.already)).toHaveLength(100);
    // Each person: one recorded, one already, both with the same first time.
    for (const person of people) {
      const pair = answers.filter((answer) => answer.person.id === person.id);
      expect(pair.map((answer) => answer.already).sort()).toEqual([false, true]);
      expect(pair[0].person.checkedInAt).not.toBeNull();
      expect(pair[0].person.checkedInAt).toBe(pair[1].person.checkedInAt);
    }

    const rows = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM registrations WHERE eventId = ? AND checkedInAt IS NOT NULL',
      [event.id],
    );
    expect(Number(rows[0].n)).toBe(100);
    const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(door.token, bearer).expect(200))
      .body as EventStats;
    expect(stats).toMatchObject({ confirmed: 100, checkedIn: 100 });
    expect([stats.bySector.health.checkedIn, stats.bySector.ngo.checkedIn]).toEqual([50, 50]);
  }, 240_000);

  it('walk-ins at once for the last seats: never past the capacity without override', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 5 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http
          .post(`/api/events/${event.id}/walk-ins`)
          .auth(organiser, bearer)
          .send({
            firstName: 'Гост',
            lastName: `Номер ${i}`,
            organization: 'Община Плевен',
            sector: 'municipal',
          }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    expect(
      responses.filter((response) => response.status === 409).every((r) => r.body.code === 'NO_SEAT_FREE'),
    ).toBe(true);
    const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(organiser, bearer).expect(200))
      .body as EventStats;
    expect(stats).toMatchObject({ confirmed: 5, checkedIn: 5 });
  });
});
