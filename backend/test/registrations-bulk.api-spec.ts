import type { BulkRegistrationResult, Registration, RegistrationPage } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { aRegistrationInput } from './support/builders';
import { CapturedLog } from './support/captured-log';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe('the organiser approves and rejects many at once, and confirms from the wait list', () => {
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
  const bulk = (eventId: string, action: string, ids: string[]) =>
    t.http.post(`/api/events/${eventId}/registrations/${action}`).auth(organiser, bearer).send({ ids });
  const confirm = (id: string, body: object = {}) =>
    t.http.post(`/api/registrations/${id}/confirm`).auth(organiser, bearer).send(body);
  const statuses = async (eventId: string) =>
    Object.fromEntries(
      (
        (
          await t.http
            .get(`/api/events/${eventId}/registrations`)
            .query({ pageSize: 100 })
            .auth(organiser, bearer)
            .expect(200)
        ).body as RegistrationPage
      ).items.map((r) => [r.lastName, r.status]),
    );

  it('approves in order, each seeing the seats the ones before took, and answers for every id', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2, registrationMode: 'approval' });
    const [a, b, c] = [
      await register(event.id, { lastName: 'a' }),
      await register(event.id, { lastName: 'b' }),
      await register(event.id, { lastName: 'c' }),
    ];
    const elsewhere = await register((await aPublishedEvent(t.http, organiser)).id);
    const missing = randomUUID();

    const result = (
      await bulk(event.id, 'approve', [a.id, b.id, c.id, a.id, elsewhere.id, missing]).expect(200)
    ).body as BulkRegistrationResult;
    expect(result.outcomes.map((o) => [o.id, o.ok ? o.registration.status : o.code])).toEqual([
      [a.id, 'confirmed'],
      [b.id, 'confirmed'],
      [c.id, 'waitlisted'],
      [elsewhere.id, 'REGISTRATION_NOT_FOUND'],
      [missing, 'REGISTRATION_NOT_FOUND'],
    ]);
    const third = result.outcomes[2];
    expect(third.ok && third.registration.waitlistPosition).toBe(1);

    const again = (await bulk(event.id, 'approve', [a.id]).expect(200)).body as BulkRegistrationResult;
    expect(again.outcomes).toEqual([{ id: a.id, ok: false, code: 'REGISTRATION_NOT_PENDING' }]);
  });

  it('rejects many, and the freed seats go to the wait list once all are rejected', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2 });
    const a = await register(event.id, { lastName: 'a' });
    await register(event.id, { lastName: 'b' });
    const c = await register(event.id, { lastName: 'c' });
    const d = await register(event.id, { lastName: 'd' });
    expect([c.status, d.status]).toEqual(['waitlisted', 'waitlisted']);

    const result = (await bulk(event.id, 'reject', [a.id, c.id]).expect(200)).body as BulkRegistrationResult;
    expect(result.outcomes.map((o) => o.ok && o.registration.status)).toEqual(['rejected', 'rejected']);
    // c was rejected in the same request, so a's seat goes to d, not to c.
    expect(await statuses(event.id)).toEqual({
      a: 'rejected',
      b: 'confirmed',
      c: 'rejected',
      d: 'confirmed',
    });
  });

  it('refuses a malformed request whole', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const r = await register(event.id);
    const empty = await bulk(event.id, 'approve', []).expect(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    const notIds = await bulk(event.id, 'reject', ['x']).expect(400);
    expect(notIds.body.errors[0]).toMatchObject({ field: 'ids' });
    await bulk(event.id, 'cancel', [r.id]).expect(400);
    await t.http
      .post(`/api/events/${event.id}/registrations/reject`)
      .send({ ids: [r.id] })
      .expect(401);
    expect((await statuses(event.id))[r.lastName]).toBe('confirmed');
  });

  it('confirms from the wait list within the rules, or over them only with an override, which is logged', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2, sectorQuotas: { health: 1 } });
    await register(event.id, { lastName: 'health-1', sector: 'health' });
    const waiting = await register(event.id, { lastName: 'health-2', sector: 'health' });
    expect(waiting.status).toBe('waitlisted');

    // A seat is free, but not within the health quota.
    const refused = await confirm(waiting.id).expect(409);
    expect(refused.body.code).toBe('NO_SEAT_FREE');
    expect((await statuses(event.id))['health-2']).toBe('waitlisted');
    await confirm(waiting.id, { override: 'yes' }).expect(400);

    const mark = log.mark();
    const confirmed = (await confirm(waiting.id, { override: true }).expect(200)).body as Registration;
    expect([confirmed.status, confirmed.waitlistPosition]).toEqual(['confirmed', null]);
    const lines = log
      .since(mark)
      .filter((line) => line.context === 'Audit' && line.text.startsWith('registration.overbooked '));
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toContain(`id="${waiting.id}"`);
    expect(lines[0].text).toMatch(/quota=1 confirmed=2 .*actor="organizer-\d+@example.org"/);

    expect((await confirm(waiting.id).expect(409)).body.code).toBe('REGISTRATION_NOT_WAITLISTED');
    await confirm(randomUUID()).expect(404);
  });

  it('confirms within the rules without an override, and without an audit line', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    await register(event.id, { lastName: 'first' });
    const second = await register(event.id, { lastName: 'second' });
    const third = await register(event.id, { lastName: 'third' });
    // A seat freed by a path that does not move the queue: the organiser then places a person by hand.
    await t.dataSource.query('UPDATE events SET capacity = 2 WHERE id = ?', [event.id]);
    const mark = log.mark();
    expect((await confirm(third.id).expect(200)).body.status).toBe('confirmed');
    expect((await confirm(second.id).expect(409)).body.code).toBe('NO_SEAT_FREE');
    expect(log.since(mark).some((line) => line.text.startsWith('registration.overbooked '))).toBe(false);
    expect(await statuses(event.id)).toEqual({
      first: 'confirmed',
      second: 'waitlisted',
      third: 'confirmed',
    });
  });
});
