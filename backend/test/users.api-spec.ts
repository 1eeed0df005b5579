import { bootApp, createUser, login, ADMIN, tokenFor, type TestApp } from './support/test-app';

describe('user management (admin)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await bootApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  it('creates organiser and staff accounts that can log in', async () => {
    const organiser = await createUser(t.http, admin, 'organizer', 'Maria.Ivanova@Example.org');
    expect(organiser).toMatchObject({
      email: 'maria.ivanova@example.org',
      role: 'organizer',
      language: 'bg',
      active: true,
    });
    await createUser(t.http, admin, 'staff', 'door@example.org');
    const list = await t.http.get('/api/users').auth(admin, { type: 'bearer' }).expect(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((user: { email: string }) => user.email)).toEqual(
      expect.arrayContaining(['maria.ivanova@example.org', 'door@example.org', ADMIN.email]),
    );
  });

  it('refuses a second account with the same e-mail in any case, and changes nothing', async () => {
    await createUser(t.http, admin, 'organizer', 'twice@example.org');
    const before = (await t.http.get('/api/users').auth(admin, { type: 'bearer' })).body.total;
    const response = await t.http
      .post('/api/users')
      .auth(admin, { type: 'bearer' })
      .send({ email: 'TWICE@example.org', name: 'Again', role: 'staff', password: 'long-enough-pass' })
      .expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
    expect((await t.http.get('/api/users').auth(admin, { type: 'bearer' })).body.total).toBe(before);
  });

  it('rejects a short password and an unknown role with per-field errors', async () => {
    const response = await t.http
      .post('/api/users')
      .auth(admin, { type: 'bearer' })
      .send({ email: 'short@example.org', name: 'Short', role: 'king', password: 'short' })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'password',
      'role',
    ]);
  });

  it('does not let an admin lock themselves out', async () => {
    const me = (await t.http.get('/api/auth/me').auth(admin, { type: 'bearer' })).body;
    const response = await t.http
      .patch(`/api/users/${me.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ active: false })
      .expect(409);
    expect(response.body.code).toBe('CANNOT_DEACTIVATE_SELF');
    await t.http
      .patch(`/api/users/${me.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ role: 'staff' })
      .expect(409);
  });

  it('keeps user management for admins only', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const response = await t.http.get('/api/users').auth(organiser, { type: 'bearer' }).expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });
});
