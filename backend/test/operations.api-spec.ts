import type { Registration } from '@roundtable/contracts';
import { AppLogger, type JsonLogLine } from '../src/common/app-logger';
import { DEFAULT_MAIL_TUNING } from '../src/config/config';
import { JobRunner } from '../src/jobs/job-runner';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent } from './support/registrations';
import { eventually } from './support/server-process';
import { ADMIN, bootApp, tokenFor, type TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-operations-spec';

/** The app's JSON log lines, as an operator's log collector would read them from standard output. */
class JsonLines {
  readonly lines: JsonLogLine[] = [];
  readonly logger = new AppLogger({
    format: 'json',
    write: (line) => this.lines.push(JSON.parse(line) as JsonLogLine),
  });
  raw(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }
}

/** One sample of a metric in the exposition text, e.g. `roundtable_registrations{status="confirmed"}`. */
function sample(exposition: string, name: string): number {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`no sample ${name} in:\n${exposition.slice(0, 2000)}`);
  return Number(line.slice(name.length + 1));
}

describe('operations: request ids in JSON logs, metrics, liveness and readiness', () => {
  const log = new JsonLines();
  /** JSON logs, a metrics token, the dispatcher off (tests drive it), and an SMTP port nobody listens on. */
  let t: TestApp;
  /** As configured by default: text logs, no metrics token. */
  let plain: TestApp;
  let organiser: string;

  beforeAll(async () => {
    // First: Nest's static loggers (the audit lines) write to the logger of the app booted last.
    plain = await bootApp();
    t = await bootApp(
      {
        logFormat: 'json',
        metricsToken: METRICS_TOKEN,
        smtpUrl: 'smtp://127.0.0.1:1',
        mail: { ...DEFAULT_MAIL_TUNING, dispatcher: false, maxAttempts: 100 },
      },
      { logger: log.logger },
    );
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(async () => {
    await t?.close();
    await plain?.close();
  });

  const scrape = async () => {
    const response = await t.http.get('/api/metrics').auth(METRICS_TOKEN, { type: 'bearer' }).expect(200);
    return response.text;
  };

  describe('request ids and JSON logs', () => {
    it('echoes a sane X-Request-Id and makes one when there is none or it is not sane', async () => {
      const given = await t.http.get('/api/health/live').set('X-Request-Id', 'lb-1234.abc:5_6').expect(200);
      expect(given.headers['x-request-id']).toBe('lb-1234.abc:5_6');

      const made = await t.http.get('/api/health/live').expect(200);
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

      for (const insane of ['has space', 'x'.repeat(65), '<script>', 'a"b']) {
        const response = await t.http.get('/api/health/live').set('X-Request-Id', insane).expect(200);
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('writes one JSON access line per request with the route pattern, never the token in the path', async () => {
      const token = 'secret-registration-token-4f1c9a';
      const since = log.lines.length;
      await t.http
        .get(`/api/registrations/by-token/${token}?lang=en&signature=query-secret`)
        .set('X-Request-Id', 'access-line-1')
        .expect(404);

      const accessLines = () => log.lines.slice(since).filter((line) => line.context === 'Http');
      await eventually(async () => accessLines().length > 0, 5000, 'the access line', 5);
      const access = log.lines.slice(since).filter((line) => line.context === 'Http');
      expect(access).toEqual([
        expect.objectContaining({
          level: 'log',
          method: 'GET',
          route: '/api/registrations/by-token/:token',
          status: 404,
          requestId: 'access-line-1',
          durationMs: expect.any(Number),
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        }),
      ]);
      expect(log.raw()).not.toContain(token);
      expect(log.raw()).not.toContain('query-secret');
    });

    it('names the request in every line written while it is served, body parsing and guards included', async () => {
      const since = log.lines.length;
      await t.http
        .post('/api/auth/login')
        .set('X-Request-Id', 'failed-login-1')
        .send({ email: ADMIN.email, password: 'a-wrong-password-77' })
        .expect(401);
      await t.http.get('/api/users').set('X-Request-Id', 'refused-1').expect(401);
      const accessLines = () => log.lines.slice(since).filter((line) => line.context === 'Http');
      await eventually(async () => accessLines().length === 2, 5000, 'two access lines', 5);

      const lines = log.lines.slice(since);
      const audit = lines.filter((line) => line.context === 'Audit');
      expect(audit.map((line) => line.requestId)).toEqual(['failed-login-1', 'refused-1']);
      // Every line of both requests: the audit lines and the access lines.
      expect(lines.length).toBeGreaterThanOrEqual(4);
      expect(lines.every((line) => ['failed-login-1', 'refused-1'].includes(String(line.requestId)))).toBe(
        true,
      );
      expect(log.raw()).not.toContain('a-wrong-password-77');
    });

    it('writes lines outside a request without a request id', () => {
      const startUp = log.lines.filter((line) => line.requestId === undefined);
      expect(startUp.length).toBeGreaterThan(0);
      expect(startUp.every((line) => typeof line.time === 'string' && typeof line.level === 'string')).toBe(
        true,
      );
    });
  });

  describe('GET /api/metrics', () => {
    it('answers 404 problem+json when no METRICS_TOKEN is configured, token or not', async () => {
      for (const request of [
        plain.http.get('/api/metrics'),
        plain.http.get('/api/metrics').auth(METRICS_TOKEN, { type: 'bearer' }),
      ]) {
        const response = await request.expect(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      }
    });

    it('answers 401 problem+json without the token, with a wrong one, and with a session token', async () => {
      const sessionToken = await tokenFor(t.http, 'admin');
      for (const request of [
        t.http.get('/api/metrics'),
        t.http.get('/api/metrics').auth(`${METRICS_TOKEN}x`, { type: 'bearer' }),
        t.http.get('/api/metrics').auth(METRICS_TOKEN.slice(0, -1), { type: 'bearer' }),
        t.http.get('/api/metrics').auth(sessionToken, { type: 'bearer' }),
        t.http.get('/api/metrics').set('Authorization', `Basic ${METRICS_TOKEN}`),
      ]) {
        const response = await request.expect(401);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      }
    });

    it('exposes the named metrics as Prometheus text, with the process metrics', async () => {
      const response = await t.http
        .get('/api/metrics')
        .auth(METRICS_TOKEN, { type: 'bearer' })
        .expect(200)
        .expect('content-type', /^text\/plain;.*version=0\.0\.4/);
      for (const name of [
        'roundtable_outbox_depth',
        'roundtable_outbox_oldest_age_seconds',
        'roundtable_mail_send_duration_seconds',
        'roundtable_mail_send_failures_total',
        'roundtable_registrations',
        'roundtable_job_runner_lag_seconds',
        'roundtable_process_cpu_seconds_total',
        'roundtable_nodejs_eventloop_lag_seconds',
      ]) {
        expect(response.text).toContain(`# TYPE ${name} `);
      }
      expect(sample(response.text, 'roundtable_mail_send_failures_total{reason="connection"}')).toBe(0);
    });

    it('counts registrations by status and the outbox from the database, as they change', async () => {
      const before = await scrape();
      const confirmedBefore = sample(before, 'roundtable_registrations{status="confirmed"}');
      const depthBefore = sample(before, 'roundtable_outbox_depth');

      const event = await aPublishedEvent(t.http, organiser, { capacity: 10 });
      const registration = (
        await t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput()).expect(201)
      ).body as Registration;
      expect(registration.status).toBe('confirmed');

      const after = await scrape();
      expect(sample(after, 'roundtable_registrations{status="confirmed"}')).toBe(confirmedBefore + 1);
      // The confirmation waits in the outbox: the dispatcher is off.
      expect(sample(after, 'roundtable_outbox_depth')).toBe(depthBefore + 1);
      expect(sample(after, 'roundtable_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
      expect(sample(after, 'roundtable_job_runner_lag_seconds')).toBeGreaterThanOrEqual(0);
    });

    it('times each send and counts a refused connection as such', async () => {
      const before = await scrape();
      const failuresBefore = sample(before, 'roundtable_mail_send_failures_total{reason="connection"}');
      const taken = await t.app.get(JobRunner).drainOnce();
      expect(taken).toBeGreaterThan(0);

      const after = await scrape();
      expect(sample(after, 'roundtable_mail_send_failures_total{reason="connection"}')).toBeGreaterThan(
        failuresBefore,
      );
      expect(sample(after, 'roundtable_mail_send_duration_seconds_count{outcome="failed"}')).toBeGreaterThan(
        0,
      );
      // Tried and queued again for later: still in the outbox.
      expect(sample(after, 'roundtable_outbox_depth')).toBeGreaterThan(0);
    });
  });

  describe('liveness and readiness', () => {
    it('answers live with 200 and ready with 200 naming its checks', async () => {
      await plain.http.get('/api/health/live').expect(200, { status: 'ok' });
      await plain.http
        .get('/api/health/ready')
        .expect(200, { status: 'ok', checks: { database: 'ok', migrations: 'ok', storage: 'ok' } });
    });

    it('answers ready with 503 problem+json naming the database while it is closed, and live still 200', async () => {
      await plain.dataSource.destroy();
      try {
        const response = await plain.http.get('/api/health/ready').expect(503);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ status: 503, code: 'NOT_READY' });
        expect(response.body.detail).toContain('database');
        expect(response.body.detail).not.toContain('storage,');
        await plain.http.get('/api/health/live').expect(200);
      } finally {
        await plain.dataSource.initialize();
      }
      await plain.http.get('/api/health/ready').expect(200);
    });
  });

  it('logged no password, session token or metrics token in the whole run', () => {
    const everything = log.raw();
    expect(log.lines.length).toBeGreaterThan(20);
    for (const secret of [ADMIN.password, organiser, METRICS_TOKEN]) expect(everything).not.toContain(secret);
  });
});
