import type {
  Registration,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from '@roundtable/contracts';
import { WEBHOOK_EVENT_TYPES } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { eventually } from './support/server-process';
import { bootApp, login, tokenFor, ADMIN, type TestApp } from './support/test-app';
import { bootAppForWebhooks, WebhookReceiver } from './support/webhook-receiver';
import request from 'supertest';
import { createApp } from '../src/app.factory';

describe('webhooks: signed deliveries to a real HTTPS receiver, retried until it is back', () => {
  let t: MailTestApp;
  let receiver: WebhookReceiver;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    // Enough retries that an outage of a minute never exhausts them.
    t = await bootAppForWebhooks(receiver, 500);
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });
  // A test that failed midway leaves no outage or refusing receiver to the next.
  afterEach(async () => {
    await receiver.up();
    receiver.answerWith = 204;
  });

  const createEndpoint = async (body: object) =>
    (await t.http.post('/api/webhooks').auth(admin, bearer).send(body).expect(201))
      .body as WebhookEndpointWithSecret;
  const register = async (eventId: string, overrides = {}) =>
    (
      await t.http
        .post(`/api/events/${eventId}/registrations`)
        .send(aRegistrationInput(overrides))
        .expect(201)
    ).body as Registration;
  const log = async (endpointId: string) =>
    (await t.http.get(`/api/webhooks/${endpointId}/deliveries`).auth(admin, bearer).expect(200))
      .body as WebhookDeliveryList;
  const fromEndpoint = (path: string) => receiver.received.filter((request) => request.path === path);

  it('shows the secret once, signs every delivery with it, and tells no more than ids, status and sector', async () => {
    const endpoint = await createEndpoint({
      url: receiver.url('/all'),
      description: 'CRM на партньора',
      eventTypes: [...WEBHOOK_EVENT_TYPES],
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const shown = (await t.http.get(`/api/webhooks/${endpoint.id}`).auth(admin, bearer).expect(200))
      .body as WebhookEndpoint;
    expect(shown).not.toHaveProperty('secret');
    const listed = (await t.http.get('/api/webhooks').auth(admin, bearer).expect(200))
      .body as WebhookEndpointList;
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);

    const event = await aPublishedEvent(t.http, organiser);
    const registration = await register(event.id, { email: 'maria@ngo.example', lastName: 'Петрова' });
    await receiver.waitFor(() => fromEndpoint('/all').length >= 2);

    const requests = fromEndpoint('/all');
    const payloads = receiver.verified(endpoint.secret, requests);
    expect(payloads.map((payload) => payload.type).sort()).toEqual([
      'registration.confirmed',
      'registration.created',
    ]);
    expect(payloads[0].data).toEqual({
      registrationId: registration.id,
      eventId: event.id,
      status: 'confirmed',
      sector: registration.sector,
      invitationId: null,
    });
    for (const request of requests) {
      expect(request.body).not.toContain('maria@ngo.example');
      expect(request.body).not.toContain('Петрова');
    }
    // Signed with this endpoint's secret and no other.
    const stranger = await createEndpoint({ url: receiver.url('/other'), eventTypes: ['summary.published'] });
    expect(() => receiver.verified(stranger.secret, requests)).toThrow();

    await eventually(async () => (await log(endpoint.id)).items.every((d) => d.state === 'delivered'));
    const entries = (await log(endpoint.id)).items;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ attempts: 1, lastStatus: 204, lastError: null, nextAttemptAt: null });
  });

  it('a receiver down for a while gets every delivery once it is back, none twice', async () => {
    const endpoint = await createEndpoint({
      url: receiver.url('/outage'),
      eventTypes: ['registration.created', 'registration.cancelled'],
    });
    const event = await aPublishedEvent(t.http, organiser);
    await receiver.down();
    const people = [];
    for (const n of [1, 2, 3]) people.push(await register(event.id, { email: `outage-${n}@ngo.example` }));
    const { token } = manageLink((await t.mailbox.next('outage-1@ngo.example', 0)).text);
    await t.http.delete(`/api/registrations/by-token/${token}`).expect(200);
    // Every delivery has failed at least once while the receiver was away, and waits for its next attempt.
    let waiting: WebhookDelivery | undefined;
    await eventually(async () => {
      const entries = (await log(endpoint.id)).items;
      waiting = entries.find((d) => d.nextAttemptAt !== null);
      return (
        entries.length === 4 && entries.every((d) => d.attempts >= 1 && d.state === 'pending') && !!waiting
      );
    });
    expect(waiting).toMatchObject({ lastStatus: null, lastError: expect.stringMatching(/ECONNREFUSED/) });

    await receiver.up();
    await eventually(async () => (await log(endpoint.id)).items.every((d) => d.state === 'delivered'));
    const arrived = receiver.verified(endpoint.secret, fromEndpoint('/outage'));
    const ids = arrived.map((payload) => payload.webhookId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(arrived.map((p) => `${p.type} ${String(p.data['registrationId'])}`).sort()).toEqual(
      [
        ...people.map((person) => `registration.created ${person.id}`),
        `registration.cancelled ${people[0].id}`,
      ].sort(),
    );
    expect((await log(endpoint.id)).items.every((d) => d.attempts >= 2)).toBe(true);
  });
  it('"send again" repeats a delivery with the same webhook-id, signed with the secret of the moment', async () => {
    const endpoint = await createEndpoint({
      url: receiver.url('/again'),
      eventTypes: ['registration.created'],
    });
    const event = await aPublishedEvent(t.http, organiser);
    await register(event.id);
    await receiver.waitFor(() => fromEndpoint('/again').length === 1);
    await eventually(async () => (await log(endpoint.id)).items[0]?.state === 'delivered');
    const [delivery] = (await log(endpoint.id)).items;

    const rotated = (
      await t.http.post(`/api/webhooks/${endpoint.id}/rotate-secret`).auth(admin, bearer).expect(200)
    ).body as WebhookEndpointWithSecret;
    expect(rotated.secret).not.toBe(endpoint.secret);
    await t.http.post(`/api/webhook-deliveries/${delivery.id}/resend`).auth(admin, bearer).expect(202);
    await receiver.waitFor(() => fromEndpoint('/again').length === 2);

    const [first, second] = fromEndpoint('/again');
    expect(second.id).toBe(first.id);
    expect(second.body).toBe(first.body);
    expect(receiver.verified(rotated.secret, [second])[0].type).toBe('registration.created');
    expect(() => receiver.verified(endpoint.secret, [second])).toThrow();
    await eventually(async () => (await log(endpoint.id)).items[0].attempts === 2);
    expect((await log(endpoint.id)).items[0]).toMatchObject({ state: 'delivered', lastStatus: 204 });
  });

  it('keeps a failed answer in the log, and a paused endpoint gets nothing new', async () => {
    const endpoint = await createEndpoint({
      url: receiver.url('/paused'),
      eventTypes: ['registration.created'],
    });
    const event = await aPublishedEvent(t.http, organiser);
    receiver.answerWith = 500;
    await register(event.id);
    await eventually(async () => (await log(endpoint.id)).items[0]?.lastStatus === 500);
    expect((await log(endpoint.id)).items[0]).toMatchObject({
      state: 'pending',
      lastError: 'the receiver answered 500',
    });
    receiver.answerWith = 204;
    await eventually(async () => (await log(endpoint.id)).items[0].state === 'delivered');

    const paused = await t.http
      .patch(`/api/webhooks/${endpoint.id}`)
      .auth(admin, bearer)
      .send({ active: false })
      .expect(200);
    expect(paused.body).toMatchObject({ active: false, eventTypes: ['registration.created'] });
    await register(event.id);
    expect((await log(endpoint.id)).total).toBe(1);
  });

  it('tells of answered invitations, check-ins and published summaries', async () => {
    const endpoint = await createEndpoint({
      url: receiver.url('/others'),
      eventTypes: ['invitation.answered', 'checkin.created', 'summary.published'],
    });
    const event = await aPublishedEvent(t.http, organiser);
    const invitation = (
      await t.http
        .post(`/api/events/${event.id}/invitations`)
        .auth(organiser, bearer)
        .send({ email: 'panelist@ministry.example', name: 'Иван Иванов', role: 'panelist' })
        .expect(201)
    ).body as { id: string };
    const { token } = personalLink((await t.mailbox.next('panelist@ministry.example', 0)).text);
    await t.http
      .post(`/api/invitations/by-token/${token}/response`)
      .send({ response: 'accepted', comment: 'Ще дойда.' })
      .expect(200);
    const person = await register(event.id);
    await t.http
      .post(`/api/registrations/${person.id}/check-in`)
      .auth(organiser, bearer)
      .send({})
      .expect(200);
    // Checked in twice: told once.
    await t.http
      .post(`/api/registrations/${person.id}/check-in`)
      .auth(organiser, bearer)
      .send({})
      .expect(200);
    await t.http
      .put(`/api/events/${event.id}/summary`)
      .auth(organiser, bearer)
      .send({ body: 'Обобщение.', keyPoints: [], recommendations: [] })
      .expect(200);
    await t.http.post(`/api/events/${event.id}/summary/publish`).auth(organiser, bearer).send().expect(200);

    await receiver.waitFor(() => fromEndpoint('/others').length >= 3);
    const payloads = receiver.verified(endpoint.secret, fromEndpoint('/others'));
    expect(payloads.map((p) => p.type).sort()).toEqual([
      'checkin.created',
      'invitation.answered',
      'summary.published',
    ]);
    const byType = Object.fromEntries(payloads.map((p) => [p.type, p.data]));
    expect(byType['invitation.answered']).toMatchObject({
      invitationId: invitation.id,
      eventId: event.id,
      role: 'panelist',
      status: 'accepted',
    });
    expect(byType['checkin.created']).toMatchObject({ registrationId: person.id, walkIn: false });
    expect(byType['summary.published']).toMatchObject({
      eventId: event.id,
      url: `http://roundtable.test/events/${event.slug}/summary`,
    });
    expect(JSON.stringify(payloads)).not.toContain('Ще дойда');
  });

  it('two instances on one database send each delivery once', async () => {
    const second = await createApp({ ...t.config }, { logger: false });
    try {
      const endpoint = await createEndpoint({
        url: receiver.url('/pair'),
        eventTypes: ['registration.created'],
      });
      const event = await aPublishedEvent(t.http, organiser, { capacity: 100 });
      const other = request(second.getHttpServer());
      const people = await Promise.all(
        Array.from({ length: 16 }, (_, n) =>
          (n % 2 ? other : t.http)
            .post(`/api/events/${event.id}/registrations`)
            .send(aRegistrationInput({ email: `pair-${n}@ngo.example` }))
            .expect(201)
            .then((response) => (response.body as Registration).id),
        ),
      );
      await receiver.waitFor(() => fromEndpoint('/pair').length >= people.length);
      // Every job finished: no attempt is still on its way that could arrive twice.
      await eventually(async () => {
        const open = await t.dataSource.query(
          `SELECT COUNT(*) AS n FROM jobs WHERE kind = 'webhook-delivery' AND status <> 'done'
           AND subjectId IN (SELECT id FROM webhook_deliveries WHERE endpointId = ?)`,
          [endpoint.id],
        );
        return Number(open[0].n) === 0;
      });
      const arrived = receiver.verified(endpoint.secret, fromEndpoint('/pair'));
      expect(arrived).toHaveLength(people.length);
      expect(new Set(arrived.map((payload) => payload.webhookId)).size).toBe(people.length);
      expect(arrived.map((payload) => String(payload.data['registrationId'])).sort()).toEqual(people.sort());
    } finally {
      await second.close();
    }
  });

  it('refuses what is not an https URL or a known type, with problem+json, storing nothing', async () => {
    const before = (
      (await t.http.get('/api/webhooks').auth(admin, bearer).expect(200)).body as WebhookEndpointList
    ).total;
    const refused = async (body: object, field: string, rule: string) => {
      const response = await t.http.post('/api/webhooks').auth(admin, bearer).send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
    };
    await refused(
      { url: 'http://partner.example.org/hooks', eventTypes: ['checkin.created'] },
      'url',
      'isWebhookUrl',
    );
    await refused(
      { url: 'https://u:p@partner.example.org/', eventTypes: ['checkin.created'] },
      'url',
      'isWebhookUrl',
    );
    await refused(
      { url: 'https://partner.example.org/', eventTypes: ['registration.deleted'] },
      'eventTypes',
      'isIn',
    );
    await refused({ url: 'https://partner.example.org/', eventTypes: [] }, 'eventTypes', 'arrayNotEmpty');
    await t.http
      .post('/api/webhooks')
      .auth(organiser, bearer)
      .send({ url: 'https://partner.example.org/', eventTypes: ['checkin.created'] })
      .expect(403);
    const after = (
      (await t.http.get('/api/webhooks').auth(admin, bearer).expect(200)).body as WebhookEndpointList
    ).total;
    expect(after).toBe(before);
  });
});

describe('webhooks without WEBHOOK_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await bootApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(() => t.close());

  it('refuses loopback, private and metadata addresses, storing nothing', async () => {
    for (const url of [
      'https://127.0.0.1:8443/hooks',
      'https://localhost/hooks',
      'https://[::1]/hooks',
      'https://10.0.0.7/hooks',
      'https://169.254.169.254/latest/meta-data',
    ]) {
      const response = await t.http
        .post('/api/webhooks')
        .auth(admin, bearer)
        .send({ url, eventTypes: ['registration.created'] })
        .expect(400);
      expect({ url, errors: response.body.errors }).toEqual({
        url,
        errors: [expect.objectContaining({ field: 'url', rule: 'privateAddress' })],
      });
    }
    expect((await t.http.get('/api/webhooks').auth(admin, bearer).expect(200)).body).toEqual({
      items: [],
      total: 0,
    });
  });
});
