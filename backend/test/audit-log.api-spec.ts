import type { Event, User } from '@roundtable/contracts';
import { anEventInput } from './support/builders';
import { CapturedLog } from './support/captured-log';
import { ADMIN, bootApp, login, PASSWORD, tokenFor, type TestApp } from './support/test-app';

describe('security events leave one audit line each: what, who, from where, and no secret', () => {
  const log = new CapturedLog();
  let t: TestApp;
  let adminToken: string;
  let organiserToken: string;
  const auth = () => ({ type: 'bearer' as const });
  const auditLines = (mark: number, action: string) =>
    log
      .since(mark)
      .filter((line) => line.context === 'Audit' && line.text.startsWith(`${action} `))
      .map((line) => line.text);
  const allText = () => log.lines.map((line) => line.text).join('\n');

  beforeAll(async () => {
    t = await bootApp({}, { logger: log });
    adminToken = await login(t.http, ADMIN.email, ADMIN.password);
    organiserToken = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('a failed login names the e-mail tried and the address, never the password', async () => {
    const mark = log.mark();
    await t.http
      .post('/api/auth/login')
      .send({ email: 'Admin@Example.org', password: 'not-the-password-41' })
      .expect(401);
    const lines = auditLines(mark, 'login.failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('email="admin@example.org"');
    expect(lines[0]).toMatch(/ip="[^"]*127\.0\.0\.1"/);
    expect(log.since(mark).filter((line) => line.text.includes('access.refused'))).toEqual([]);
    expect(allText()).not.toContain('not-the-password-41');
  });

  it('a request without a login (401) and one the role may not make (403) are recorded', async () => {
    const mark = log.mark();
    await t.http.get('/api/users').expect(401);
    await t.http.get('/api/users').auth(organiserToken, auth()).expect(403);
    const lines = auditLines(mark, 'access.refused');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/status=401 .*method="GET" path="\/api\/users" actor=null/);
    expect(lines[1]).toMatch(/status=403 .*path="\/api\/users" actor="organizer-\d+@example.org"/);
  });

  it('an admin creating an account and changing its role, state and password is named as the actor', async () => {
    const mark = log.mark();
    const secret = 'created-with-this-secret';
    const user = (
      await t.http
        .post('/api/users')
        .auth(adminToken, auth())
        .send({ email: 'new@example.org', name: 'Нов', role: 'staff', password: secret })
        .expect(201)
    ).body as User;
    await t.http
      .patch(`/api/users/${user.id}`)
      .auth(adminToken, auth())
      .send({ role: 'organizer', active: false, password: 'changed-to-this-secret' })
      .expect(200);

    const created = auditLines(mark, 'user.created');
    expect(created).toEqual([
      expect.stringContaining(`user="${user.id}" email="new@example.org" role="staff"`),
    ]);
    expect(created[0]).toContain(`actor="${ADMIN.email}"`);
    const changed = auditLines(mark, 'user.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('role="staff->organizer" active="true->false" credentials="changed"');
    expect(changed[0]).toContain(`actor="${ADMIN.email}"`);
    expect(allText()).not.toMatch(/created-with-this-secret|changed-to-this-secret/);
  });

  it('organisers work as one team: a colleague may change an event, and the line names who did', async () => {
    const colleague = await tokenFor(t.http, 'organizer');
    const event = (
      await t.http.post('/api/events').auth(organiserToken, auth()).send(anEventInput()).expect(201)
    ).body as Event;
    const mark = log.mark();
    await t.http
      .patch(`/api/events/${event.id}`)
      .auth(colleague, auth())
      .send({ title: 'Ново заглавие', capacity: 50 })
      .expect(200);
    await t.http.post(`/api/events/${event.id}/publish`).auth(colleague, auth()).expect(200);
    const lines = auditLines(mark, 'event.changed');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(
      `action="update" path="/api/events/${event.id}" id="${event.id}" fields="title,capacity"`,
    );
    expect(lines[1]).toContain('action="publish"');
    const { email } = (await t.http.get('/api/auth/me').auth(colleague, auth()).expect(200)).body as User;
    for (const line of lines) expect(line).toContain(`actor="${email}"`);
    expect(lines[0]).not.toContain('Ново заглавие');
  });

  it('no line carries a password or a bearer token', () => {
    const text = allText();
    for (const secret of [ADMIN.password, PASSWORD, adminToken, organiserToken])
      expect(text).not.toContain(secret);
  });
});
