import type {
  AuditEntry,
  AuditPage,
  Event,
  Invitation,
  Material,
  Registration,
  User,
} from '@roundtable/contracts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { audit } from '../src/common/audit-log';
import { inTransaction } from '../src/database/transaction';
import { anonymiseRegistrations } from '../src/registrations/anonymise';
import { aRegistrationInput, anAgendaItem, anEventInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { ADMIN, PASSWORD, createUser, login } from './support/test-app';

/*
 * The stored audit log (decision 0036): each kind of action leaves exactly one entry naming the actor (an
 * account, or a person by their personal link), the event and the subject; a change rolled back leaves none;
 * the admin filters it; an event's organisers read its history; and no entry holds a secret.
 */
describe('the audit log: one entry per action, in its transaction, readable by the admin and per event', () => {
  let t: MailTestApp;
  let admin: string;
  let organiser: string;
  let organiserUser: User;
  let staff: string;
  /** Every secret the journey handles: none may be in the table. */
  const secrets: string[] = [PASSWORD, ADMIN.password];

  const entries = async (query: Record<string, string | number> = {}, token = admin) =>
    (await t.http.get('/api/audit').query(query).auth(token, bearer).expect(200)).body as AuditPage;
  /** The entries of one action since the given instant (entries of other tests do not count). */
  const since = async (from: string, action: string) =>
    (await entries({ from, action, pageSize: 200 })).items.filter((entry) => entry.action === action);
  const now = () => new Date().toISOString();
  const one = async (from: string, action: string): Promise<AuditEntry> => {
    const found = await since(from, action);
    expect(found).toHaveLength(1);
    return found[0];
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox({}, { storageDir: await mkdtemp(join(tmpdir(), 'rt-audit-')) });
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    organiserUser = await createUser(t.http, admin, 'organizer', 'audited-organiser@example.org');
    organiser = await login(t.http, organiserUser.email, PASSWORD);
    await createUser(t.http, admin, 'staff', 'audited-staff@example.org');
    staff = await login(t.http, 'audited-staff@example.org', PASSWORD);
    secrets.push(admin, organiser, staff);
  });
  afterAll(() => t.close());

  it('a failed login names the e-mail typed and no actor; a login names the account', async () => {
    const from = now();
    await t.http
      .post('/api/auth/login')
      .send({ email: 'Audited-Organiser@Example.org', password: 'typed-wrong-password-77' })
      .expect(401);
    secrets.push('typed-wrong-password-77');
    const failed = await one(from, 'login.failed');
    expect(failed.actor).toEqual({ type: 'anonymous', userId: null, email: null, link: null });
    expect(failed.detail).toEqual({ email: 'audited-organiser@example.org', account: 'exists' });
    expect(failed.ip).toBe('127.0.0.1');

    const session = await login(t.http, organiserUser.email, PASSWORD);
    secrets.push(session);
    const succeeded = await one(from, 'login.succeeded');
    expect(succeeded.actor).toMatchObject({ type: 'account', userId: organiserUser.id });
    expect(succeeded.subject).toEqual({ type: 'user', id: organiserUser.id });
  });

  it('a password reset: the request names the typed address, the reset the account', async () => {
    const from = now();
    await t.http.post('/api/auth/password-reset').send({ email: organiserUser.email }).expect(202);
    const match = /reset-password\/([A-Za-z0-9_-]{40,})/.exec(
      (await t.mailbox.next(organiserUser.email, 0)).text,
    );
    const token = match?.[1] ?? '';
    secrets.push(token);
    await t.http
      .post(`/api/auth/password-reset/${token}`)
      .send({ password: 'the-new-password-88' })
      .expect(204);
    secrets.push('the-new-password-88');
    const requested = await one(from, 'password-reset.requested');
    expect(requested.subject).toEqual({ type: 'user', id: organiserUser.id });
    const completed = await one(from, 'password-reset.completed');
    expect(completed.actor).toMatchObject({ type: 'account', userId: organiserUser.id });
    organiser = await login(t.http, organiserUser.email, 'the-new-password-88');
    secrets.push(organiser);
  });

  it("organiser actions: each names the organiser, the event and the subject, and the event's history has them", async () => {
    const from = now();
    const event = (
      await t.http
        .post('/api/events')
        .auth(organiser, bearer)
        .send(anEventInput({ title: 'Кръгла маса за одит' }))
        .expect(201)
    ).body as Event;
    await t.http.patch(`/api/events/${event.id}`).auth(organiser, bearer).send({ capacity: 40 }).expect(200);
    await t.http
      .put(`/api/events/${event.id}/agenda`)
      .auth(organiser, bearer)
      .send([anAgendaItem()])
      .expect(200);
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, bearer).expect(200);
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email: 'invited-by-organiser@example.bg', name: 'Поканен', role: 'panelist' })
        .expect(201)
    ).body as Invitation;

    const created = await one(from, 'event.create');
    expect(created).toMatchObject({
      actor: { type: 'account', userId: organiserUser.id, email: organiserUser.email, link: null },
      eventId: event.id,
      subject: { type: 'event', id: event.id },
    });
    expect(created.detail['fields']).toContain('title');
    expect(JSON.stringify(created)).not.toContain('Кръгла маса за одит');
    expect(await one(from, 'event.update')).toMatchObject({
      eventId: event.id,
      detail: { fields: 'capacity' },
    });
    expect(await one(from, 'event.replace-agenda')).toMatchObject({ eventId: event.id });
    expect(await one(from, 'event.publish')).toMatchObject({ eventId: event.id });
    expect(await one(from, 'invitation.invite')).toMatchObject({
      eventId: event.id,
      subject: { type: 'invitation', id: invitation.id },
    });

    // The event's own history, for its organisers: these five, newest first, and nothing of other events.
    const history = (await t.http.get(`/api/events/${event.id}/audit`).auth(organiser, bearer).expect(200))
      .body as AuditPage;
    expect(history.items.map((entry) => entry.action)).toEqual([
      'invitation.invite',
      'event.publish',
      'event.replace-agenda',
      'event.update',
      'event.create',
    ]);
    expect(history).toMatchObject({ total: 5, page: 1, pageSize: 50 });
  });

  it('token actions name the registration or invitation whose link was used, never an account', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const from = now();
    const registration = (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email: 'by-link@example.bg' }))
        .expect(201)
    ).body as Registration;
    const { token } = manageLink((await t.mailbox.next('by-link@example.bg', 0)).text);
    secrets.push(token);
    await t.http.patch(`/api/registrations/by-token/${token}`).send({ phone: '+359 2 999 9999' }).expect(200);

    const material = (
      await t.http
        .post(`/api/events/${event.id}/materials`)
        .auth(organiser, bearer)
        .field('title', 'Доклад')
        .field('visibility', 'registered')
        .attach('file', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 7)]), {
          filename: 'доклад.pdf',
          contentType: 'application/pdf',
        })
        .expect(201)
    ).body as Material;
    await t.http.get(`/api/materials/${material.id}/download`).query({ token }).expect(200);
    await t.http.get(`/api/events/${event.id}/materials.zip`).query({ token }).expect(200);
    await t.http.delete(`/api/registrations/by-token/${token}`).expect(200);

    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'panelist-by-link@example.bg', name: 'Панелист', role: 'panelist' })
      .expect(201);
    const invitationToken = personalLink((await t.mailbox.next('panelist-by-link@example.bg', 0)).text).token;
    secrets.push(invitationToken);
    const answered = (
      await t.http
        .post(`/api/invitations/by-token/${invitationToken}/response`)
        .send({ response: 'accepted' })
        .expect(200)
    ).body as Invitation;

    const byRegistration = {
      type: 'link',
      userId: null,
      email: null,
      link: { type: 'registration', id: registration.id },
    };
    expect(await one(from, 'registration.updated')).toMatchObject({
      actor: byRegistration,
      eventId: event.id,
      subject: { type: 'registration', id: registration.id },
      detail: { fields: 'phone' },
    });
    expect(await one(from, 'material.downloaded')).toMatchObject({
      actor: byRegistration,
      eventId: event.id,
      subject: { type: 'material', id: material.id },
    });
    expect(await one(from, 'materials.zip-downloaded')).toMatchObject({
      actor: byRegistration,
      eventId: event.id,
      detail: { files: 1 },
    });
    expect(await one(from, 'registration.cancelled')).toMatchObject({
      actor: byRegistration,
      eventId: event.id,
    });
    expect(await one(from, 'invitation.accepted')).toMatchObject({
      actor: { type: 'link', link: { type: 'invitation', id: answered.id } },
      eventId: event.id,
      subject: { type: 'invitation', id: answered.id },
    });
    // An uploaded file is the organiser's: one entry, and an anonymous download of a public file makes none.
    expect(await one(from, 'material.uploaded')).toMatchObject({ actor: { userId: organiserUser.id } });
  });

  it('admin actions, contacts, staff, bulk decisions and check-in: one entry each, with actor and subject', async () => {
    const event = await aPublishedEvent(t.http, organiser, { registrationMode: 'approval' });
    const from = now();
    const account = await createUser(t.http, admin, 'staff', 'door-keeper@example.org');
    await t.http
      .patch(`/api/users/${account.id}`)
      .auth(admin, bearer)
      .send({ name: 'Портиер', password: 'door-keeper-secret-99' })
      .expect(200);
    secrets.push('door-keeper-secret-99');
    await t.http
      .put('/api/organisation')
      .auth(admin, bearer)
      .send({
        nameBg: 'Фондация',
        nameEn: 'Foundation',
        address: 'София',
        contactEmail: 'office@example.org',
        privacyNoticeBg: 'Бележка',
        privacyNoticeEn: 'Notice',
        privacyNoticeVersion: (await t.http.get('/api/organisation').auth(admin, bearer)).body
          .privacyNoticeVersion,
      })
      .expect(200);
    const contact = (
      await t.http
        .post('/api/contacts')
        .auth(organiser, bearer)
        .send({ email: 'contact@example.bg', firstName: 'Иван', lastName: 'Драганов', sector: 'ngo' })
        .expect(201)
    ).body as { id: string };
    await t.http
      .put(`/api/events/${event.id}/staff`)
      .auth(organiser, bearer)
      .send({ userIds: [account.id] })
      .expect(200);
    const registration = (
      await t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput()).expect(201)
    ).body as Registration;
    await t.http
      .post(`/api/events/${event.id}/registrations/approve`)
      .auth(organiser, bearer)
      .send({ ids: [registration.id] })
      .expect(200);
    const doorKeeper = await login(t.http, account.email, 'door-keeper-secret-99');
    secrets.push(doorKeeper);
    await t.http
      .post(`/api/registrations/${registration.id}/check-in`)
      .auth(doorKeeper, bearer)
      .send({})
      .expect(200);

    expect(await one(from, 'user.created')).toMatchObject({
      actor: { type: 'account', email: ADMIN.email },
      subject: { type: 'user', id: account.id },
      detail: { role: 'staff' },
    });
    expect((await one(from, 'user.changed')).detail).toMatchObject({ credentials: 'changed' });
    expect(await one(from, 'organisation.update')).toMatchObject({ actor: { email: ADMIN.email } });
    expect(await one(from, 'contact.create')).toMatchObject({ subject: { type: 'contact', id: contact.id } });
    expect(await one(from, 'event.staff.changed')).toMatchObject({
      eventId: event.id,
      detail: { added: account.id },
    });
    expect(await one(from, 'registration.bulk')).toMatchObject({
      actor: { userId: organiserUser.id },
      eventId: event.id,
      detail: { action: 'approve', fields: 'ids' },
    });
    expect(await one(from, 'registration.checked-in')).toMatchObject({
      actor: { type: 'account', userId: account.id },
      eventId: event.id,
      subject: { type: 'registration', id: registration.id },
    });
  });

  it('a change rolled back leaves no entry; the same change committed leaves one', async () => {
    const from = now();
    await expect(
      inTransaction(t.dataSource, async (manager) => {
        await manager.query('SELECT 1');
        audit('test.rolled-back', { eventId: 'none' });
        throw new Error('the change fails after its entry was made');
      }),
    ).rejects.toThrow('the change fails');
    await inTransaction(t.dataSource, async () => audit('test.committed', {}));
    expect(await since(from, 'test.rolled-back')).toEqual([]);
    expect(await since(from, 'test.committed')).toHaveLength(1);

    // Through the API: cancelling an event twice; the second is refused inside its transaction, and leaves none.
    const event = await aPublishedEvent(t.http, organiser);
    const cancelFrom = now();
    await t.http.post(`/api/events/${event.id}/cancel`).auth(organiser, bearer).send({}).expect(200);
    const again = await t.http.post(`/api/events/${event.id}/cancel`).auth(organiser, bearer).send({});
    expect(again.body).toMatchObject({ code: 'EVENT_ALREADY_CANCELLED' });
    expect(await one(cancelFrom, 'event.cancel')).toMatchObject({ eventId: event.id });
    expect(await t.dataSource.getRepository(AuditEntryEntity).countBy({ eventId: event.id })).toBe(3);
  });

  it('the admin filters by actor, action family, event and time, page by page', async () => {
    const first = await aPublishedEvent(t.http, organiser);
    const second = await aPublishedEvent(t.http, admin);

    const ofFirst = await entries({ eventId: first.id });
    expect(ofFirst.items.map((entry) => entry.action).sort()).toEqual(['event.create', 'event.publish']);
    const byAdmin = await entries({ actor: (await me(admin)).id, eventId: second.id });
    expect(byAdmin.total).toBe(2);
    const logins = await entries({ action: 'login', pageSize: 200 });
    expect(logins.items.length).toBeGreaterThan(0);
    expect(logins.items.every((entry) => entry.action.startsWith('login.'))).toBe(true);
    expect(new Set(logins.items.map((entry) => entry.action))).toEqual(
      new Set(['login.failed', 'login.succeeded']),
    );
    const anonymous = await entries({ actor: 'anonymous', pageSize: 200 });
    expect(anonymous.items.every((entry) => entry.actor.type === 'anonymous')).toBe(true);

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await entries({ from: future })).total).toBe(0);
    expect((await entries({ to: '2000-01-01T00:00:00Z' })).total).toBe(0);

    const all = await entries({ pageSize: 3 });
    const second3 = await entries({ pageSize: 3, page: 2 });
    expect(all.items).toHaveLength(3);
    expect(second3).toMatchObject({ page: 2, pageSize: 3, total: all.total });
    expect(second3.items.map((entry) => entry.id)).not.toContain(all.items[0].id);
    expect(Date.parse(all.items[0].at)).toBeGreaterThanOrEqual(Date.parse(all.items[2].at));

    await t.http.get('/api/audit').query({ from: 'yesterday' }).auth(admin, bearer).expect(400);
    await t.http.get('/api/audit').query({ pageSize: 1000 }).auth(admin, bearer).expect(400);
    await t.http
      .get(`/api/events/${first.id}/audit`)
      .query({ eventId: second.id })
      .auth(admin, bearer)
      .expect(400);
  });

  it('staff and organisers cannot read the admin log; staff cannot read an event history', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await t.http.get('/api/audit').expect(401);
    await t.http.get('/api/audit').auth(organiser, bearer).expect(403);
    await t.http.get('/api/audit').auth(staff, bearer).expect(403);
    await t.http.get(`/api/events/${event.id}/audit`).auth(staff, bearer).expect(403);
    await t.http.get(`/api/events/${event.id}/audit`).auth(admin, bearer).expect(200);
    await t.http.get('/api/events/no-such-event/audit').auth(organiser, bearer).expect(404);
  });

  it('an erased registrant keeps their entries but loses their address in them', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const registration = (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email: 'forget-me@example.bg' }))
        .expect(201)
    ).body as Registration;
    const { token } = manageLink((await t.mailbox.next('forget-me@example.bg', 0)).text);
    secrets.push(token);
    await t.http.patch(`/api/registrations/by-token/${token}`).send({ phone: '+359 2 111 1111' }).expect(200);
    await t.http.post(`/api/registrations/by-token/${token}/anonymise`).expect(200);
    const history = (await t.http.get(`/api/events/${event.id}/audit`).auth(organiser, bearer).expect(200))
      .body as AuditPage;
    const mine = history.items.filter((entry) => entry.actor.link?.id === registration.id);
    expect(mine.map((entry) => [entry.action, entry.ip, entry.detail])).toEqual([
      ['registration.erased', null, { id: registration.id, status: 'cancelled' }],
      ['registration.updated', null, {}],
    ]);
  });

  it("retention's anonymisation of an event's registrants empties the address and detail of their entries", async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const registration = (
      await t.http
        .post(`/api/events/${event.id}/registrations`)
        .send(aRegistrationInput({ email: 'retained@example.bg' }))
        .expect(201)
    ).body as Registration;
    const { token } = manageLink((await t.mailbox.next('retained@example.bg', 0)).text);
    secrets.push(token);
    await t.http.patch(`/api/registrations/by-token/${token}`).send({ phone: '+359 2 222 2222' }).expect(200);
    const repository = t.dataSource.getRepository(AuditEntryEntity);
    const before = await repository.findOneByOrFail({
      linkId: registration.id,
      action: 'registration.updated',
    });
    expect(before.ip).toMatch(/127\.0\.0\.1/);

    await inTransaction(t.dataSource, (manager) => anonymiseRegistrations(manager, event.id));
    const after = await repository.findOneByOrFail({ id: before.id });
    expect(after).toMatchObject({ ip: null, detail: {}, action: 'registration.updated', eventId: event.id });
  });

  it('no entry holds a password, a session, a personal link or a reset link', async () => {
    const rows = await t.dataSource.getRepository(AuditEntryEntity).find();
    expect(rows.length).toBeGreaterThan(20);
    const table = JSON.stringify(rows);
    for (const secret of secrets.filter((value) => value.length > 0)) expect(table).not.toContain(secret);
    expect(table).not.toMatch(/passwordHash|accessToken|\/by-token\//);
  });

  const me = async (token: string) =>
    (await t.http.get('/api/auth/me').auth(token, bearer).expect(200)).body as User;
});
