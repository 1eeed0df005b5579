import type { Event, Invitation, Problem, RegistrationPage } from '@roundtable/contracts';
import { InvitationScheduler } from '../src/invitations/invitation-scheduler';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { checkedInvite, inlineQr, manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

/** The registration form's fields as a guest sends them: the invitation's address is theirs. */
function guestForm(overrides: object = {}) {
  const { email: _email, ...form } = aRegistrationInput(overrides);
  return form;
}

describe('invited officials register through their invitation', () => {
  let t: MailTestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const inviteGuest = async (event: Event, email: string, extra: object = {}) => {
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email, name: `Гост ${email}`, role: 'guest', ...extra })
        .expect(201)
    ).body as Invitation;
    return { invitation, token: personalLink((await t.mailbox.next(email, 0)).text).token };
  };
  const respond = (token: string, body: object) =>
    t.http.post(`/api/invitations/by-token/${token}/response`).send(body);
  const register = (event: Event) =>
    t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput()).expect(201);
  const registrations = async (event: Event) =>
    (
      await t.http
        .get(`/api/events/${event.id}/registrations?pageSize=100`)
        .auth(organiser, bearer)
        .expect(200)
    ).body as RegistrationPage;
  const confirmed = async (event: Event) =>
    (await registrations(event)).items.filter((item) => item.status === 'confirmed');
  /** Every message queued for `email` about `event`, in the order queued: what the outbox will ever send them. */
  const queuedFor = async (event: Event, email: string) =>
    (
      (await t.dataSource.query(
        'SELECT kind FROM jobs WHERE eventId = ? AND recipientEmail = ? ORDER BY createdAt, kind',
        [event.id, email],
      )) as { kind: string }[]
    ).map((row) => row.kind);

  it('a guest invitation holds its seat until accepted, and expiry gives it to the wait list', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 3 });
    const accepting = await inviteGuest(event, 'accepts@example.bg');
    await inviteGuest(event, 'expires@example.bg', { respondBy: '2031-05-10T18:00' });
    expect((await register(event)).body.status).toBe('confirmed');
    const waiting = (await register(event)).body;
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    await respond(accepting.token, { response: 'accepted', registration: guestForm() }).expect(200);
    const seated = await confirmed(event);
    // The held seat became the guest's registration: still one seat held, two confirmed, nobody promoted.
    expect(seated).toHaveLength(2);
    expect(seated.find((item) => item.invitationId === accepting.invitation.id)).toMatchObject({
      email: 'accepts@example.bg',
      status: 'confirmed',
    });
    expect((await registrations(event)).items.find((item) => item.id === waiting.id)?.status).toBe(
      'waitlisted',
    );

    await t.app.get(InvitationScheduler).runDue(new Date('2031-05-11T00:00:00Z'));
    const after = await confirmed(event);
    expect(after.map((item) => item.id)).toContain(waiting.id);
    expect(after).toHaveLength(3);
  });

  it('a decline or a revocation frees the seat for the wait list', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2 });
    const declining = await inviteGuest(event, 'declines@example.bg');
    const revoked = await inviteGuest(event, 'revoked@example.bg');
    const first = (await register(event)).body;
    const second = (await register(event)).body;
    expect([first.status, second.status]).toEqual(['waitlisted', 'waitlisted']);

    await respond(declining.token, { response: 'declined' }).expect(200);
    expect((await confirmed(event)).map((item) => item.id)).toEqual([first.id]);
    await t.http.post(`/api/invitations/${revoked.invitation.id}/revoke`).auth(organiser, bearer).expect(200);
    expect((await confirmed(event)).map((item) => item.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('prefills the form from the invitation, and reaches an invite-only event whatever its times', async () => {
    const event = await aPublishedEvent(t.http, organiser, {
      capacity: 1,
      registrationMode: 'invite-only',
      registrationClosesAt: '2031-05-01T00:00',
    });
    const { token } = await inviteGuest(event, 'd.georgieva@example.bg', {
      name: 'д-р Десислава Георгиева',
      organization: 'РЗИ Пловдив',
      position: 'Директор',
      sector: 'health',
      language: 'en',
    });
    const view = await t.http.get(`/api/invitations/by-token/${token}`).expect(200);
    expect(view.body.registration).toEqual({
      firstName: 'Десислава',
      lastName: 'Георгиева',
      email: 'd.georgieva@example.bg',
      organization: 'РЗИ Пловдив',
      position: 'Директор',
      sector: 'health',
      language: 'en',
    });

    const form = guestForm({ sector: 'health', language: undefined });
    await respond(token, { response: 'accepted' }).expect(400);
    const withEmail = await respond(token, {
      response: 'accepted',
      registration: { ...form, email: 'someone-else@example.bg' },
    }).expect(400);
    expect((withEmail.body as Problem).errors?.map((error) => error.field)).toContain('registration.email');
    const noConsent = await respond(token, {
      response: 'accepted',
      registration: { ...form, consents: { processing: false } },
    }).expect(400);
    expect((noConsent.body as Problem).errors?.map((error) => error.field)).toContain(
      'registration.consents.processing',
    );
    expect((await registrations(event)).total).toBe(0);

    await respond(token, { response: 'accepted', registration: form }).expect(200);
    const [registration] = (await registrations(event)).items;
    // The invitation's language when the form leaves it out; the address is always the invitation's.
    expect(registration).toMatchObject({
      status: 'confirmed',
      email: 'd.georgieva@example.bg',
      language: 'en',
    });
    // The seat is a registration now; it changes through the registration's own link, not a new answer.
    await respond(token, { response: 'declined' }).expect(409);
    expect((await confirmed(event)).map((item) => item.id)).toEqual([registration.id]);
  });

  it('a guest who said "maybe" gave the seat back, and accepts later only while a seat is free', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    const guest = await inviteGuest(event, 'maybe@example.bg');
    await respond(guest.token, { response: 'tentative' }).expect(200);
    const taker = (await register(event)).body;
    expect(taker.status).toBe('confirmed');
    await respond(guest.token, { response: 'accepted', registration: guestForm() }).expect(409);
    expect((await confirmed(event)).map((item) => item.id)).toEqual([taker.id]);

    await t.http.patch(`/api/events/${event.id}`).auth(organiser, bearer).send({ capacity: 2 }).expect(200);
    await respond(guest.token, { response: 'accepted', registration: guestForm() }).expect(200);
    expect(await confirmed(event)).toHaveLength(2);
  });

  it("refuses a registration with a panelist's answer or a guest's decline", async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const guest = await inviteGuest(event, 'guest-declines@example.bg');
    await respond(guest.token, { response: 'declined', registration: guestForm() }).expect(400);
    const panelist = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email: 'panel@example.bg', name: 'Панелист', role: 'panelist' })
        .expect(201)
    ).body as Invitation;
    const token = personalLink((await t.mailbox.next('panel@example.bg', 0)).text).token;
    await respond(token, { response: 'accepted', registration: guestForm() }).expect(400);
    await respond(token, { response: 'accepted' }).expect(200);
    expect(panelist.role).toBe('panelist');
    expect((await registrations(event)).total).toBe(0);
  });

  it('a guest who accepts gets one message: the confirmation of the registration, saying the answer was recorded', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 5 });
    const guest = await inviteGuest(event, 'one-message@example.bg');
    await respond(guest.token, {
      response: 'accepted',
      registration: guestForm({ language: 'bg' }),
    }).expect(200);

    const confirmation = await t.mailbox.next('one-message@example.bg', 1);
    expect(confirmation.subject).toContain('Регистрацията Ви е потвърдена');
    expect(confirmation.text).toContain('Отговорът Ви на поканата е записан');
    const request = checkedInvite(confirmation, {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'one-message@example.bg',
    });
    expect(request.attendees[0].partstat).toBe('ACCEPTED');
    expect(inlineQr(confirmation).subarray(1, 4).toString('ascii')).toBe('PNG');
    manageLink(confirmation.text);
    // The outbox holds nothing else for them (no "answer received" with a second REQUEST); the organiser still
    // learns the answer.
    expect(await queuedFor(event, 'one-message@example.bg')).toEqual([
      'invitation',
      'registration-confirmed',
    ]);
    expect(
      (
        (await t.dataSource.query(
          `SELECT kind FROM jobs WHERE eventId = ? AND kind = 'invitation-answered'`,
          [event.id],
        )) as unknown[]
      ).length,
    ).toBe(1);
    expect(t.mailbox.to('one-message@example.bg')).toHaveLength(2);

    // A panelist's acceptance is confirmed as before, with the invitation's own REQUEST.
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'panel-accepts@example.bg', name: 'Панелист', role: 'panelist', language: 'bg' })
      .expect(201);
    const panelistToken = personalLink((await t.mailbox.next('panel-accepts@example.bg', 0)).text).token;
    await respond(panelistToken, { response: 'accepted' }).expect(200);
    const answer = await t.mailbox.next('panel-accepts@example.bg', 1);
    expect(answer.subject).toContain('Отговорът Ви е получен');
    const panelRequest = checkedInvite(answer, {
      method: 'REQUEST',
      eventId: event.id,
      attendee: 'panel-accepts@example.bg',
    });
    expect(panelRequest.attendees[0].partstat).toBe('ACCEPTED');
    expect(await queuedFor(event, 'panel-accepts@example.bg')).toEqual(['invitation', 'invitation-answer']);
  });
});
