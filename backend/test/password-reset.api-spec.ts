import { PasswordResetEntity } from '../src/auth/password-reset.entity';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { bootApp, createUser, login, PASSWORD, tokenFor, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'a-new-and-long-password';

function resetLink(text: string): { url: string; token: string } {
  const match = /https?:\/\/\S+\/organizer\/reset-password\/([A-Za-z0-9_-]{40,})\S*/.exec(text);
  if (!match) throw new Error(`no reset link in:\n${text}`);
  return { url: match[0], token: match[1] };
}

describe('password reset by e-mail', () => {
  let t: MailTestApp;
  let admin: string;
  let accounts = 0;

  const newAccount = async () => {
    const email = `forgetful-${++accounts}@example.org`;
    await createUser(t.http, admin, 'organizer', email);
    return email;
  };
  const askForLink = async (email: string, index = 0) => {
    await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
    return resetLink((await t.mailbox.next(email, index)).text);
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    admin = await tokenFor(t.http, 'admin');
  });
  afterAll(() => t.close());

  it('sets a new password once, ends every session, and keeps no usable token at rest', async () => {
    const email = await newAccount();
    const session = await login(t.http, email, PASSWORD);

    await t.http.post('/api/auth/password-reset').send({ email: email.toUpperCase() }).expect(202);
    const message = await t.mailbox.next(email, 0);
    expect(message.subject).toBe('Нова парола за профила Ви');
    const link = resetLink(message.text);
    expect(link.url).toMatch(/^http:\/\/roundtable\.test\/organizer\/reset-password\/[\w-]+\?lang=bg$/);
    const stored = await t.dataSource.query('SELECT tokenHash FROM password_resets');
    expect(JSON.stringify(stored)).not.toContain(link.token);

    await t.http.post(`/api/auth/password-reset/${link.token}`).send({ password: NEW_PASSWORD }).expect(204);
    await t.http.get('/api/auth/me').auth(session, { type: 'bearer' }).expect(401);
    await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
    await login(t.http, email, NEW_PASSWORD);

    const again = await t.http
      .post(`/api/auth/password-reset/${link.token}`)
      .send({ password: 'yet-another-password' })
      .expect(410);
    expect(again.body).toMatchObject({ code: 'RESET_LINK_INVALID' });
  });

  it('answers an unknown address exactly as a known one, and queues nothing for it', async () => {
    const unknown = await t.http
      .post('/api/auth/password-reset')
      .send({ email: 'nobody@example.org' })
      .expect(202);
    expect(unknown.text).toBe('');
    const jobs = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM jobs WHERE recipientEmail = 'nobody@example.org'`,
    );
    expect(Number(jobs[0].n)).toBe(0);
  });

  it('refuses an expired link, a made-up one and a short password', async () => {
    const email = await newAccount();
    const link = await askForLink(email);
    await t.http.post(`/api/auth/password-reset/${link.token}`).send({ password: 'short' }).expect(400);
    await t.http
      .post(`/api/auth/password-reset/${'x'.repeat(43)}`)
      .send({ password: NEW_PASSWORD })
      .expect(410);
    // Thirty minutes later, as far as the link knows.
    await t.dataSource
      .getRepository(PasswordResetEntity)
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
    await t.http.post(`/api/auth/password-reset/${link.token}`).send({ password: NEW_PASSWORD }).expect(410);
    await login(t.http, email, PASSWORD);
  });
});

describe('password reset requests are limited', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp({ rateLimits: true })));
  afterAll(() => t.close());

  it('limits requests from one address (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await t.http.post('/api/auth/password-reset').send({ email: `x${i}@example.org` });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.filter((status) => status === 202).length).toBeLessThanOrEqual(10);
    expect(statuses).toContain(429);
  });
});
