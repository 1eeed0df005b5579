import type { RegistrationListItem } from '@roundtable/contracts';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, aRegistrationFor, bearer } from './support/registrations';
import { eventually } from './support/server-process';
import { tokenFor } from './support/test-app';

/** The organiser's table tells whose e-mails stopped reaching them, and forgets it once one gets through. */
describe('registrations whose e-mail did not arrive', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('a confirmation refused with 550 shows on the row and in the filter; a later e-mail that arrives clears it', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    t.mailbox.unknownUsers.add('stale.address@example.bg');
    const stale = await aRegistrationFor(t.http, event, 'stale.address@example.bg');
    const reached = await aRegistrationFor(t.http, event, 'reached@example.bg');
    await t.mailbox.next('reached@example.bg', 0);
    const rows = async () =>
      new Map(
        (
          (await t.http.get(`/api/events/${event.id}/registrations`).auth(organiser, bearer).expect(200)).body
            .items as RegistrationListItem[]
        ).map((row) => [row.id, row]),
      );
    const idsWhere = async (undelivered: 'true' | 'false') =>
      (
        (
          await t.http
            .get(`/api/events/${event.id}/registrations`)
            .query({ undelivered })
            .auth(organiser, bearer)
            .expect(200)
        ).body.items as RegistrationListItem[]
      ).map((row) => row.id);
    await eventually(
      async () => (await rows()).get(stale.id)?.undelivered !== null,
      15_000,
      'the refused confirmation on the row',
      50,
    );

    const shown = await rows();
    expect(shown.get(stale.id)?.undelivered).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/550.*User unknown/),
      at: expect.any(String),
    });
    expect(shown.get(reached.id)?.undelivered).toBeNull();
    expect(t.mailbox.to('stale.address@example.bg')).toEqual([]);
    // The organiser can list just them, or just the others.
    expect(await idsWhere('true')).toEqual([stale.id]);
    expect(await idsWhere('false')).toEqual([reached.id]);

    // The person mends their mailbox and asks for their link again: that e-mail arrives, the warning goes.
    t.mailbox.unknownUsers.delete('stale.address@example.bg');
    await t.http
      .post('/api/registrations/lost-link')
      .send({ email: 'stale.address@example.bg', eventId: event.id })
      .expect(202);
    await t.mailbox.next('stale.address@example.bg', 0);
    await eventually(
      async () => (await rows()).get(stale.id)?.undelivered === null,
      15_000,
      'the warning cleared',
      50,
    );
    expect(await idsWhere('true')).toEqual([]);
    expect((await idsWhere('false')).sort()).toEqual([stale.id, reached.id].sort());
  });

  it('refuses an undelivered filter that is neither true nor false', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const response = await t.http
      .get(`/api/events/${event.id}/registrations`)
      .query({ undelivered: 'maybe' })
      .auth(organiser, bearer)
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
