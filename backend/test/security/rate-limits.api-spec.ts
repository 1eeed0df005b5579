import type { Response } from 'supertest';
import { LOGIN_ATTEMPTS_PER_MINUTE } from '../../src/app.module';
import { TOKEN_LINK_REQUESTS_PER_MINUTE } from '../../src/rate-limits/token-link-limit';
import { REGISTRATIONS_PER_CLIENT } from '../../src/registrations/public-registration.guard';
import { LOST_LINK_REQUESTS_PER_MINUTE } from '../../src/registrations/registration-self-service.controller';
import { aRegistrationInput } from '../support/builders';
import { aPublishedEvent } from '../support/registrations';
import { bootApp, tokenFor, type TestApp } from '../support/test-app';

/*
 * With RATE_LIMITS on, every public route a client could hammer answers 429 problem+json with Retry-After once
 * its allowance is spent, and the next client is not affected. How the counters are shared by instances on
 * both engines is in login-limits and registration-limits (api suites).
 */
// Password hashing and hundreds of calls: room for a busy machine.
jest.setTimeout(90_000);

describe('rate limits on login, registration, lost link and token routes', () => {
  let t: TestApp;
  let clients = 0;
  /** A client address of its own for each test, named by the proxy (loopback stands in for it). */
  const aClient = () => `203.0.113.${++clients}`;

  beforeAll(async () => {
    t = await bootApp({ rateLimits: true, trustProxy: ['loopback'] });
  });
  afterAll(() => t.close());

  /** Sends `allowed` requests that must pass the limit, then one that must not. */
  async function exhaust(allowed: number, send: (client: string) => Promise<Response>) {
    const client = aClient();
    const answers = await Promise.all(Array.from({ length: allowed }, () => send(client)));
    expect(answers.filter((answer) => answer.status === 429)).toEqual([]);
    const limited = await send(client);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Another client is not held back.
    expect((await send(aClient())).status).not.toBe(429);
  }

  it('login', () =>
    exhaust(LOGIN_ATTEMPTS_PER_MINUTE, (client) =>
      t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', client)
        .send({ email: `someone-${client}@example.org`, password: 'wrong-password' }),
    ));

  it('password reset request, and the reset link', async () => {
    await exhaust(LOGIN_ATTEMPTS_PER_MINUTE, (client) =>
      t.http.post('/api/auth/password-reset').set('X-Forwarded-For', client).send({ email: 'a@example.org' }),
    );
    await exhaust(LOGIN_ATTEMPTS_PER_MINUTE, (client) =>
      t.http
        .post(`/api/auth/password-reset/${'x'.repeat(43)}`)
        .set('X-Forwarded-For', client)
        .send({ password: 'a-new-long-password' }),
    );
  });

  it('registration', async () => {
    const event = await aPublishedEvent(t.http, await tokenFor(t.http, 'organizer'));
    // Without a form token each try is refused by the bot guard, and still counts.
    await exhaust(REGISTRATIONS_PER_CLIENT.limit, (client) =>
      t.http
        .post(`/api/events/${event.id}/registrations`)
        .set('X-Forwarded-For', client)
        .send(aRegistrationInput({ email: `${client}@example.org` })),
    );
  });

  it('lost link', () =>
    exhaust(LOST_LINK_REQUESTS_PER_MINUTE, (client) =>
      t.http
        .post('/api/registrations/lost-link')
        .set('X-Forwarded-For', client)
        .send({ email: 'lost@example.org' }),
    ));

  it('every route opened by a personal token, each with its own count', async () => {
    const guessed = () => 'g'.repeat(43);
    const routes: [string, string][] = [
      ['get', `/api/registrations/by-token/${guessed()}`],
      ['patch', `/api/registrations/by-token/${guessed()}`],
      ['delete', `/api/registrations/by-token/${guessed()}`],
      ['post', `/api/registrations/by-token/${guessed()}/anonymise`],
      ['get', `/api/registrations/by-token/${guessed()}/qr.png`],
      ['get', `/api/invitations/by-token/${guessed()}`],
      ['post', `/api/invitations/by-token/${guessed()}/response`],
      ['put', `/api/invitations/by-token/${guessed()}/profile`],
      ['post', `/api/invitations/by-token/${guessed()}/photo`],
    ];
    for (const [method, path] of routes) {
      await exhaust(TOKEN_LINK_REQUESTS_PER_MINUTE, (client) =>
        t.http[method as 'get'](path).set('X-Forwarded-For', client).send({}),
      );
    }
  });
});
