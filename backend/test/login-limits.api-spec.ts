import { createApp, type CreateAppOptions } from '../src/app.factory';
import { LOGIN_ATTEMPTS_PER_MINUTE } from '../src/app.module';
import { LOGIN_ATTEMPTS_PER_ACCOUNT } from '../src/auth/login-account-limit.interceptor';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { CapturedLog } from './support/captured-log';
import { ADMIN, bootApp, type Http, type TestApp } from './support/test-app';

/** A second instance of the app on the first one's database, as behind a load balancer. */
async function anotherInstance(
  first: TestApp,
  options: CreateAppOptions,
): Promise<{ app: INestApplication; http: Http }> {
  const app = await createApp(first.config, options);
  return { app, http: request(app.getHttpServer()) };
}

const attempt = (http: Http, email: string, client: string) =>
  http.post('/api/auth/login').set('X-Forwarded-For', client).send({ email, password: 'a-wrong-password' });

describe('login limits per address and per account, shared by every instance', () => {
  const log = new CapturedLog();
  let first: TestApp;
  let second: { app: INestApplication; http: Http };

  beforeAll(async () => {
    // The test client connects over loopback, standing in for the reverse proxy.
    first = await bootApp({ rateLimits: true, trustProxy: ['loopback'] }, { logger: log });
    // Nest's logger is one per process: both instances write to the same captured log.
    second = await anotherInstance(first, { logger: log });
  });
  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  it('many addresses guessing one account are stopped, whichever instance they reach, at once', async () => {
    const tries = LOGIN_ATTEMPTS_PER_ACCOUNT + 10;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, index) =>
        attempt(index % 2 ? second.http : first.http, 'target@example.org', `198.51.100.${index + 1}`),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_ATTEMPTS_PER_ACCOUNT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    const limited = answers.find((answer) => answer.status === 429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(60);
    expect(limited?.headers['content-type']).toMatch(/^application\/problem\+json/);
    // One line per refusal, naming the account.
    const lines = log.lines.filter((line) => line.context === 'Audit' && /limited/.test(line.text));
    expect(lines).toHaveLength(10);
    for (const line of lines)
      expect(line.text).toMatch(/^login\.limited email="target@example\.org" limit="account"/);
    // Another account is not affected.
    await attempt(first.http, 'someone-else@example.org', '198.51.100.200').expect(401);
  });

  it("a successful login clears the account's count: only a run of failures locks it", async () => {
    const run = async (from: number) => {
      for (let index = from; index < from + LOGIN_ATTEMPTS_PER_ACCOUNT - 1; index++) {
        await attempt(index % 2 ? second.http : first.http, ADMIN.email, `192.0.2.${index + 1}`).expect(401);
      }
    };
    await run(0);
    await first.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.200').send(ADMIN).expect(200);
    await run(100);
    await first.http.post('/api/auth/login').set('X-Forwarded-For', '192.0.2.201').send(ADMIN).expect(200);
  });

  it('behind the proxy each client has its own counter, kept across instances', async () => {
    for (let index = 0; index < LOGIN_ATTEMPTS_PER_MINUTE; index++) {
      await attempt(index % 2 ? second.http : first.http, `user${index}@example.org`, '203.0.113.9').expect(
        401,
      );
    }
    const limited = await attempt(second.http, 'fresh@example.org', '203.0.113.9').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await attempt(first.http, 'fresh@example.org', '203.0.113.10').expect(401);
  });
});

describe('without TRUST_PROXY, X-Forwarded-For is not believed', () => {
  const log = new CapturedLog();
  let t: TestApp;
  beforeAll(async () => (t = await bootApp({ rateLimits: true }, { logger: log })));
  afterAll(() => t.close());

  it('a client naming a new address on every try still meets the per-address limit', async () => {
    for (let index = 0; index < LOGIN_ATTEMPTS_PER_MINUTE; index++) {
      await attempt(t.http, `user${index}@example.org`, `192.0.2.${index + 1}`).expect(401);
    }
    const mark = log.mark();
    await attempt(t.http, 'another@example.org', '192.0.2.99').expect(429);
    const limited = log.since(mark).filter((line) => line.context === 'Audit');
    expect(limited).toHaveLength(1);
    expect(limited[0].text).toMatch(
      /^request\.limited status=429 .*path="\/api\/auth\/login" .*ip="[^"]*127\.0\.0\.1"/,
    );
  });
});
