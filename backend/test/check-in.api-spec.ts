import type {
  CheckinPeoplePage,
  CheckInResult,
  EventStats,
  Problem,
  Registration,
} from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { CapturedLog } from './support/captured-log';
import { aStaffMember, assignStaff } from './support/checkin';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

/** The door: staff assigned to events, check-in and its undo, offline times, search, walk-ins and counts. */
describe('check-in', () => {
  const log = new CapturedLog();
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp({}, { logger: log });
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const register = async (eventId: string, overrides = {}) =>
    (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const checkIn = (token: string, id: string, body: object = {}) =>
    t.http.post(`/api/registrations/${id}/check-in`).auth(token, bearer).send(body);
  const people = async (token: string, eventId: string, query: Record<string, string | number> = {}) =>
    (await t.http.get(`/api/events/${eventId}/check-in/people`).query(query).auth(token, bearer).expect(200))
      .body as CheckinPeoplePage;
  const auditLines = (mark: number, action: string) =>
    log
      .since(mark)
      .filter((line) => line.context === 'Audit' && line.text.startsWith(`${action} `))
      .map((line) => line.text);

  describe('staff', () => {
    it('are assigned by the organiser: active staff accounts only, each wrong id named', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const door = await aStaffMember(t.http);
      const mark = log.mark();
      const assigned = await assignStaff(t.http, organiser, event.id, [door.user.id]);
      expect(assigned.body).toEqual({
        items: [{ id: door.user.id, email: door.user.email, name: door.user.name }],
      });
      expect(auditLines(mark, 'event.staff.changed')).toEqual([
        expect.stringContaining(`added="${door.user.id}"`),
      ]);
      const me = (await t.http.get('/api/auth/me').auth(organiser, bearer).expect(200)).body as {
        id: string;
      };
      const refused = await t.http
        .put(`/api/events/${event.id}/staff`)
        .auth(organiser, bearer)
        .send({ userIds: [door.user.id, me.id, '00000000-0000-4000-8000-000000000000'] })
        .expect(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'userIds.1', rule: 'staffAccount' }),
        expect.objectContaining({ field: 'userIds.2', rule: 'staffAccount' }),
      ]);
      // The organiser chooses from the active staff accounts (the user list is the admin's).
      const accounts = await t.http.get('/api/staff').auth(organiser, bearer).expect(200);
      expect(accounts.body.items).toContainEqual({
        id: door.user.id,
        email: door.user.email,
        name: door.user.name,
      });
      expect(accounts.body.items.map((account: { id: string }) => account.id)).not.toContain(me.id);
      const listed = await t.http.get(`/api/events/${event.id}/staff`).auth(organiser, bearer).expect(200);
      expect(listed.body.items.map((member: { id: string }) => member.id)).toEqual([door.user.id]);
      // A deactivated account can no longer be assigned.
      const activeStaffIds = async () =>
        (await t.http.get('/api/staff').auth(organiser, bearer).expect(200)).body.items.map(
          (account: { id: string }) => account.id,
        );
      const admin = await tokenFor(t.http, 'admin');
      await t.http
        .patch(`/api/users/${door.user.id}`)
        .auth(admin, bearer)
        .send({ active: false })
        .expect(200);
      await t.http
        .put(`/api/events/${event.id}/staff`)
        .auth(organiser, bearer)
        .send({ userIds: [door.user.id] })
        .expect(400);
      expect(await activeStaffIds()).not.toContain(door.user.id);
      await assignStaff(t.http, organiser, event.id, []);
      expect(
        (await t.http.get(`/api/events/${event.id}/staff`).auth(organiser, bearer).expect(200)).body,
      ).toEqual({ items: [] });
    });

    it('see only the events they are assigned to, drafts too', async () => {
      const theirs = await aPublishedEvent(t.http, organiser);
      const draft = (
        await t.http
          .post('/api/events')
          .auth(organiser, bearer)
          .send({ ...(await import('./support/builders')).anEventInput() })
          .expect(201)
      ).body as { id: string };
      const other = await aPublishedEvent(t.http, organiser);
      const door = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, theirs.id, [door.user.id]);
      await assignStaff(t.http, organiser, draft.id, [door.user.id]);

      const list = await t.http
        .get('/api/events')
        .query({ pageSize: 100 })
        .auth(door.token, bearer)
        .expect(200);
      expect(list.body.items.map((event: { id: string }) => event.id).sort()).toEqual(
        [theirs.id, draft.id].sort(),
      );
      expect(list.body.total).toBe(2);
      await t.http.get(`/api/events/${theirs.id}`).auth(door.token, bearer).expect(200);
      await t.http.get(`/api/events/${draft.id}`).auth(door.token, bearer).expect(200);
      const hidden = await t.http.get(`/api/events/${other.id}`).auth(door.token, bearer).expect(404);
      expect(hidden.body.code).toBe('EVENT_NOT_FOUND');

      // Another staff member, assigned nowhere, sees none of them.
      const idle = await aStaffMember(t.http);
      const none = await t.http.get('/api/events').auth(idle.token, bearer).expect(200);
      expect(none.body).toMatchObject({ items: [], total: 0 });
      await t.http.get(`/api/events/${theirs.id}`).auth(idle.token, bearer).expect(404);
    });

    it('of another event get 403 at every door route of this one, and organiser routes stay 403', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const elsewhere = await aPublishedEvent(t.http, organiser);
      const stranger = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, elsewhere.id, [stranger.user.id]);
      const person = await register(event.id);
      const refusals = await Promise.all([
        t.http.get(`/api/events/${event.id}/check-in/people`).auth(stranger.token, bearer),
        t.http.get(`/api/events/${event.id}/stats`).auth(stranger.token, bearer),
        checkIn(stranger.token, person.id),
        t.http.delete(`/api/registrations/${person.id}/check-in`).auth(stranger.token, bearer),
        t.http
          .post(`/api/events/${event.id}/walk-ins`)
          .auth(stranger.token, bearer)
          .send({ firstName: 'Иван', lastName: 'Иванов', organization: 'НПО', sector: 'ngo' }),
        t.http.get(`/api/events/${elsewhere.id}/registrations`).auth(stranger.token, bearer),
        t.http.get(`/api/events/${elsewhere.id}/staff`).auth(stranger.token, bearer),
      ]);
      expect(refusals.map((response) => [response.status, response.body.code])).toEqual(
        Array(7).fill([403, 'FORBIDDEN']),
      );
      expect((await people(organiser, event.id)).items[0].checkedInAt).toBeNull();
    });
  });

  describe('checking in', () => {
    it('records the first time; a second check-in is harmless and says when the first was', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const door = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, event.id, [door.user.id]);
      const person = await register(event.id, { sector: 'health' });
      await register(event.id, { sector: 'health' });

      const mark = log.mark();
      const first = (await checkIn(door.token, person.id).expect(200)).body as CheckInResult;
      expect(first).toMatchObject({ already: false, person: { id: person.id, walkIn: false } });
      expect(Date.now() - Date.parse(first.person.checkedInAt ?? '')).toBeLessThan(60_000);
      const second = (await checkIn(organiser, person.id).expect(200)).body as CheckInResult;
      expect(second).toEqual({ ...first, already: true });
      expect(auditLines(mark, 'registration.checked-in')).toHaveLength(1);

      const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(door.token, bearer).expect(200))
        .body as EventStats;
      expect(stats).toMatchObject({ confirmed: 2, checkedIn: 1 });
      expect(stats.bySector.health).toMatchObject({ confirmed: 2, checkedIn: 1 });
      expect(stats.bySector.ngo.checkedIn).toBe(0);
    });

    it("refuses a code of another event at this event's door, and records nothing", async () => {
      const here = await aPublishedEvent(t.http, organiser);
      const there = await aPublishedEvent(t.http, organiser);
      const elsewhere = await register(there.id);
      const refused = await checkIn(organiser, elsewhere.id, { eventId: here.id }).expect(409);
      expect((refused.body as Problem).code).toBe('REGISTRATION_OTHER_EVENT');
      expect((await people(organiser, there.id)).items[0].checkedInAt).toBeNull();
      await checkIn(organiser, elsewhere.id, { eventId: 'not-an-id' }).expect(400);
      await checkIn(organiser, elsewhere.id, { eventId: there.id }).expect(200);
    });

    it('undoes a mistaken check-in, harmlessly when there is none', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const door = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, event.id, [door.user.id]);
      const person = await register(event.id);
      await checkIn(door.token, person.id).expect(200);
      const mark = log.mark();
      const undone = await t.http.delete(`/api/registrations/${person.id}/check-in`).auth(door.token, bearer);
      expect(undone.status).toBe(200);
      expect(undone.body.person).toMatchObject({ id: person.id, checkedInAt: null });
      const again = await t.http.delete(`/api/registrations/${person.id}/check-in`).auth(door.token, bearer);
      expect(again.status).toBe(200);
      expect(again.body.person.checkedInAt).toBeNull();
      expect(auditLines(mark, 'registration.check-in-undone')).toHaveLength(1);
      const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(organiser, bearer).expect(200))
        .body as EventStats;
      expect(stats.checkedIn).toBe(0);
      // Checked in again after the undo: a new first time.
      expect((await checkIn(door.token, person.id).expect(200)).body.already).toBe(false);
    });

    it('keeps the time a phone recorded offline, and refuses one in the future or before the registration', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const person = await register(event.id);
      const inFuture = await checkIn(organiser, person.id, {
        at: new Date(Date.now() + 60 * 60_000).toISOString(),
      }).expect(400);
      expect(inFuture.body.errors).toEqual([expect.objectContaining({ field: 'at', rule: 'notInFuture' })]);
      const tooEarly = await checkIn(organiser, person.id, {
        at: new Date(Date.parse(person.createdAt) - 60_000).toISOString(),
      }).expect(400);
      expect(tooEarly.body.errors).toEqual([
        expect.objectContaining({ field: 'at', rule: 'notBeforeRegistration' }),
      ]);
      const withoutOffset = await checkIn(organiser, person.id, { at: '2031-05-21T10:05:00' }).expect(400);
      expect(withoutOffset.body.errors[0]).toMatchObject({ field: 'at' });
      expect((await people(organiser, event.id)).items[0].checkedInAt).toBeNull();

      // Between the registration and now, as a phone that lost the network a moment ago recorded it.
      const offline = new Date(Math.floor((Date.parse(person.createdAt) + Date.now()) / 2));
      const recorded = await checkIn(organiser, person.id, { at: offline.toISOString() }).expect(200);
      expect(recorded.body).toMatchObject({ already: false });
      expect(Date.parse(recorded.body.person.checkedInAt)).toBe(offline.getTime());
      // The phone's queue sends it again when the network returns: the first time stands.
      const resent = await checkIn(organiser, person.id, { at: new Date().toISOString() }).expect(200);
      expect(resent.body).toMatchObject({ already: true });
      expect(Date.parse(resent.body.person.checkedInAt)).toBe(offline.getTime());
    });

    it('only a confirmed registration: wait-listed and cancelled get 409, an unknown id 404', async () => {
      const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
      await register(event.id);
      const waiting = await register(event.id);
      expect(waiting.status).toBe('waitlisted');
      const refused = await checkIn(organiser, waiting.id).expect(409);
      expect(refused.body).toMatchObject({ status: 409, code: 'REGISTRATION_NOT_CONFIRMED' });
      await t.http
        .post(`/api/events/${event.id}/registrations/reject`)
        .auth(organiser, bearer)
        .send({ ids: [waiting.id] })
        .expect(200);
      expect((await checkIn(organiser, waiting.id).expect(409)).body.code).toBe('REGISTRATION_NOT_CONFIRMED');
      const unknown = await checkIn(organiser, '00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body.code).toBe('REGISTRATION_NOT_FOUND');
      // The door's list holds confirmed people only.
      expect((await people(organiser, event.id)).total).toBe(1);
    });
  });

  describe('the list at the door', () => {
    it('finds people by name or organisation in any letter case, Cyrillic too, sorted by last name', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const door = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, event.id, [door.user.id]);
      await register(event.id, { firstName: 'Мария', lastName: 'Петрова', organization: 'Община Раковски' });
      await register(event.id, { firstName: 'Анна', lastName: 'Петрова', organization: 'РЗИ Пловдив' });
      await register(event.id, {
        firstName: 'Георги',
        lastName: 'Атанасов',
        organization: 'Фондация „Карин дом“',
      });
      await register(event.id, { firstName: 'Olga', lastName: 'Zheleva', organization: 'UNICEF' });

      const all = await people(door.token, event.id);
      expect(all.items.map((person) => `${person.lastName} ${person.firstName}`)).toEqual([
        'Zheleva Olga',
        'Атанасов Георги',
        'Петрова Анна',
        'Петрова Мария',
      ]);
      expect(all).toMatchObject({ total: 4, page: 1 });
      expect(Object.keys(all.items[0]).sort()).toEqual(
        ['checkedInAt', 'firstName', 'id', 'lastName', 'organization', 'position', 'sector', 'walkIn'].sort(),
      );

      const byName = await people(door.token, event.id, { q: 'ПЕТРОВА' });
      expect(byName.items.map((person) => person.firstName)).toEqual(['Анна', 'Мария']);
      expect((await people(door.token, event.id, { q: 'мАрИя' })).items.map((p) => p.lastName)).toEqual([
        'Петрова',
      ]);
      expect((await people(door.token, event.id, { q: 'община' })).items.map((p) => p.firstName)).toEqual([
        'Мария',
      ]);
      expect((await people(door.token, event.id, { q: 'unicef' })).total).toBe(1);
      expect((await people(door.token, event.id, { q: '%' })).total).toBe(0);

      const paged = await people(door.token, event.id, { page: 2, pageSize: 3 });
      expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(paged.items.map((person) => person.firstName)).toEqual(['Мария']);
    });
  });

  describe('walk-ins', () => {
    it('take a free seat, checked in at once; past the capacity only with override; no e-mail', async () => {
      const event = await aPublishedEvent(t.http, organiser, { capacity: 2, sectorQuotas: { ngo: 1 } });
      const door = await aStaffMember(t.http);
      await assignStaff(t.http, organiser, event.id, [door.user.id]);
      await register(event.id, { sector: 'ngo' });
      const walkIn = (body: object) =>
        t.http
          .post(`/api/events/${event.id}/walk-ins`)
          .auth(door.token, bearer)
          .send({
            firstName: 'Иван',
            lastName: 'Иванов',
            organization: 'Сдружение „Деца“',
            sector: 'ngo',
            ...body,
          });

      // The NGO quota is full: a walk-in from an NGO needs an override, one from health does not.
      expect((await walkIn({}).expect(409)).body.code).toBe('NO_SEAT_FREE');
      const mark = log.mark();
      const health = await walkIn({ sector: 'health', email: 'walk.in@example.bg' }).expect(201);
      expect(health.body).toMatchObject({
        already: false,
        person: { firstName: 'Иван', lastName: 'Иванов', sector: 'health', walkIn: true, position: null },
      });
      expect(health.body.person.checkedInAt).not.toBeNull();
      expect(auditLines(mark, 'registration.walk-in')).toHaveLength(1);
      // The capacity is reached now.
      expect((await walkIn({ sector: 'social' }).expect(409)).body.code).toBe('NO_SEAT_FREE');
      const over = await walkIn({ sector: 'social', override: true, position: 'Социален работник' }).expect(
        201,
      );
      expect(over.body.person).toMatchObject({ walkIn: true, position: 'Социален работник' });
      expect(auditLines(mark, 'registration.overbooked')).toEqual([
        expect.stringContaining(`id="${over.body.person.id}"`),
      ]);

      // One active registration per e-mail holds for walk-ins too.
      const twice = await walkIn({ sector: 'health', email: 'Walk.In@example.bg', override: true }).expect(
        409,
      );
      expect(twice.body.code).toBe('ALREADY_REGISTERED');

      const stats = (await t.http.get(`/api/events/${event.id}/stats`).auth(door.token, bearer).expect(200))
        .body as EventStats;
      expect(stats).toMatchObject({ capacity: 2, confirmed: 3, checkedIn: 2 });
      const list = await people(door.token, event.id, { q: 'иванов' });
      expect(list.items.map((person) => person.walkIn)).toEqual([true, true]);
      // Nothing was queued for the walk-in: they are in the room.
      const jobs = await t.dataSource.query(`SELECT id FROM jobs WHERE recipientEmail = ?`, [
        'walk.in@example.bg',
      ]);
      expect(jobs).toEqual([]);
      const consents = await t.dataSource.query(`SELECT consents FROM registrations WHERE id = ?`, [
        health.body.person.id,
      ]);
      expect(JSON.parse(consents[0].consents)).toMatchObject({
        processing: { given: true },
        media: { given: false },
        publishName: { given: false },
        followUp: { given: false },
      });
    });

    it('without an e-mail are never written to, also when the organiser rejects one made by mistake', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const made = await t.http
        .post(`/api/events/${event.id}/walk-ins`)
        .auth(organiser, bearer)
        .send({ firstName: 'Петър', lastName: 'Без Имейл', organization: 'ДСП Лом', sector: 'social' })
        .expect(201);
      const undone = await t.http
        .delete(`/api/registrations/${made.body.person.id}/check-in`)
        .auth(organiser, bearer)
        .expect(200);
      expect(undone.body.person).toMatchObject({ walkIn: true, checkedInAt: null });
      const rejected = await t.http
        .post(`/api/events/${event.id}/registrations/reject`)
        .auth(organiser, bearer)
        .send({ ids: [made.body.person.id] })
        .expect(200);
      expect(rejected.body.outcomes[0]).toMatchObject({ ok: true });
      const jobs = await t.dataSource.query(`SELECT id FROM jobs WHERE eventId = ?`, [event.id]);
      expect(jobs).toEqual([]);
    });

    it('are refused for a cancelled event and validated like a registration', async () => {
      const event = await aPublishedEvent(t.http, organiser);
      const invalid = await t.http
        .post(`/api/events/${event.id}/walk-ins`)
        .auth(organiser, bearer)
        .send({ firstName: '', lastName: 'Иванов', organization: 'НПО', sector: 'nowhere', extra: 1 })
        .expect(400);
      expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
        ['extra', 'firstName', 'sector'].sort(),
      );
      await t.http.post(`/api/events/${event.id}/cancel`).auth(organiser, bearer).send({}).expect(200);
      const refused = await t.http
        .post(`/api/events/${event.id}/walk-ins`)
        .auth(organiser, bearer)
        .send({ firstName: 'Иван', lastName: 'Иванов', organization: 'НПО', sector: 'ngo' })
        .expect(409);
      expect(refused.body.code).toBe('EVENT_CANCELLED');
    });
  });
});
