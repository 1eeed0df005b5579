import type { Event, Registration } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { checkedInvite, inlineQr, manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

describe('registrants manage their place by the link in their e-mails', () => {
  let t: MailTestApp;
  let organiser: string;
  /** Every answer's body, to show that no manage token ever went out in one. */
  const answers: string[] = [];

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  // 30 March 2031 is the day Sofia moves its clocks forward: 10:00 there is 07:00 UTC.
  const onDstDay = { startsAt: '2031-03-30T10:00', endsAt: '2031-03-30T13:00', timezone: 'Europe/Sofia' };

  const register = async (event: Event, email: string) => {
    const response = await t.http
      .post(`/api/events/${event.id}/registrations`)
      .send(aRegistrationInput({ email }))
      .expect(201);
    answers.push(response.text);
    return response.body as Registration;
  };

  const byToken = (token: string) => `/api/registrations/by-token/${token}`;

  it('a cancellation by manage link promotes exactly one person with a REQUEST; the leaver gets a CANCEL', async () => {
    const event = await aPublishedEvent(t.http, organiser, { ...onDstDay, capacity: 1 });
    await register(event, 'leaver@example.bg');
    const confirmation = await t.mailbox.next('leaver@example.bg', 0);
    const request = checkedInvite(confirmation, {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'leaver@example.bg',
    });
    expect(request.start.toISOString()).toBe('2031-03-30T07:00:00.000Z');
    expect(request.startZone).toBe('Europe/Sofia');
    expect(request.attendees[0].partstat).toBe('ACCEPTED');
    expect(inlineQr(confirmation).subarray(1, 4).toString('ascii')).toBe('PNG');

    await register(event, 'first-in-line@example.bg');
    await register(event, 'second-in-line@example.bg');
    // Both wait-list letters are in before the cancellation, so the promotion is the first-in-line's second letter
    // (the outbox sends in parallel: a letter still queued could otherwise arrive after the promotion).
    await t.mailbox.next('first-in-line@example.bg', 0);
    const waitlisted = await t.mailbox.next('second-in-line@example.bg', 0);
    expect(waitlisted.calendar).toBeNull();
    expect(waitlisted.text).toMatch(/\b2\b/);
    manageLink(waitlisted.text);

    const { token } = manageLink(confirmation.text);
    const cancelled = await t.http.delete(byToken(token)).expect(200);
    answers.push(cancelled.text);
    expect(cancelled.headers['cache-control']).toBe('no-store');
    expect(cancelled.body).toMatchObject({ email: 'leaver@example.bg', status: 'cancelled' });

    const cancel = checkedInvite(await t.mailbox.next('leaver@example.bg', 1), {
      method: 'CANCEL',
      eventId: event.id,
      attendee: 'leaver@example.bg',
    });
    expect(cancel).toMatchObject({ status: 'CANCELLED', alarms: 0, sequence: request.sequence });
    const promotion = await t.mailbox.next('first-in-line@example.bg', 1);
    const promoted = checkedInvite(promotion, {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'first-in-line@example.bg',
    });
    expect(promoted.uid).toBe(request.uid);
    expect(promoted.start.toISOString()).toBe('2031-03-30T07:00:00.000Z');
    inlineQr(promotion);

    const list = await t.http
      .get(`/api/events/${event.id}/registrations?status=confirmed`)
      .auth(organiser, bearer)
      .expect(200);
    answers.push(list.text);
    expect(list.body.items.map((item: Registration) => item.email)).toEqual(['first-in-line@example.bg']);
    // The one still waiting was told once (wait-listed) and queued nothing more.
    const [{ count }] = await t.dataSource.query(
      `SELECT COUNT(*) AS count FROM jobs WHERE recipientEmail = ?`,
      ['second-in-line@example.bg'],
    );
    expect(Number(count)).toBe(1);

    // The link still shows the cancelled registration; a second cancellation changes nothing.
    const view = await t.http.get(byToken(token)).expect(200);
    answers.push(view.text);
    expect(view.body.registration.status).toBe('cancelled');
    expect(view.body.event.id).toBe(event.id);
    await t.http.delete(byToken(token)).expect(200);
  });

  it('shows, edits and deletes by the link; a bad token is 404 everywhere', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await register(event, 'editor@example.bg');
    const mail = await t.mailbox.next('editor@example.bg', 0);
    const { token } = manageLink(mail.text);

    const view = await t.http.get(byToken(token)).expect(200);
    answers.push(view.text);
    expect(view.headers['cache-control']).toBe('no-store');
    expect(view.body.registration).toMatchObject({ email: 'editor@example.bg', status: 'confirmed' });
    expect(view.body.event).toMatchObject({ id: event.id, title: event.title });

    const edited = await t.http
      .patch(byToken(token))
      .send({ phone: '+359 2 123 4567', position: '', consents: { media: true } })
      .expect(200);
    answers.push(edited.text);
    expect(edited.headers['cache-control']).toBe('no-store');
    expect(edited.body).toMatchObject({ phone: '+359 2 123 4567', position: null });
    expect(edited.body.consents.media.given).toBe(true);
    expect(edited.body.consents.processing).toEqual(view.body.registration.consents.processing);
    // Who they are and where their seat counts are not theirs to change here.
    await t.http.patch(byToken(token)).send({ email: 'other@example.bg' }).expect(400);
    await t.http.patch(byToken(token)).send({ sector: 'health' }).expect(400);
    await t.http
      .patch(byToken(token))
      .send({ consents: { processing: false } })
      .expect(400);
    await t.http.patch(byToken(token)).send({ firstName: null }).expect(400);

    const qr = await t.http.get(`${byToken(token)}/qr.png`).expect(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(qr.body as Buffer, inlineQr(mail))).toBe(0);

    const bad = 'x'.repeat(43);
    for (const request of [
      t.http.get(byToken(bad)),
      t.http.patch(byToken(bad)).send({ phone: '+359 2 123 4567' }),
      t.http.delete(byToken(bad)),
      t.http.post(`${byToken(bad)}/anonymise`),
      t.http.get(`${byToken(bad)}/qr.png`),
    ]) {
      const response = await request.expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }

    const erased = await t.http.post(`${byToken(token)}/anonymise`).expect(200);
    answers.push(erased.text);
    expect(erased.body).toMatchObject({
      status: 'cancelled',
      firstName: '',
      lastName: '',
      email: '',
      organization: '',
      phone: null,
      position: null,
      sector: 'municipal',
    });
    expect(Object.values(erased.body.consents).some((consent) => (consent as { given: boolean }).given)).toBe(
      false,
    );
    await t.http.get(byToken(token)).expect(404);
    // The row stays for the counts; the person is told their place is cancelled.
    const all = await t.http.get(`/api/events/${event.id}/registrations`).auth(organiser, bearer).expect(200);
    expect(all.body.total).toBe(1);
    checkedInvite(await t.mailbox.next('editor@example.bg', 1), {
      method: 'CANCEL',
      eventId: event.id,
      attendee: 'editor@example.bg',
    });
  });

  it('answers a lost-link request the same for a known and an unknown address, and e-mails a fresh link', async () => {
    const event = await aPublishedEvent(t.http, organiser, onDstDay);
    await register(event, 'forgetful@example.bg');
    const first = manageLink((await t.mailbox.next('forgetful@example.bg', 0)).text);

    const known = await t.http
      .post('/api/registrations/lost-link')
      .send({ email: 'Forgetful@Example.bg', eventId: event.id })
      .expect(202);
    const unknown = await t.http
      .post('/api/registrations/lost-link')
      .send({ email: 'stranger@example.bg', eventId: event.id })
      .expect(202);
    expect(unknown.text).toBe(known.text);
    expect(unknown.headers['content-type']).toBe(known.headers['content-type']);

    const again = await t.mailbox.next('forgetful@example.bg', 1);
    checkedInvite(again, { method: 'REQUEST', eventId: event.id, attendee: 'forgetful@example.bg' });
    const fresh = manageLink(again.text);
    expect(fresh.token).not.toBe(first.token);
    await t.http.get(byToken(fresh.token)).expect(200);
    await t.http.get(byToken(first.token)).expect(200);
    expect(t.mailbox.to('stranger@example.bg')).toHaveLength(0);
  });

  // Runs last (Jest keeps the order of a file's tests): every token e-mailed above, against every answer given.
  it('never answers a manage token', () => {
    const tokens = t.mailbox.messages.flatMap((mail) => {
      const match = /\/registrations\/([A-Za-z0-9_-]{40,})/.exec(mail.text);
      return match ? [match[1]] : [];
    });
    expect(tokens.length).toBeGreaterThan(3);
    for (const token of tokens) for (const answer of answers) expect(answer).not.toContain(token);
  });
});
