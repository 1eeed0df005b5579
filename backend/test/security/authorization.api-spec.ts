import { anEventInput } from '../support/builders';
import { aStaffMember, assignStaff } from '../support/checkin';
import { bootApp, tokenFor, type TestApp } from '../support/test-app';

/** Operations anyone may call. Every other operation in the OpenAPI document is checked below. */
const PUBLIC_OPERATIONS = new Set([
  'GET /api/health',
  'GET /api/health/live',
  'GET /api/health/ready',
  'POST /api/auth/login',
  'GET /api/events',
  'GET /api/events/{idOrSlug}',
  'GET /api/events/{idOrSlug}/speakers',
  'GET /api/events/{idOrSlug}/calendar.ics',
  'GET /api/events/{id}/agenda.pdf',
  'GET /api/calendar.ics',
  'GET /api/invitations/by-token/{token}',
  'POST /api/invitations/by-token/{token}/response',
  'PUT /api/invitations/by-token/{token}/profile',
  'POST /api/invitations/by-token/{token}/photo',
  'GET /api/invitations/{id}/photo',
  'POST /api/events/{id}/registrations',
  'GET /api/events/{id}/registration-form',
  'GET /api/registrations/by-token/{token}',
  'PATCH /api/registrations/by-token/{token}',
  'DELETE /api/registrations/by-token/{token}',
  'POST /api/registrations/by-token/{token}/anonymise',
  'GET /api/registrations/by-token/{token}/qr.png',
  'POST /api/registrations/lost-link',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/{token}',
  'GET /api/organisation/public',
  'GET /api/organisation/logo',
  'GET /api/events/{id}/summary',
  'GET /api/events/{id}/summary.pdf',
  'GET /api/events/{id}/materials',
  'GET /api/events/{id}/materials.zip',
  'GET /api/materials/{id}/download',
]);
/**
 * Operations behind a token of their own, not a session: GET /api/metrics takes METRICS_TOKEN, and answers 404
 * while none is configured (as here), 401 to any other caller. No session, however strong, opens them.
 */
const OWN_TOKEN_OPERATIONS = new Set(['GET /api/metrics']);
/** Operations every logged-in role may call (their own session). */
const ANY_ROLE_OPERATIONS = new Set(['GET /api/auth/me', 'POST /api/auth/logout']);
/**
 * The door (decision 0017): organisers and admins, and staff at the events they are assigned to. `{id}` is the
 * event's id, or the registration's for the routes under /registrations.
 */
const STAFF_OPERATIONS = new Set([
  'GET /api/events/{id}/stats',
  'GET /api/events/{id}/check-in/people',
  'POST /api/registrations/{id}/check-in',
  'DELETE /api/registrations/{id}/check-in',
  'POST /api/events/{id}/walk-ins',
]);

describe('every organiser route: 401 without a token, 403 for staff', () => {
  let t: TestApp;
  let staff: string;
  let eventId: string;
  let operations: { method: string; path: string }[];

  beforeAll(async () => {
    t = await bootApp();
    const organiser = await tokenFor(t.http, 'organizer');
    staff = await tokenFor(t.http, 'staff');
    eventId = (
      await t.http.post('/api/events').auth(organiser, { type: 'bearer' }).send(anEventInput()).expect(201)
    ).body.id;
    // The list comes from the app's own OpenAPI document, so a new route is covered without editing this test.
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, object>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  const protectedOperations = () =>
    operations.filter(({ method, path }) => {
      const key = `${method} ${path}`;
      return !PUBLIC_OPERATIONS.has(key) && !ANY_ROLE_OPERATIONS.has(key) && !OWN_TOKEN_OPERATIONS.has(key);
    });
  const organiserOperations = () =>
    protectedOperations().filter(({ method, path }) => !STAFF_OPERATIONS.has(`${method} ${path}`));

  const call = (method: string, path: string, token?: string) => {
    const url = path.replace('{id}', eventId).replace('{idOrSlug}', eventId);
    const request = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url);
    return (token ? request.auth(token, { type: 'bearer' }) : request).send({});
  };

  it('finds the organiser routes in the OpenAPI document', () => {
    const keys = protectedOperations().map(({ method, path }) => `${method} ${path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'POST /api/events',
        'PATCH /api/events/{id}',
        'POST /api/events/{id}/publish',
        'POST /api/events/{id}/cancel',
        'PUT /api/events/{id}/agenda',
        'GET /api/events/{id}/stats',
        'GET /api/events/{id}/attendance-sheet.pdf',
        'GET /api/events/{id}/badges.pdf',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/{id}',
        'POST /api/events/{id}/invitations',
        'POST /api/events/{id}/invitations/bulk',
        'GET /api/events/{id}/invitations',
        'POST /api/invitations/{id}/resend',
        'POST /api/invitations/{id}/remind',
        'POST /api/invitations/{id}/revoke',
        'GET /api/events/{id}/registrations',
        'POST /api/registrations/{id}/approve',
        'POST /api/registrations/{id}/reject',
        'POST /api/events/{id}/unpublish',
        'GET /api/events/{id}/calendar-holders/count',
        'GET /api/organisation',
        'PUT /api/organisation',
        'POST /api/organisation/logo',
        'GET /api/staff',
        'GET /api/events/{id}/staff',
        'PUT /api/events/{id}/staff',
        'POST /api/events/{id}/materials',
        'PATCH /api/materials/{id}',
        'DELETE /api/materials/{id}',
        ...STAFF_OPERATIONS,
      ]),
    );
  });

  it('answers 401 problem+json to a caller without a token', async () => {
    for (const { method, path } of protectedOperations()) {
      const response = await call(method, path);
      expect({ route: `${method} ${path}`, status: response.status, code: response.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('opens the operations behind their own token to no session, anonymous or admin', async () => {
    const admin = await tokenFor(t.http, 'admin');
    const found = operations.filter(({ method, path }) => OWN_TOKEN_OPERATIONS.has(`${method} ${path}`));
    expect(found).toHaveLength(OWN_TOKEN_OPERATIONS.size);
    for (const { method, path } of found) {
      for (const token of [undefined, staff, admin]) {
        const response = await call(method, path, token);
        expect({ route: `${method} ${path}`, status: [401, 404].includes(response.status) }).toEqual({
          route: `${method} ${path}`,
          status: true,
        });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
  });

  it('answers 401 to a forged token', async () => {
    const response = await call('POST', '/api/events', 'forged-token-that-was-never-issued');
    expect(response.status).toBe(401);
  });

  it('answers 403 problem+json to staff, whose role is check-in only', async () => {
    for (const { method, path } of organiserOperations()) {
      const response = await call(method, path, staff);
      expect({ route: `${method} ${path}`, status: response.status, code: response.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  it('lets staff through the door routes of the events they are assigned to, and no other', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const assigned = await aStaffMember(t.http);
    const other = await aStaffMember(t.http);
    await assignStaff(t.http, organiser, eventId, [assigned.user.id]);
    const walkIn = { firstName: 'Иван', lastName: 'Иванов', organization: 'НПО', sector: 'ngo' };
    const registrationId = (
      await t.http.post(`/api/events/${eventId}/walk-ins`).auth(organiser, { type: 'bearer' }).send(walkIn)
    ).body.person.id as string;
    const staffCall = (method: string, path: string, token: string) => {
      const id = path.startsWith('/api/registrations/') ? registrationId : eventId;
      const request = t.http[method.toLowerCase() as 'get' | 'post' | 'delete'](path.replace('{id}', id));
      return request
        .auth(token, { type: 'bearer' })
        .send(method === 'POST' && path.endsWith('walk-ins') ? walkIn : {});
    };
    const staffOperations = operations.filter(({ method, path }) =>
      STAFF_OPERATIONS.has(`${method} ${path}`),
    );
    expect(staffOperations).toHaveLength(STAFF_OPERATIONS.size);
    for (const { method, path } of staffOperations) {
      const refused = await staffCall(method, path, other.token);
      expect({ route: `${method} ${path}`, status: refused.status, code: refused.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 403,
        code: 'FORBIDDEN',
      });
      const allowed = await staffCall(method, path, assigned.token);
      expect({ route: `${method} ${path}`, status: allowed.status }).toEqual({
        route: `${method} ${path}`,
        status: method === 'POST' && path.endsWith('walk-ins') ? 201 : 200,
      });
    }
    await assignStaff(t.http, organiser, eventId, []);
  });

  it('changed nothing on the way', async () => {
    const event = (
      await t.http.get(`/api/events/${eventId}`).auth(await tokenFor(t.http, 'admin'), { type: 'bearer' })
    ).body;
    expect(event).toMatchObject({ status: 'draft', sequence: 0, agenda: [] });
  });
});
