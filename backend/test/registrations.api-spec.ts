import type { Problem, Registration } from '@roundtable/contracts';
import { aRegistrationInput, anEventInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe('registering for an event', () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const register = (eventId: string, body: object) =>
    t.http.post(`/api/events/${eventId}/registrations`).send(body);

  it('confirms while seats are free, then wait-lists in order, and never answers a token', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 2 });
    const input = aRegistrationInput({ email: 'Maria.Petrova@Example.BG', municipality: 'SOF46' });
    const first = await register(event.id, input).expect(201);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toMatchObject({
      eventId: event.id,
      status: 'confirmed',
      waitlistPosition: null,
      email: 'Maria.Petrova@Example.BG',
      municipality: 'SOF46',
      sector: 'municipal',
      invitationId: null,
    });
    expect(first.body.consents.processing).toMatchObject({ given: true, version: '1' });
    expect(first.body.consents.media.given).toBe(false);
    expect(JSON.stringify(first.body)).not.toMatch(/token/i);

    await register(event.id, aRegistrationInput()).expect(201);
    const third = (await register(event.id, aRegistrationInput()).expect(201)).body as Registration;
    const fourth = (await register(event.id, aRegistrationInput()).expect(201)).body as Registration;
    expect([third.status, third.waitlistPosition]).toEqual(['waitlisted', 1]);
    expect([fourth.status, fourth.waitlistPosition]).toEqual(['waitlisted', 2]);
  });

  it('wait-lists a sector whose quota is full while other sectors still get seats', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 10, sectorQuotas: { health: 1 } });
    const health = () => register(event.id, aRegistrationInput({ sector: 'health' })).expect(201);
    expect((await health()).body.status).toBe('confirmed');
    expect((await health()).body.status).toBe('waitlisted');
    const ngo = await register(event.id, aRegistrationInput({ sector: 'ngo' })).expect(201);
    expect(ngo.body.status).toBe('confirmed');
  });

  it('keeps one active registration per e-mail, in any letter case, and changes nothing on the second', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    await register(event.id, aRegistrationInput({ email: 'ivan@example.bg' })).expect(201);
    const again = await register(event.id, aRegistrationInput({ email: ' IVAN@Example.bg ' })).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((again.body as Problem).code).toBe('ALREADY_REGISTERED');
    const list = await t.http
      .get(`/api/events/${event.id}/registrations`)
      .auth(organiser, bearer)
      .expect(200);
    expect(list.body.total).toBe(1);
    const other = await aPublishedEvent(t.http, organiser);
    await register(other.id, aRegistrationInput({ email: 'ivan@example.bg' })).expect(201);
  });

  it('leaves an approval event to the organiser: pending, holding no seat', async () => {
    const event = await aPublishedEvent(t.http, organiser, { capacity: 1, registrationMode: 'approval' });
    const a = await register(event.id, aRegistrationInput()).expect(201);
    const b = await register(event.id, aRegistrationInput()).expect(201);
    expect([a.body.status, b.body.status]).toEqual(['pending', 'pending']);
  });

  it.each([
    ['invite-only', 'INVITATION_REQUIRED', { registrationMode: 'invite-only' as const }],
    ['not yet open', 'REGISTRATION_NOT_OPEN', { registrationOpensAt: '2031-05-01T09:00' }],
    [
      'closed',
      'REGISTRATION_CLOSED',
      { startsAt: '2020-05-21T10:00', endsAt: '2031-05-21T13:00', registrationClosesAt: '2020-05-20T18:00' },
    ],
    ['over', 'EVENT_PAST', { startsAt: '2020-05-21T10:00', endsAt: '2020-05-21T13:00' }],
  ])('refuses an event that is %s with 409 %s, storing nothing', async (_what, code, overrides) => {
    const event = await aPublishedEvent(t.http, organiser, overrides);
    const refused = await register(event.id, aRegistrationInput()).expect(409);
    expect((refused.body as Problem).code).toBe(code);
    const list = await t.http
      .get(`/api/events/${event.id}/registrations`)
      .auth(organiser, bearer)
      .expect(200);
    expect(list.body.total).toBe(0);
  });

  it('does not let anyone register for a draft (not found) or a cancelled event', async () => {
    const draft = await t.http.post('/api/events').auth(organiser, bearer).send(anEventInput()).expect(201);
    expect((await register(draft.body.id, aRegistrationInput()).expect(404)).body.code).toBe(
      'EVENT_NOT_FOUND',
    );
    const cancelled = await aPublishedEvent(t.http, organiser);
    await t.http.post(`/api/events/${cancelled.id}/cancel`).auth(organiser, bearer).send({}).expect(200);
    expect((await register(cancelled.id, aRegistrationInput()).expect(409)).body.code).toBe(
      'EVENT_CANCELLED',
    );
    await register('no-such-event', aRegistrationInput()).expect(404);
  });

  it('answers per field what is wrong, and requires consent to processing', async () => {
    const event = await aPublishedEvent(t.http, organiser);
    const response = await register(event.id, {
      ...aRegistrationInput(),
      email: 'not-an-address',
      sector: 'police',
      municipality: 'Столична',
      language: 'de',
      consents: { processing: false },
      nickname: 'x',
    }).expect(400);
    const problem = response.body as Problem;
    expect(problem.code).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries((problem.errors ?? []).map((error) => [error.field, error.rule]));
    expect(fields).toMatchObject({
      email: 'isEmail',
      sector: 'isIn',
      municipality: 'isMunicipality',
      language: 'isIn',
      'consents.processing': 'equals',
      nickname: 'unknownField',
    });
    // Named like members of Object.prototype, which class-transformer used to drop without a word.
    const hidden = await t.http
      .post(`/api/events/${event.id}/registrations`)
      .set('content-type', 'application/json')
      .send(
        JSON.stringify(aRegistrationInput()).replace(
          /^\{/,
          '{"constructor":1,"toString":"x","__proto__":{"a":1},"hasOwnProperty":true,"valueOf":0,',
        ),
      )
      .expect(400);
    expect((hidden.body as Problem).errors?.map((error) => [error.field, error.rule])).toEqual(
      expect.arrayContaining(
        ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'].map((field) => [
          field,
          'unknownField',
        ]),
      ),
    );
    const missing = await register(event.id, { firstName: 'Мария' }).expect(400);
    const rules = (missing.body as Problem).errors
      ?.filter((error) => error.rule === 'required')
      .map((e) => e.field);
    expect(rules).toEqual(
      expect.arrayContaining(['lastName', 'email', 'organization', 'sector', 'consents']),
    );
  });
});
