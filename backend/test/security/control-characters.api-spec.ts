import type { Event, Problem } from '@roundtable/contracts';
import { anEventInput } from '../support/builders';
import { bootAppWithMailbox, type MailTestApp } from '../support/mail-app';
import { tokenFor } from '../support/test-app';

/**
 * A CR/LF in a title or a name would end a line of an e-mail header or of a calendar file written from it
 * (a forged VEVENT in the public .ics, a foreign ATTENDEE). The API refuses such text before anything is stored.
 */
describe('control characters in names and titles', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  const auth = () => ({ type: 'bearer' as const });
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    event = (await t.http.post('/api/events').auth(organiser, auth()).send(anEventInput()).expect(201)).body;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth()).expect(200);
  });
  afterAll(() => t.close());

  const expectFieldErrors = (body: Problem, fields: string[]) => {
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual(
      fields.map((field) => expect.objectContaining({ field, rule: 'noControlCharacters' })),
    );
  };

  it('refuses an event whose title and venue carry CR/LF, and stores nothing', async () => {
    const events = await count('events');
    const response = await t.http
      .post('/api/events')
      .auth(organiser, auth())
      .send(
        anEventInput({
          title: 'Кръгла маса\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged',
          venue: { name: 'Зала\nСердика', address: 'ул. „Гюешево“ 21', city: 'София' },
          partners: ['Партньор\u0000'],
        }),
      )
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectFieldErrors(response.body, ['title', 'venue.name', 'partners']);
    expect(await count('events')).toBe(events);
  });

  it('refuses such a title in a change, and keeps the one stored', async () => {
    const response = await t.http
      .patch(`/api/events/${event.id}`)
      .auth(organiser, auth())
      .send({ title: 'Ново\rзаглавие' })
      .expect(400);
    expectFieldErrors(response.body, ['title']);
    const stored = (await t.http.get(`/api/events/${event.id}`).auth(organiser, auth()).expect(200)).body;
    expect(stored).toMatchObject({ title: event.title, sequence: event.sequence });
  });

  it('keeps the line breaks of a description, which is multi-line text', async () => {
    const description = 'Първи абзац.\r\n\r\nВтори абзац:\n\t– точка.';
    const created = await t.http
      .post('/api/events')
      .auth(organiser, auth())
      .send(anEventInput({ description }))
      .expect(201);
    expect(created.body.description).toBe(description);
  });

  it('refuses an invitee whose name carries CR/LF, and neither stores nor queues anything', async () => {
    const [invitations, outbox] = [await count('invitations'), await count('jobs')];
    const response = await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth())
      .send({
        email: 'forged@example.org',
        name: 'Татяна Бакова\r\nATTENDEE;ROLE=CHAIR:mailto:attacker@example.org',
        role: 'panelist',
        position: 'Кмет\u0085',
      })
      .expect(400);
    expectFieldErrors(response.body, ['name', 'position']);
    expect([await count('invitations'), await count('jobs')]).toEqual([invitations, outbox]);
  });

  it('refuses the same in a row of a bulk invitation sheet, naming the row', async () => {
    const invitations = await count('invitations');
    const csv = 'name,email,role\n"Татяна\nБакова",tbakova@example.org,panelist\n';
    const response = await t.http
      .post(`/api/events/${event.id}/invitations/bulk`)
      .auth(organiser, auth())
      .send({ csv })
      .expect(400);
    expectFieldErrors(response.body, ['rows.0.name']);
    expect(await count('invitations')).toBe(invitations);
  });
});
