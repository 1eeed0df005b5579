import type { Event } from '@roundtable/contracts';
import { anEventInput } from './support/builders';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/*
 * The suite runs under TZ=UTC and TZ=America/New_York (see .ci/test.mjs): whatever the server's zone, an event
 * at 10:00 Europe/Sofia is the same instant, stored as UTC and answered with Sofia's offset.
 */
describe(`time zones (server TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  let t: TestApp;
  let organiser: string;
  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const storedStart = async (id: string): Promise<string> => {
    const expression =
      t.database.kind === 'mysql' ? "DATE_FORMAT(startsAt, '%Y-%m-%d %H:%i:%s')" : 'startsAt';
    const [row] = await t.dataSource.query(`SELECT ${expression} AS startsAt FROM events WHERE id = ?`, [id]);
    return String(row.startsAt).slice(0, 19).replace('T', ' ');
  };

  it.each([
    ['summer time, wall clock', '2031-05-21T10:00', '2031-05-21T10:00:00+03:00', '2031-05-21 07:00:00'],
    ['winter time, wall clock', '2031-01-21T10:00', '2031-01-21T10:00:00+02:00', '2031-01-21 08:00:00'],
    ['an explicit offset', '2031-05-21T07:00:00Z', '2031-05-21T10:00:00+03:00', '2031-05-21 07:00:00'],
    // 30 March 2031: Sofia's clocks go from 03:00 to 04:00.
    [
      'the daylight-saving change day',
      '2031-03-30T10:00',
      '2031-03-30T10:00:00+03:00',
      '2031-03-30 07:00:00',
    ],
  ])('an event at 10:00 Sofia, given as %s, is one instant', async (_case, startsAt, answered, storedUtc) => {
    const end = new Date(new Date(answered).getTime() + 3 * 3600_000).toISOString();
    const created = (
      await t.http
        .post('/api/events')
        .auth(organiser, { type: 'bearer' })
        .send(anEventInput({ startsAt, endsAt: end, timezone: 'Europe/Sofia' }))
        .expect(201)
    ).body as Event;
    expect(created.startsAt).toBe(answered);
    expect(new Date(created.startsAt).toISOString()).toBe(`${storedUtc.replace(' ', 'T')}.000Z`);
    expect(await storedStart(created.id)).toBe(storedUtc);
    const read = (await t.http.get(`/api/events/${created.id}`).auth(organiser, { type: 'bearer' }))
      .body as Event;
    expect(read.startsAt).toBe(answered);
  });

  it('keeps an agenda item at its Sofia wall-clock time', async () => {
    const event = (
      await t.http.post('/api/events').auth(organiser, { type: 'bearer' }).send(anEventInput()).expect(201)
    ).body as Event;
    const saved = (
      await t.http
        .put(`/api/events/${event.id}/agenda`)
        .auth(organiser, { type: 'bearer' })
        .send([
          {
            title: 'Откриване',
            startsAt: '2031-05-21T10:00',
            endsAt: '2031-05-21T10:15',
            kind: 'talk',
            speakerIds: [],
          },
        ])
        .expect(200)
    ).body as Event;
    expect(saved.agenda[0].startsAt).toBe('2031-05-21T10:00:00+03:00');
  });
});
