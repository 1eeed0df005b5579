import type { Event, Invitation, Material } from '@roundtable/contracts';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MailTransport } from '../../src/mail/mail-transport';
import { FormTokens } from '../../src/registrations/form-tokens';
import { aRegistrationInput } from '../support/builders';
import { CapturedLog } from '../support/captured-log';
import { FAST_MAIL, personalLink } from '../support/mail-app';
import { manageLink } from '../support/registration-mail';
import { aPublishedEvent, bearer } from '../support/registrations';
import { ADMIN, bootApp, login, type TestApp } from '../support/test-app';
import { TestMailbox } from '../support/test-mailbox';

const ORGANISER_PASSWORD = 'Organiser-Secret-Pass-7741';
const WRONG_PASSWORD = 'Wrong-Secret-Guess-9921';
const NEW_PASSWORD = 'Reset-Secret-Pass-3317';
const SMTP_PASSWORD = 'Smtp-Secret-Pass-5519';

/** A server that offers AUTH and refuses every login, as a mail provider does after a password change. */
async function aRefusingSmtpServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')),
  });
  server.on('error', () => undefined);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/*
 * One booted app, a whole journey through every route that handles a secret, every log line captured (and
 * anything written straight to stdout or stderr): no password, session, personal-link token, reset token or SMTP
 * password may appear in any of them, neither as sent, URL-encoded, nor as the SHA-256 the database keeps.
 * LOG_FORMAT=json does not exist on this branch: the text format is the one covered.
 */
describe('no secret, password or token in the logs of a whole run', () => {
  const log = new CapturedLog();
  const written: string[] = [];
  const secrets = new Map<string, string>();
  let mailbox: TestMailbox;
  let t: TestApp;
  let refusing: { port: number; close: () => Promise<void> };
  let writes: { stdout: typeof process.stdout.write; stderr: typeof process.stderr.write };

  const keep = (name: string, value: string) => {
    expect(value.length).toBeGreaterThanOrEqual(12);
    secrets.set(name, value);
    return value;
  };

  beforeAll(async () => {
    writes = { stdout: process.stdout.write, stderr: process.stderr.write };
    const capture = (chunk: unknown) => (written.push(String(chunk)), true);
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    mailbox = await TestMailbox.start();
    refusing = await aRefusingSmtpServer();
    t = await bootApp(
      {
        smtpUrl: mailbox.url,
        mail: { ...FAST_MAIL, maxAttempts: 2 },
        rateLimits: true,
        trustProxy: ['loopback'],
      },
      { logger: log },
    );
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await mailbox.stop();
    await refusing.close();
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  });

  it('runs the journey, then finds none of its secrets in any line', async () => {
    keep('admin password', ADMIN.password);
    const admin = keep('admin session', await login(t.http, ADMIN.email, ADMIN.password));
    const organiserEmail = 'organiser@example.org';
    await t.http
      .post('/api/users')
      .auth(admin, bearer)
      .send({ email: organiserEmail, name: 'Организатор', role: 'organizer', password: ORGANISER_PASSWORD })
      .expect(201);
    keep('organiser password', ORGANISER_PASSWORD);
    const organiser = keep('organiser session', await login(t.http, organiserEmail, ORGANISER_PASSWORD));
    const staffPassword = keep('staff password', 'Staff-Secret-Pass-6612');
    await t.http
      .post('/api/users')
      .auth(admin, bearer)
      .send({ email: 'staff@example.org', name: 'Служител', role: 'staff', password: staffPassword })
      .expect(201);
    const staff = keep('staff session', await login(t.http, 'staff@example.org', staffPassword));

    // A webhook endpoint's signing secret, at creation and at rotation; registrations below are sent to it.
    const webhook = await t.http
      .post('/api/webhooks')
      .auth(admin, bearer)
      .send({
        url: 'https://hooks.invalid/roundtable?key=Receiver-Key-4471',
        eventTypes: ['registration.created'],
      })
      .expect(201);
    keep('webhook secret', webhook.body.secret);
    keep('webhook receiver key', 'Receiver-Key-4471');
    const rotated = await t.http
      .post(`/api/webhooks/${webhook.body.id}/rotate-secret`)
      .auth(admin, bearer)
      .expect(200);
    keep('rotated webhook secret', rotated.body.secret);

    // Failed logins, then the limit: each leaves an audit line.
    keep('wrong password', WRONG_PASSWORD);
    for (let attempt = 0; attempt < 11; attempt++) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ email: organiserEmail, password: WRONG_PASSWORD });
    }

    // A registration, its manage link, the lost-link mail, a materials link.
    const event: Event = await aPublishedEvent(t.http, organiser);
    const registrant = 'registrant@example.org';
    await t.http
      .post(`/api/events/${event.id}/registrations`)
      .send({
        ...aRegistrationInput({ email: registrant }),
        // The bot guard is on with the limits: the form's token, as after a person took a while to fill it in.
        formToken: t.app.get(FormTokens).issue(event.id, Date.now() - 10_000),
      })
      .expect(201);
    const manage = keep('manage token', manageLink((await mailbox.next(registrant, 0)).text).token);
    await t.http.get(`/api/registrations/by-token/${manage}`).expect(200);
    await t.http.patch(`/api/registrations/by-token/${manage}`).send({ position: 'Експерт' }).expect(200);
    await t.http
      .post('/api/registrations/lost-link')
      .send({ email: registrant, eventId: event.id })
      .expect(202);
    keep('lost-link token', manageLink((await mailbox.next(registrant, 1)).text).token);
    const material = (
      await t.http
        .post(`/api/events/${event.id}/materials`)
        .auth(organiser, bearer)
        .field('title', 'За регистрирани')
        .field('visibility', 'registered')
        .attach('file', Buffer.from('%PDF-1.7\n%âãÏÓ\n' + 'x'.repeat(500)), {
          filename: 'доклад.pdf',
          contentType: 'application/octet-stream',
        })
        .expect(201)
    ).body as Material;
    await t.http.get(`/api/materials/${material.id}/download`).query({ token: manage }).expect(200);
    await t.http.get(`/api/events/${event.id}/materials.zip`).query({ token: manage }).expect(200);

    // An invitation and its link.
    const guest = 'guest@example.org';
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email: guest, name: 'Гост', role: 'panelist' })
        .expect(201)
    ).body as Invitation;
    const invitationToken = keep('invitation token', personalLink((await mailbox.next(guest, 0)).text).token);
    await t.http.get(`/api/invitations/by-token/${invitationToken}`).expect(200);
    await t.http
      .post(`/api/invitations/by-token/${invitationToken}/response`)
      .send({ response: 'accepted' })
      .expect(200);

    // A password reset: used once, tried again, then tried until the limit answers.
    await t.http.post('/api/auth/password-reset').send({ email: organiserEmail }).expect(202);
    const resetLink = /\/reset-password\/([A-Za-z0-9_-]{40,})/;
    // The organiser also hears of the guest's answer: wait for the message with the link.
    const messages = await mailbox.waitFor((all) => all.some((m) => resetLink.test(m.text)));
    const reset = keep(
      'reset token',
      resetLink.exec(messages.find((m) => resetLink.test(m.text))?.text ?? '')?.[1] ?? '',
    );
    keep('new password', NEW_PASSWORD);
    await t.http.post(`/api/auth/password-reset/${reset}`).send({ password: NEW_PASSWORD }).expect(204);
    let limited = false;
    for (let attempt = 0; attempt < 12 && !limited; attempt++) {
      const again = await t.http
        .post(`/api/auth/password-reset/${reset}`)
        .set('X-Forwarded-For', '198.51.100.9')
        .send({ password: NEW_PASSWORD });
      limited = again.status === 429;
    }
    expect(limited).toBe(true);

    // Refusals that are audited: staff on an organiser route, a session after it ended.
    await t.http.get(`/api/events/${event.id}/registrations`).auth(staff, bearer).expect(403);
    await t.http.post('/api/auth/logout').auth(admin, bearer).expect(204);
    await t.http.get('/api/auth/me').auth(admin, bearer).expect(401);
    await t.http.get(`/api/events/${event.id}/invitations`).auth(admin, bearer).expect(401);

    // SMTP with credentials, refused by the server: the failure is logged, the password is not.
    keep('SMTP password', SMTP_PASSWORD);
    t.app
      .get(MailTransport)
      .useSmtpUrl(`smtp://mailer%40roundtable.test:${SMTP_PASSWORD}@127.0.0.1:${refusing.port}`);
    // The reset ended the organiser's sessions: a new one.
    const again = keep('second organiser session', await login(t.http, organiserEmail, NEW_PASSWORD));
    await t.http.post(`/api/invitations/${invitation.id}/resend`).auth(again, bearer).expect(200);
    const gaveUp = () => log.lines.some((line) => /gave up on a job/.test(line.text));
    for (let waited = 0; !gaveUp() && waited < 15_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gaveUp()).toBe(true);

    // The capture works: the lines an operator needs are there.
    const text = log.lines.map((line) => `${line.level} ${line.context ?? ''} ${line.text}`);
    expect(text.some((line) => /login\.failed/.test(line))).toBe(true);
    expect(text.some((line) => /request\.limited/.test(line))).toBe(true);
    expect(text.some((line) => /access\.refused/.test(line))).toBe(true);

    const everything = [...text, ...written];
    const leaks: string[] = [];
    for (const [name, secret] of secrets) {
      const forms = [secret, encodeURIComponent(secret), createHash('sha256').update(secret).digest('hex')];
      for (const line of everything) {
        if (forms.some((form) => line.includes(form))) leaks.push(`${name}: ${line}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 90_000);
});
