import { createHash } from 'node:crypto';
import { ADMIN, bootApp, createUser, login, PASSWORD, type TestApp } from './support/test-app';

describe('login and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and logs in with a bearer token', async () => {
    const response = await t.http.post('/api/auth/login').send(ADMIN).expect(200);
    expect(response.body).toMatchObject({
      accessToken: expect.any(String),
      user: { email: ADMIN.email, role: 'admin' },
    });
    expect(response.body.accessToken.length).toBeGreaterThanOrEqual(43);
    const me = await t.http
      .get('/api/auth/me')
      .auth(response.body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(me.body).toMatchObject({ email: ADMIN.email, role: 'admin', active: true });
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('stores neither the token nor the password in the clear', async () => {
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    const sessions = await t.dataSource.query('SELECT tokenHash FROM sessions');
    const hashes = sessions.map((row: { tokenHash: string }) => row.tokenHash);
    expect(hashes).not.toContain(token);
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    const [user] = await t.dataSource.query('SELECT passwordHash FROM users WHERE email = ?', [ADMIN.email]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('treats the e-mail case-insensitively', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ ...ADMIN, email: ADMIN.email.toUpperCase() })
      .expect(200);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const wrong = await t.http
      .post('/api/auth/login')
      .send({ ...ADMIN, password: 'not-the-password' })
      .expect(401);
    const unknown = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever-1' })
      .expect(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rejects a malformed login with per-field errors', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', rule: 'isEmail' }),
        expect.objectContaining({ field: 'password', rule: 'required' }),
      ]),
    );
  });

  it('logs out: the token stops working', async () => {
    const token = await login(t.http, ADMIN.email, ADMIN.password);
    await t.http.post('/api/auth/logout').auth(token, { type: 'bearer' }).expect(204);
    const response = await t.http.get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a deactivated account and refuses its login', async () => {
    const adminToken = await login(t.http, ADMIN.email, ADMIN.password);
    const user = await createUser(t.http, adminToken, 'organizer', 'leaving@example.org');
    const token = await login(t.http, user.email, PASSWORD);
    await t.http
      .patch(`/api/users/${user.id}`)
      .auth(adminToken, { type: 'bearer' })
      .send({ active: false })
      .expect(200);
    await t.http.get('/api/auth/me').auth(token, { type: 'bearer' }).expect(401);
    await t.http.post('/api/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp({ rateLimits: true })));
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has tried too often, and does not log in', async () => {
    const attempts = [];
    for (let i = 0; i < 12; i++) {
      attempts.push(await t.http.post('/api/auth/login').send({ ...ADMIN, password: `guess-number-${i}` }));
    }
    const statuses = attempts.map((response) => response.status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = attempts[10];
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    // Even the right password is refused while the address is limited.
    await t.http.post('/api/auth/login').send(ADMIN).expect(429);
  });
});
