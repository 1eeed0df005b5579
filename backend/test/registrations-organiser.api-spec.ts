import type { Registration, RegistrationPage } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe("the organiser's registrations: list, approve, reject, and the wait list moving up", () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
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
  const list = async (eventId: string, query: Record<string, string | number> = {}) =>
    (
      await t.http
        .get(`/api/events/${eventId}/registrations`)
        .query(query)
        .auth(organiser, bearer)
        .expect(200)
    ).body as RegistrationPage;
  const act = (id: string, action: 'approve' | 'reject') =>
    t.http.post(`/api/registrations/${id}/${action}`).auth(organiser, bearer);
  const statuses = async (eventId: string) =>
    Object.fromEntries((await list(eventId, { pageSize: 100 })).items.map((r) => [r.lastName, r.status]));

  it('filters, searches (Cyrillic in any case), sorts and pages on the server', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 100 });
    await register(event.id, {
      lastName: 'Иванова',
      organization: 'РЗИ Пловдив',
      sector: 'health',
      municipality: 'PDV22',
    });
    await register(event.id, {
      lastName: 'Георгиев',
      organization: 'Сдружение „Деца“',
      sector: 'ngo',
      municipality: 'SOF46',
    });
    await register(event.id, {
      lastName: 'Алексиева',
      organization: 'Община Своге',
      sector: 'municipal',
      municipality: 'SFO43',
    });

    const byName = await list(event.id, { sort: 'lastName' });
    expect(byName.items.map((r) => r.lastName)).toEqual(['Алексиева', 'Георгиев', 'Иванова']);
    expect(byName).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect((await list(event.id, { sort: '-lastName' })).items[0].lastName).toBe('Иванова');
    expect((await list(event.id, { sector: 'ngo' })).items.map((r) => r.lastName)).toEqual(['Георгиев']);
    expect((await list(event.id, { municipality: 'SFO43' })).items.map((r) => r.lastName)).toEqual([
      'Алексиева',
    ]);
    expect((await list(event.id, { q: 'рзи пЛОВДИВ' })).items.map((r) => r.lastName)).toEqual(['Иванова']);
    expect((await list(event.id, { q: '100%' })).total).toBe(0);
    expect((await list(event.id, { status: 'waitlisted' })).total).toBe(0);
    const second = await list(event.id, { sort: 'lastName', pageSize: 2, page: 2 });
    expect([second.total, second.items.map((r) => r.lastName)]).toEqual([3, ['Иванова']]);

    const bad = await t.http
      .get(`/api/events/${event.id}/registrations`)
      .query({ sort: 'email', status: 'gone', pageSize: 1000 })
      .auth(organiser, bearer)
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'pageSize',
      'sort',
      'status',
    ]);
  });

  it('is for organisers only', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const staff = await tokenFor(t.http, 'staff');
    await t.http.get(`/api/events/${event.id}/registrations`).expect(401);
    await t.http.get(`/api/events/${event.id}/registrations`).auth(staff, bearer).expect(403);
    const registration = await register(event.id);
    await t.http.post(`/api/registrations/${registration.id}/reject`).expect(401);
    await t.http.get(`/api/events/${event.id}/stats`).expect(401);
  });

  it('approves into a seat while one is free for the sector, and onto the wait list after', async () => {
    const event = await aPublishedEvent(t.http, organiser, {
      capacity: 2,
      registrationMode: 'approval',
      sectorQuotas: { health: 1 },
    });
    const a = await register(event.id, { sector: 'health' });
    const b = await register(event.id, { sector: 'health' });
    const c = await register(event.id, { sector: 'ngo' });
    expect((await act(a.id, 'approve').expect(200)).body.status).toBe('confirmed');
    const second = (await act(b.id, 'approve').expect(200)).body as Registration;
    expect([second.status, second.waitlistPosition]).toEqual(['waitlisted', 1]);
    expect((await act(c.id, 'approve').expect(200)).body.status).toBe('confirmed');
    expect((await act(c.id, 'approve').expect(409)).body.code).toBe('REGISTRATION_NOT_PENDING');
    await act('00000000-0000-4000-8000-000000000000', 'approve').expect(404);
  });

  it('gives a rejected seat to the earliest wait-listed person whose sector has room', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2, sectorQuotas: { health: 1 } });
    const health = await register(event.id, { lastName: 'health-1', sector: 'health' });
    const ngo = await register(event.id, { lastName: 'ngo-1', sector: 'ngo' });
    await register(event.id, { lastName: 'health-2', sector: 'health' });
    await register(event.id, { lastName: 'ngo-2', sector: 'ngo' });
    await register(event.id, { lastName: 'ngo-3', sector: 'ngo' });

    // ngo-1 leaves: health-2 is earlier but health is at its quota, so ngo-2 moves up; ngo-3 stays.
    expect((await act(ngo.id, 'reject').expect(200)).body.status).toBe('rejected');
    expect(await statuses(event.id)).toEqual({
      'health-1': 'confirmed',
      'ngo-1': 'rejected',
      'health-2': 'waitlisted',
      'ngo-2': 'confirmed',
      'ngo-3': 'waitlisted',
    });
    const queue = await list(event.id, { status: 'waitlisted', sort: 'createdAt' });
    expect(queue.items.map((r) => [r.lastName, r.waitlistPosition])).toEqual([
      ['health-2', 1],
      ['ngo-3', 2],
    ]);
    // Now health has room again: health-2 is next.
    await act(health.id, 'reject').expect(200);
    expect((await statuses(event.id))['health-2']).toBe('confirmed');
    expect((await act(health.id, 'reject').expect(409)).body.code).toBe('REGISTRATION_NOT_ACTIVE');
    // The rejected address may register again.
    await register(event.id, { email: ngo.email.toUpperCase() });
  });

  it('rejecting someone who held no seat promotes nobody', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    await register(event.id, { lastName: 'seated' });
    const waiting = await register(event.id, { lastName: 'waiting' });
    await register(event.id, { lastName: 'behind' });
    await act(waiting.id, 'reject').expect(200);
    expect(await statuses(event.id)).toEqual({
      seated: 'confirmed',
      waiting: 'rejected',
      behind: 'waitlisted',
    });
  });

  it('moves the wait list up when the organiser raises the capacity or a quota', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2, sectorQuotas: { health: 1 } });
    for (const name of ['h1', 'h2', 'n1', 'n2', 'n3']) {
      await register(event.id, { lastName: name, sector: name.startsWith('h') ? 'health' : 'ngo' });
    }
    await t.http.patch(`/api/events/${event.id}`).auth(organiser, bearer).send({ capacity: 3 }).expect(200);
    expect(await statuses(event.id)).toMatchObject({
      h1: 'confirmed',
      h2: 'waitlisted',
      n1: 'confirmed',
      n2: 'confirmed',
      n3: 'waitlisted',
    });
    await t.http
      .patch(`/api/events/${event.id}`)
      .auth(organiser, bearer)
      .send({ capacity: 4, sectorQuotas: {} })
      .expect(200);
    expect(await statuses(event.id)).toMatchObject({ h2: 'confirmed', n3: 'waitlisted' });
    const stats = await t.http.get(`/api/events/${event.id}/stats`).auth(organiser, bearer).expect(200);
    expect(stats.body).toMatchObject({ capacity: 4, confirmed: 4, waitlisted: 1 });
  });

  it('gives a seat that freed without promotion to the wait list, not to a newcomer', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    const seated = await register(event.id, { lastName: 'seated' });
    await register(event.id, { lastName: 'waiting' });
    // As a feature that frees a seat and forgets the wait list would leave it.
    await t.dataSource.query(
      `UPDATE registrations SET status = 'cancelled', activeEmailKey = NULL WHERE id = ?`,
      [seated.id],
    );
    const newcomer = await register(event.id, { lastName: 'newcomer' });
    expect([newcomer.status, newcomer.waitlistPosition]).toEqual(['waitlisted', 1]);
    expect(await statuses(event.id)).toEqual({
      seated: 'cancelled',
      waiting: 'confirmed',
      newcomer: 'waitlisted',
    });
  });
});
