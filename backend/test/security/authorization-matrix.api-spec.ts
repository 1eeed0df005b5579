import type { Event, Invitation, Registration } from '@roundtable/contracts';
import { randomBytes } from 'node:crypto';
import { PRIORITY_THEMES } from '../../src/themes/priority-themes';
import { aRegistrationInput, anEventInput } from '../support/builders';
import { assignStaff } from '../support/checkin';
import { bootAppWithMailbox, personalLink, type MailTestApp } from '../support/mail-app';
import { manageLink } from '../support/registration-mail';
import { aPublishedEvent, bearer } from '../support/registrations';
import { ADMIN, PASSWORD, createUser, login } from '../support/test-app';

/*
 * Every operation of the OpenAPI document, called by five callers on real objects of event A (decisions 0009,
 * 0017): nobody, staff assigned to A, staff assigned to B only, an organiser (organisers are one team) and the
 * admin. The table says what each must get; a route missing from it fails the spec. Mutating routes get an empty
 * body (400 for whoever may call them) or a throw-away object of their own, so one caller's success never
 * changes what the next one sees. Statuses are exact: a 404 for an object that does not exist cannot pass for
 * a refusal, since every id below is real.
 */
type Caller = 'anonymous' | 'staffA' | 'staffB' | 'organiser' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'staffB', 'staffA', 'organiser', 'admin'];
type Expected = Record<Caller, number>;
/** The ids a call is made with; `fresh` builds throw-away ones for a call that would change them. */
type Ids = Record<'event' | 'registration' | 'regToken' | 'invitation' | 'invToken' | 'material', string> &
  Record<'contact' | 'import' | 'user', string>;

const row = (anonymous: number, staffA: number, staffB: number, organiser: number, admin = organiser) => ({
  anonymous,
  staffA,
  staffB,
  organiser,
  admin,
});
/** Anyone, with or without an account. */
const anyone = (status: number) => row(status, status, status, status);
/** Organisers and admins only: 401 without a token, 403 for staff. */
const organisers = (status: number) => row(401, 403, 403, status);
/** The door (0017): staff at their own event, organisers, admins. */
const door = (status: number) => row(401, status, 403, status);
const adminOnly = (status: number) => row(401, 403, 403, 403, status);
/** Organisers and admins see it; to anyone else it does not exist. */
const organisers404 = (status: number) => row(404, 404, 404, status);
const WALK_IN = { firstName: 'Иван', lastName: 'Иванов', organization: 'НПО', sector: 'ngo' };

interface Row {
  expected: Expected;
  /** Throw-away objects for this call, built fresh before each caller's call. */
  fresh?: (ids: Ids) => Promise<Partial<Ids>>;
  body?: object;
}

const MATRIX: Record<string, Row> = {
  'GET /api/health': { expected: anyone(200) },
  'GET /api/health/live': { expected: anyone(200) },
  'GET /api/health/ready': { expected: anyone(200) },
  // Prometheus has a token of its own (METRICS_TOKEN): no session opens the metrics, not even the admin's.
  'GET /api/metrics': { expected: anyone(401) },
  'POST /api/auth/login': { expected: anyone(400) },
  'POST /api/auth/password-reset': { expected: anyone(400) },
  'POST /api/auth/password-reset/{token}': { expected: anyone(400) },
  'GET /api/auth/me': { expected: row(401, 200, 200, 200) },
  'POST /api/auth/logout': { expected: row(401, 204, 204, 204) },
  'GET /api/staff': { expected: organisers(200) },
  'GET /api/events/{id}/staff': { expected: organisers(200) },
  'PUT /api/events/{id}/staff': { expected: organisers(400) },
  'GET /api/organisation': { expected: adminOnly(200) },
  'PUT /api/organisation': { expected: adminOnly(400) },
  'POST /api/organisation/logo': { expected: adminOnly(400) },
  'GET /api/organisation/logo': { expected: anyone(404) },
  'GET /api/organisation/public': { expected: anyone(200) },
  'POST /api/events': { expected: organisers(400) },
  'GET /api/events': { expected: anyone(200) },
  'GET /api/events/{idOrSlug}': { expected: row(200, 200, 404, 200) },
  'PATCH /api/events/{id}': { expected: organisers(200) },
  'POST /api/events/{id}/publish': {
    expected: organisers(200),
    fresh: async () => ({ event: await draft() }),
  },
  'POST /api/events/{id}/unpublish': {
    expected: organisers(200),
    fresh: async () => ({ event: (await aPublishedEvent(t.http, organiser)).id }),
  },
  'GET /api/events/{id}/calendar-holders/count': { expected: organisers(200) },
  'POST /api/events/{id}/cancel': {
    expected: organisers(200),
    fresh: async () => ({ event: await draft() }),
  },
  'PUT /api/events/{id}/agenda': { expected: organisers(400) },
  'GET /api/events/{id}/stats': { expected: door(200) },
  'GET /api/events/{idOrSlug}/calendar.ics': { expected: anyone(200) },
  'GET /api/calendar.ics': { expected: anyone(200) },
  'POST /api/events/{id}/invitations': { expected: organisers(400) },
  'GET /api/events/{id}/invitations': { expected: organisers(200) },
  'POST /api/events/{id}/invitations/bulk': { expected: organisers(400) },
  'POST /api/invitations/{id}/resend': { expected: organisers(200) },
  'POST /api/invitations/{id}/remind': { expected: organisers(200) },
  'POST /api/invitations/{id}/revoke': {
    expected: organisers(200),
    fresh: async (ids) => ({ invitation: (await invite(ids.event)).id }),
  },
  'GET /api/events/{idOrSlug}/speakers': { expected: row(200, 200, 404, 200) },
  'GET /api/invitations/by-token/{token}': { expected: anyone(200) },
  'POST /api/invitations/by-token/{token}/response': { expected: anyone(400) },
  'PUT /api/invitations/by-token/{token}/profile': { expected: anyone(400) },
  // Only a guest who accepted may send a photo.
  'POST /api/invitations/by-token/{token}/photo': { expected: anyone(409) },
  'GET /api/invitations/{id}/photo': { expected: anyone(404) },
  'POST /api/events/{id}/registrations': { expected: anyone(400) },
  'GET /api/events/{id}/registrations': { expected: organisers(200) },
  'POST /api/registrations/{id}/approve': { expected: organisers(409) },
  'POST /api/registrations/{id}/reject': {
    expected: organisers(200),
    fresh: async (ids) => ({ registration: (await register(ids.event)).id }),
  },
  'GET /api/events/{id}/registration-form': { expected: anyone(200) },
  'GET /api/registrations/counts': { expected: organisers(400) },
  'GET /api/events/{id}/registrations.csv': { expected: organisers(200) },
  'POST /api/events/{id}/registrations/{action}': { expected: organisers(400) },
  'POST /api/registrations/{id}/confirm': { expected: organisers(409) },
  'GET /api/registrations/by-token/{token}': { expected: anyone(200) },
  'PATCH /api/registrations/by-token/{token}': { expected: anyone(200) },
  'DELETE /api/registrations/by-token/{token}': {
    expected: anyone(200),
    fresh: async (ids) => ({ regToken: (await register(ids.event)).token }),
  },
  'POST /api/registrations/by-token/{token}/anonymise': {
    expected: anyone(200),
    fresh: async (ids) => ({ regToken: (await register(ids.event)).token }),
  },
  'GET /api/registrations/by-token/{token}/qr.png': { expected: anyone(200) },
  'POST /api/registrations/lost-link': { expected: anyone(400) },
  'GET /api/contacts': { expected: organisers(200) },
  'POST /api/contacts': { expected: organisers(400) },
  'POST /api/contacts/imports': { expected: organisers(400) },
  'GET /api/contacts/imports/{id}': { expected: organisers(200) },
  'POST /api/contacts/invitations': { expected: organisers(400) },
  'PATCH /api/contacts/{id}': { expected: organisers(200) },
  'DELETE /api/contacts/{id}': {
    expected: organisers(204),
    fresh: async () => ({ contact: await aContact() }),
  },
  'GET /api/events/{id}/attendance-sheet.pdf': { expected: organisers(200) },
  'GET /api/events/{id}/badges.pdf': { expected: organisers(200) },
  'GET /api/events/{id}/agenda.pdf': { expected: row(200, 200, 404, 200) },
  'GET /api/events/{id}/check-in/people': { expected: door(200) },
  'POST /api/registrations/{id}/check-in': { expected: door(200) },
  'DELETE /api/registrations/{id}/check-in': { expected: door(200) },
  // A valid walk-in: the body is checked before the door, so an empty one would not show staff B refused.
  'POST /api/events/{id}/walk-ins': { expected: door(201), body: WALK_IN },
  'POST /api/events/{id}/pack': { expected: organisers(202) },
  'GET /api/events/{id}/pack': { expected: organisers(200) },
  // On an event of its own whose pack was never asked for (404: no pack), not racing A's pack being built.
  'GET /api/events/{id}/pack.zip': {
    expected: organisers(404),
    fresh: async () => ({ event: await draft() }),
  },
  // Not published: organisers see the draft, everyone else nothing.
  'GET /api/events/{id}/summary': { expected: organisers404(200) },
  'PUT /api/events/{id}/summary': { expected: organisers(400) },
  'POST /api/events/{id}/summary/preview': { expected: organisers(400) },
  'POST /api/events/{id}/summary/publish': { expected: organisers(404) },
  'GET /api/events/{id}/summary.pdf': { expected: organisers404(200) },
  'GET /api/events/{id}/statistics.csv': { expected: organisers(200) },
  'POST /api/events/{id}/materials': { expected: organisers(400) },
  // Staff of another event see what the public sees: the public files of a published event (0021).
  'GET /api/events/{id}/materials': { expected: anyone(200) },
  'GET /api/events/{id}/materials.zip': { expected: anyone(200) },
  'GET /api/materials/{id}/download': { expected: anyone(200) },
  'PATCH /api/materials/{id}': { expected: organisers(200) },
  'DELETE /api/materials/{id}': {
    expected: organisers(204),
    fresh: async (ids) => ({ material: await aMaterial(ids.event) }),
  },
  // Series (decision 0034): the event's id stands for the series' in the path, built once by a duplicate.
  'POST /api/events/{id}/duplicate': { expected: organisers(400) },
  'GET /api/series/{id}': {
    expected: organisers(200),
    fresh: async (ids) => ({ event: await aSeries(ids.event) }),
  },
  // Invitation A was sent, so it is no draft: 409 for whoever may send.
  'POST /api/invitations/{id}/send': { expected: organisers(409) },
  'POST /api/events/{id}/invitations/send-drafts': { expected: organisers(200) },
  'GET /api/users': { expected: adminOnly(200) },
  'POST /api/users': { expected: adminOnly(400) },
  'PATCH /api/users/{id}': { expected: adminOnly(200) },
  // Themes (0033): the list and a theme's page are public; the admin keeps the list.
  'GET /api/themes': { expected: anyone(200) },
  'POST /api/themes': { expected: adminOnly(400) },
  'PUT /api/themes/order': { expected: adminOnly(400) },
  'PATCH /api/themes/{id}': { expected: adminOnly(200) },
  'GET /api/themes/{slug}/page': { expected: anyone(200) },
  'GET /api/recommendations': { expected: organisers(200) },
  'GET /api/recommendations/owners': { expected: organisers(200) },
  'GET /api/recommendations.csv': { expected: organisers(200) },
  'POST /api/recommendations/{id}/status': { expected: organisers(400) },
  'POST /api/recommendations/{id}/follow-ups': { expected: organisers(400) },
  // Webhooks are the admin's (decision 0035). `{id}` is a paused throw-away endpoint made for each call.
  'GET /api/webhooks': { expected: adminOnly(200) },
  'POST /api/webhooks': { expected: adminOnly(400) },
  'GET /api/webhooks/{id}': { expected: adminOnly(200), fresh: async () => ({ event: await aWebhook() }) },
  'PATCH /api/webhooks/{id}': { expected: adminOnly(200), fresh: async () => ({ event: await aWebhook() }) },
  'DELETE /api/webhooks/{id}': { expected: adminOnly(204), fresh: async () => ({ event: await aWebhook() }) },
  'POST /api/webhooks/{id}/rotate-secret': {
    expected: adminOnly(200),
    fresh: async () => ({ event: await aWebhook() }),
  },
  'GET /api/webhooks/{id}/deliveries': {
    expected: adminOnly(200),
    fresh: async () => ({ event: await aWebhook() }),
  },
  'POST /api/webhooks/{id}/deliveries/resend-failed': {
    expected: adminOnly(202),
    fresh: async () => ({ event: await aWebhook() }),
  },
  // No delivery exists here (every endpoint is paused): the admin passes the guard to a 404.
  'POST /api/webhook-deliveries/{id}/resend': { expected: adminOnly(404) },
  'GET /api/audit': { expected: adminOnly(200) },
  'GET /api/events/{id}/audit': { expected: organisers(200) },
};

let t: MailTestApp;
let organiser: string;
let mails = 0;

const draft = async (): Promise<string> =>
  (await t.http.post('/api/events').auth(organiser, bearer).send(anEventInput()).expect(201)).body.id;

async function register(eventId: string): Promise<{ id: string; token: string }> {
  const email = `person-${++mails}@example.org`;
  const registration = (
    await t.http.post(`/api/events/${eventId}/registrations`).send(aRegistrationInput({ email })).expect(201)
  ).body as Registration;
  return { id: registration.id, token: manageLink((await t.mailbox.next(email, 0)).text).token };
}

async function invite(eventId: string): Promise<{ id: string; token: string }> {
  const email = `guest-${++mails}@example.org`;
  const invitation = (
    await t.http
      .post(`/api/events/${eventId}/invitations`)
      .auth(organiser, bearer)
      .send({ email, name: 'Гост Гостов', role: 'panelist' })
      .expect(201)
  ).body as Invitation;
  return { id: invitation.id, token: personalLink((await t.mailbox.next(email, 0)).text).token };
}

let seriesId: string | undefined;
const aSeries = async (eventId: string): Promise<string> =>
  (seriesId ??= (
    await t.http
      .post(`/api/events/${eventId}/duplicate`)
      .auth(organiser, bearer)
      .send({ startsAt: '2031-12-03T10:00' })
      .expect(201)
  ).body.seriesId as string);

const aContact = async (): Promise<string> =>
  (
    await t.http
      .post('/api/contacts')
      .auth(organiser, bearer)
      .send({ email: `contact-${++mails}@example.org`, firstName: 'Мария', lastName: 'Петрова' })
      .expect(201)
  ).body.id;

const aWebhook = async (): Promise<string> =>
  (
    await t.http
      .post('/api/webhooks')
      .auth(await login(t.http, ADMIN.email, ADMIN.password), bearer)
      .send({ url: 'https://hooks.example.org/roundtable', eventTypes: ['checkin.created'], active: false })
      .expect(201)
  ).body.id;

const aMaterial = async (eventId: string): Promise<string> =>
  (
    await t.http
      .post(`/api/events/${eventId}/materials`)
      .auth(organiser, bearer)
      .field('title', 'Програма')
      .field('visibility', 'public')
      .attach('file', Buffer.from('%PDF-1.7\n%âãÏÓ\n' + 'x'.repeat(2000)), {
        filename: 'programa.pdf',
        contentType: 'application/octet-stream',
      })
      .expect(201)
  ).body.id;

describe('authorisation matrix: every OpenAPI operation, five callers, the status each must get', () => {
  const accounts: Record<Exclude<Caller, 'anonymous'>, string> = {
    staffA: 'staff-a@example.org',
    staffB: 'staff-b@example.org',
    organiser: 'organiser@example.org',
    admin: ADMIN.email,
  };
  let tokens: Record<Caller, string | null>;
  let ids: Ids;
  let operations: string[];

  beforeAll(async () => {
    t = await bootAppWithMailbox({}, { metricsToken: randomBytes(24).toString('base64url') });
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    const staffA = await createUser(t.http, admin, 'staff', accounts.staffA);
    const staffB = await createUser(t.http, admin, 'staff', accounts.staffB);
    const spare = await createUser(t.http, admin, 'organizer', 'spare@example.org');
    await createUser(t.http, admin, 'organizer', accounts.organiser);
    organiser = await login(t.http, accounts.organiser, PASSWORD);
    tokens = {
      anonymous: null,
      staffA: await login(t.http, accounts.staffA, PASSWORD),
      staffB: await login(t.http, accounts.staffB, PASSWORD),
      organiser,
      admin,
    };
    const eventA = (await aPublishedEvent(t.http, organiser)) as Event;
    const eventB = (await aPublishedEvent(t.http, organiser)) as Event;
    await assignStaff(t.http, organiser, eventA.id, [staffA.id]);
    await assignStaff(t.http, organiser, eventB.id, [staffB.id]);
    const registration = await register(eventA.id);
    const invitation = await invite(eventA.id);
    const contactImport = await t.http
      .post('/api/contacts/imports')
      .auth(organiser, bearer)
      .set('Content-Type', 'text/csv')
      .send('email,firstName,lastName\nimported@example.org,Иван,Иванов\n')
      .expect(202);
    ids = {
      event: eventA.id,
      registration: registration.id,
      regToken: registration.token,
      invitation: invitation.id,
      invToken: invitation.token,
      material: await aMaterial(eventA.id),
      contact: await aContact(),
      import: contactImport.body.id,
      user: spare.id,
    };
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, object>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
  }, 60_000);
  afterAll(() => t.close());

  const url = (path: string, ids: Ids) =>
    path
      .replace(/^\/api\/registrations\/by-token\/\{token\}/, `/api/registrations/by-token/${ids.regToken}`)
      .replace(/^\/api\/invitations\/by-token\/\{token\}/, `/api/invitations/by-token/${ids.invToken}`)
      .replace('{token}', randomBytes(32).toString('base64url'))
      .replace(/^\/api\/registrations\/\{id\}/, `/api/registrations/${ids.registration}`)
      .replace(/^\/api\/invitations\/\{id\}/, `/api/invitations/${ids.invitation}`)
      .replace(/^\/api\/materials\/\{id\}/, `/api/materials/${ids.material}`)
      .replace(/^\/api\/contacts\/imports\/\{id\}/, `/api/contacts/imports/${ids.import}`)
      .replace(/^\/api\/contacts\/\{id\}/, `/api/contacts/${ids.contact}`)
      .replace(/^\/api\/users\/\{id\}/, `/api/users/${ids.user}`)
      .replace(/^\/api\/themes\/\{id\}/, `/api/themes/${PRIORITY_THEMES.childPoverty}`)
      .replace('{slug}', 'child-poverty')
      .replace(/\{id\}|\{idOrSlug\}/, ids.event)
      .replace('{action}', 'approve');

  it('has a row for every operation of the OpenAPI document, and none for a route that is gone', () => {
    expect([...operations].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers each caller as the table says', async () => {
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const operation of operations) {
      const [method, path] = operation.split(' ');
      const entry = MATRIX[operation];
      if (!entry) continue;
      for (const caller of CALLERS) {
        const callIds = entry.fresh ? { ...ids, ...(await entry.fresh(ids)) } : ids;
        // Logging out ends the session: each caller logs out a session of its own.
        let token = tokens[caller];
        if (token && operation === 'POST /api/auth/logout') {
          const email = accounts[caller as Exclude<Caller, 'anonymous'>];
          token = await login(t.http, email, email === ADMIN.email ? ADMIN.password : PASSWORD);
        }
        const request = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](
          url(path, callIds),
        );
        const response = await (token ? request.auth(token, bearer) : request).send(entry.body ?? {});
        seen.push(`${operation} ${caller} ${response.status}`);
        wanted.push(`${operation} ${caller} ${entry.expected[caller]}`);
        if (response.status === 401 || response.status === 403) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect({ operation, caller, code: response.body.code }).toEqual({
            operation,
            caller,
            code: response.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
        }
      }
    }
    expect(seen).toEqual(wanted);
    // About 430 calls one after another: 20 s on a busy machine of two cores.
  }, 120_000);
});
