import type { Event } from '@roundtable/contracts';
import { InvitationScheduler } from '../src/invitations/invitation-scheduler';
import { JobRunner } from '../src/jobs/job-runner';
import { anEventInput } from './support/builders';
import { parseInvite } from './support/calendar';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';
import { calendarOf } from './support/test-mailbox';

const DAY = 86_400_000;

describe('reminders and expiry', () => {
  let t: MailTestApp;
  let organiser: string;
  let event: Event;
  let scheduler: InvitationScheduler;
  const auth = { type: 'bearer' as const };
  const respondBy = new Date('2031-05-10T15:00:00Z');

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    scheduler = t.app.get(InvitationScheduler);
    organiser = await tokenFor(t.http, 'organizer');
    event = (await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201)).body;
    for (const email of ['silent@example.org', 'answers@example.org']) {
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, auth)
        .send({ email, name: email, role: 'panelist', respondBy: respondBy.toISOString() })
        .expect(201);
      await t.mailbox.next(email, 0);
    }
    const answers = t.mailbox.to('answers@example.org')[0];
    await t.http
      .post(`/api/invitations/by-token/${personalLink(answers.text).token}/response`)
      .send({ response: 'accepted' })
      .expect(200);
    await t.mailbox.next('answers@example.org', 1);
  });
  afterAll(() => t.close());

  it('reminds only non-responders, 7 and 2 days before the respond-by date, once each, with a link and no calendar', async () => {
    expect(await scheduler.runDue(new Date(respondBy.getTime() - 8 * DAY))).toMatchObject({ reminded: 0 });
    await scheduler.runDue(new Date(respondBy.getTime() - 7 * DAY + 1000));
    const first = await t.mailbox.next('silent@example.org', 1);
    expect(first.calendar).toBeNull();
    expect(personalLink(first.text).token.length).toBeGreaterThan(40);
    // Another instance (or the next minute) running the same job queues nothing new.
    await scheduler.runDue(new Date(respondBy.getTime() - 6 * DAY));
    await scheduler.runDue(new Date(respondBy.getTime() - 2 * DAY + 1000));
    await t.mailbox.next('silent@example.org', 2);
    await scheduler.runDue(new Date(respondBy.getTime() - DAY));
    const rows = await t.dataSource.query(
      `SELECT dedupeKey FROM jobs WHERE kind = 'invitation-reminder' ORDER BY dedupeKey`,
    );
    expect(rows.map((row: { dedupeKey: string }) => row.dedupeKey.replace(/^invitation:[^:]+:/, ''))).toEqual(
      ['reminder:2d', 'reminder:7d'],
    );
    expect(t.mailbox.to('answers@example.org')).toHaveLength(2);
  });

  it('expires unanswered invitations after the respond-by date; the link then refuses answers', async () => {
    const result = await scheduler.runDue(new Date(respondBy.getTime() + 1000));
    expect(result.expired).toBe(1);
    const list = (await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth)).body.items;
    expect(
      list.map((item: { email: string; status: string }) => `${item.email}:${item.status}`).sort(),
    ).toEqual(['answers@example.org:accepted', 'silent@example.org:expired']);
    const link = personalLink(t.mailbox.to('silent@example.org')[0].text);
    const refused = await t.http
      .post(`/api/invitations/by-token/${link.token}/response`)
      .send({ response: 'accepted' })
      .expect(409);
    expect(refused.body.code).toBe('INVITATION_CLOSED');

    // They hold the event from the invitation's REQUEST: the expiry removes it again, and only from them.
    const request = parseInvite(calendarOf(t.mailbox.to('silent@example.org')[0]).ics);
    const expiry = await t.mailbox.next('silent@example.org', 3);
    expect(expiry.subject).toContain('Срокът на поканата изтече');
    const cancel = parseInvite(calendarOf(expiry).ics);
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: request.uid, status: 'CANCELLED' });
    expect(cancel.attendees.map((attendee) => attendee.email)).toEqual(['silent@example.org']);
    expect((await scheduler.runDue(new Date(respondBy.getTime() + 2000))).expired).toBe(0);
  });

  it('lets the organiser send a reminder by hand to a pending invitee', async () => {
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth)
      .send({ email: 'manual@example.org', name: 'Ръчно', role: 'speaker' })
      .expect(201);
    await t.mailbox.next('manual@example.org', 0);
    const id = (
      await t.http.get(`/api/events/${event.id}/invitations`).auth(organiser, auth)
    ).body.items.find((item: { email: string }) => item.email === 'manual@example.org').id;
    await t.http.post(`/api/invitations/${id}/remind`).auth(organiser, auth).expect(200);
    const reminder = await t.mailbox.next('manual@example.org', 1);
    expect(reminder.calendar).toBeNull();
  });
});

describe('reminding by hand', () => {
  let t: MailTestApp;
  const auth = { type: 'bearer' as const };
  // The runner is driven by hand, so nothing is sent between the clicks unless the spec says so.
  beforeAll(async () => (t = await bootAppWithMailbox({ dispatcher: false })));
  afterAll(() => t.close());

  it('queues one reminder for a double click, and another for a click after it went out', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const event: Event = (
      await t.http.post('/api/events').auth(organiser, auth).send(anEventInput()).expect(201)
    ).body;
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, auth)
        .send({ email: 'twice@example.org', name: 'Два пъти', role: 'guest' })
        .expect(201)
    ).body;
    const runner = t.app.get(JobRunner);
    await runner.drainOnce();
    const remind = () =>
      t.http.post(`/api/invitations/${invitation.id}/remind`).auth(organiser, auth).expect(200);
    const reminders = async () =>
      Number(
        (await t.dataSource.query(`SELECT COUNT(*) AS n FROM jobs WHERE kind = 'invitation-reminder'`))[0].n,
      );

    await remind();
    await remind();
    expect(await reminders()).toBe(1);
    await runner.drainOnce();
    await remind();
    expect(await reminders()).toBe(2);
    await runner.drainOnce();
    // The invitation, then one reminder per click that found none waiting.
    await t.mailbox.next('twice@example.org', 2);
    expect(t.mailbox.to('twice@example.org')).toHaveLength(3);
  });
});
