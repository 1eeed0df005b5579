import type { Event, Registration } from '@roundtable/contracts';
import { RegistrationReminders } from '../src/registrations/registration-reminders';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { checkedInvite, inlineQr, manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

describe('registration e-mails and the calendars they write', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  // 26 October 2031: Sofia's clocks go back an hour at 04:00, so 10:00 that day is winter time (UTC+2).
  const onDstDay = { startsAt: '2031-10-26T10:00', endsAt: '2031-10-26T13:00', timezone: 'Europe/Sofia' };

  const register = async (event: Event, email: string) =>
    (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email }))
        .expect(201)
    ).body as Registration;

  it('pending, then approved with a REQUEST; rejected without a calendar file', async () => {
    const event = await aPublishedEvent(t.http, organiser, { ...onDstDay, registrationMode: 'approval' });
    const approved = await register(event, 'approved@example.bg');
    const rejected = await register(event, 'rejected@example.bg');
    const received = await t.mailbox.next('approved@example.bg', 0);
    expect(received.calendar).toBeNull();
    manageLink(received.text);

    await t.http.post(`/api/registrations/${approved.id}/approve`).auth(organiser, bearer).expect(200);
    const confirmation = await t.mailbox.next('approved@example.bg', 1);
    const invite = checkedInvite(confirmation, {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'approved@example.bg',
    });
    expect(invite.start.toISOString()).toBe('2031-10-26T08:00:00.000Z');
    inlineQr(confirmation);

    await t.mailbox.next('rejected@example.bg', 0);
    await t.http.post(`/api/registrations/${rejected.id}/reject`).auth(organiser, bearer).expect(200);
    const rejection = await t.mailbox.next('rejected@example.bg', 1);
    expect(rejection.calendar).toBeNull();
    expect(rejection.text).not.toMatch(/\/registrations\//);
  });

  it('confirmed registrants hold the event: they get its update and its cancellation', async () => {
    const event = await aPublishedEvent(t.http, organiser, onDstDay);
    await register(event, 'holder@example.bg');
    const original = checkedInvite(await t.mailbox.next('holder@example.bg', 0), {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'holder@example.bg',
    });

    await t.http
      .patch(`/api/events/${event.id}`)
      .auth(organiser, bearer)
      .send({ startsAt: '2031-10-26T11:00', endsAt: '2031-10-26T14:00' })
      .expect(200);
    const update = checkedInvite(await t.mailbox.next('holder@example.bg', 1), {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'holder@example.bg',
    });
    expect(update.uid).toBe(original.uid);
    expect(update.sequence).toBe(original.sequence + 1);
    expect(update.start.toISOString()).toBe('2031-10-26T09:00:00.000Z');
    expect(update.attendees[0].partstat).toBe('ACCEPTED');

    await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, bearer)
      .send({ reason: 'x' })
      .expect(200);
    const cancel = checkedInvite(await t.mailbox.next('holder@example.bg', 2), {
      method: 'CANCEL',
      eventId: event.id,
      attendee: 'holder@example.bg',
    });
    expect(cancel.status).toBe('CANCELLED');
  });

  it('reminds each confirmed registrant once the day before, with links and the QR code, no .ics', async () => {
    const event = await aPublishedEvent(t.http, organiser, onDstDay);
    await register(event, 'reminded@example.bg');
    await t.mailbox.next('reminded@example.bg', 0);
    const reminders = t.app.get(RegistrationReminders);
    const dayBefore = new Date('2031-10-25T12:00:00Z');

    expect(await reminders.runDue(new Date('2031-10-24T12:00:00Z'))).toBe(0);
    // Two instances (or two ticks) finding it due queue one reminder.
    await Promise.all([reminders.runDue(dayBefore), reminders.runDue(dayBefore)]);
    await reminders.runDue(dayBefore);
    const reminder = await t.mailbox.next('reminded@example.bg', 1);
    expect(reminder.calendar).toBeNull();
    inlineQr(reminder);
    manageLink(reminder.text);
    const [{ count }] = await t.dataSource.query(
      `SELECT COUNT(*) AS count FROM jobs WHERE kind = 'registration-reminder' AND recipientEmail = ?`,
      ['reminded@example.bg'],
    );
    expect(Number(count)).toBe(1);
  });
});
