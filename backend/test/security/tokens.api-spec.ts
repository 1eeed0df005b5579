import type { Event, Invitation, Material, MaterialList, Registration } from '@roundtable/contracts';
import { aRegistrationInput } from '../support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from '../support/mail-app';
import { manageLink } from '../support/registration-mail';
import { aPublishedEvent, bearer } from '../support/registrations';
import { createUser, login, PASSWORD, tokenFor } from '../support/test-app';

// Password hashing and hundreds of calls: room for a busy machine.
jest.setTimeout(90_000);

/** A token of one person or event opens nothing of another, and a spent or ended one opens nothing at all. */
describe("tokens: one person's or event's token refused for another", () => {
  let t: MailTestApp;
  let organiser: string;
  let eventA: Event;
  let eventB: Event;
  let mails = 0;

  const register = async (event: Event) => {
    const email = `person-${++mails}@example.org`;
    const registration = (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email }))
        .expect(201)
    ).body as Registration;
    return { ...registration, token: manageLink((await t.mailbox.next(email, 0)).text).token };
  };
  const invite = async (event: Event) => {
    const email = `guest-${++mails}@example.org`;
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email, name: 'Гост Гостов', role: 'panelist' })
        .expect(201)
    ).body as Invitation;
    return { ...invitation, token: personalLink((await t.mailbox.next(email, 0)).text).token };
  };
  const upload = async (event: Event, visibility: string) =>
    (
      await t.http
        .post(`/api/events/${event.id}/materials`)
        .auth(organiser, bearer)
        .field('title', `Файл ${visibility}`)
        .field('visibility', visibility)
        .attach('file', Buffer.from('%PDF-1.7\n%âãÏÓ\n' + 'x'.repeat(2000)), {
          filename: 'file.pdf',
          contentType: 'application/octet-stream',
        })
        .expect(201)
    ).body as Material;

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
    eventA = await aPublishedEvent(t.http, organiser);
    eventB = await aPublishedEvent(t.http, organiser);
  });
  afterAll(() => t.close());

  it("a manage token opens its own registration only, and no invitation's routes", async () => {
    const x = await register(eventA);
    const y = await register(eventA);
    const seen = await t.http.get(`/api/registrations/by-token/${x.token}`).expect(200);
    expect(seen.body.registration).toMatchObject({ id: x.id, email: x.email });
    expect(seen.text).not.toContain(y.email);
    // Changing one's details with X's token changes X, never Y.
    await t.http.patch(`/api/registrations/by-token/${x.token}`).send({ firstName: 'Хикс' }).expect(200);
    const other = await t.http.get(`/api/registrations/by-token/${y.token}`).expect(200);
    expect(other.body.registration.firstName).not.toBe('Хикс');
    // A manage token is not an invitation token, nor a session.
    await t.http.get(`/api/invitations/by-token/${x.token}`).expect(404);
    await t.http
      .post(`/api/invitations/by-token/${x.token}/response`)
      .send({ response: 'accepted' })
      .expect(404);
    await t.http.get('/api/auth/me').auth(x.token, bearer).expect(401);
    await t.http.get(`/api/events/${eventA.id}/registrations`).auth(x.token, bearer).expect(401);
  });

  it("an invitation token opens its own invitation only, and no registration's routes", async () => {
    const guest = await invite(eventA);
    const view = await t.http.get(`/api/invitations/by-token/${guest.token}`).expect(200);
    expect(view.body.invitation.id).toBe(guest.id);
    await t.http.get(`/api/registrations/by-token/${guest.token}`).expect(404);
    await t.http.delete(`/api/registrations/by-token/${guest.token}`).expect(404);
    await t.http.get(`/api/registrations/by-token/${guest.token}/qr.png`).expect(404);
    await t.http.get('/api/auth/me').auth(guest.token, bearer).expect(401);
  });

  it("a link of event A opens none of event B's materials beyond the public ones", async () => {
    const x = await register(eventA);
    const guest = await invite(eventA);
    const registeredOnlyB = await upload(eventB, 'registered');
    const registeredOnlyA = await upload(eventA, 'registered');
    for (const token of [x.token, guest.token]) {
      const list = (await t.http.get(`/api/events/${eventB.id}/materials`).query({ token }).expect(200))
        .body as MaterialList;
      expect(list.access).toBe('public');
      expect(list.items.map((item) => item.id)).not.toContain(registeredOnlyB.id);
      await t.http.get(`/api/materials/${registeredOnlyB.id}/download`).query({ token }).expect(404);
    }
    // The same link does open event A's file: the refusal above is about the event, not the token.
    await t.http.get(`/api/materials/${registeredOnlyA.id}/download`).query({ token: x.token }).expect(200);
  });

  it('an anonymised registration’s token stops working at once', async () => {
    const x = await register(eventA);
    await t.http.post(`/api/registrations/by-token/${x.token}/anonymise`).expect(200);
    await t.http.get(`/api/registrations/by-token/${x.token}`).expect(404);
    await t.http.patch(`/api/registrations/by-token/${x.token}`).send({ firstName: 'Отново' }).expect(404);
  });

  it('a password-reset token works once, and for its own account only', async () => {
    const admin = await tokenFor(t.http, 'admin');
    const email = 'reset-me@example.org';
    await createUser(t.http, admin, 'organizer', email);
    await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
    const text = (await t.mailbox.next(email, 0)).text;
    const token = /\/organizer\/reset-password\/([A-Za-z0-9_-]{40,})/.exec(text)?.[1] ?? '';
    expect(token).not.toBe('');
    await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'a-new-long-password' })
      .expect(204);
    const reused = await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'another-long-password' })
      .expect(410);
    expect(reused.body.code).toBe('RESET_LINK_INVALID');
    await login(t.http, email, 'a-new-long-password');
    // A manage token is no reset token.
    const x = await register(eventA);
    await t.http
      .post(`/api/auth/password-reset/${x.token}`)
      .send({ password: 'another-long-password' })
      .expect(410);
  });

  it('a session token is refused after logout, on every route', async () => {
    const admin = await tokenFor(t.http, 'admin');
    await createUser(t.http, admin, 'organizer', 'leaving@example.org');
    const session = await login(t.http, 'leaving@example.org', PASSWORD);
    const other = await login(t.http, 'leaving@example.org', PASSWORD);
    await t.http.post('/api/auth/logout').auth(session, bearer).expect(204);
    await t.http.get('/api/auth/me').auth(session, bearer).expect(401);
    await t.http.get('/api/events').auth(session, bearer).expect(200); // public: seen as anonymous
    await t.http.get(`/api/events/${eventA.id}/registrations`).auth(session, bearer).expect(401);
    await t.http.post('/api/auth/logout').auth(session, bearer).expect(401);
    // Only that session ended.
    await t.http.get('/api/auth/me').auth(other, bearer).expect(200);
  });
});
