import type {
  Registration,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from '@roundtable/contracts';
import { WEBHOOK_EVENT_TYPES } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, personalLink, type MailTestApp } from './support/mail-app';
import { manageLink } from './support/registration-mail';
import { aPublishedEvent, bearer } from './support/registrations';
import { eventually } from './support/server-process';
import { bootApp, login, tokenFor, ADMIN, type TestApp } from './support/test-app';
import { WebhookReceiver } from './support/webhook-receiver';

describe('webhooks: signed deliveries to a real HTTPS receiver, retried until it is back', () => {
  let t: MailTestApp;
  let receiver: WebhookReceiver;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    t = await bootAppWithMailbox(
      {},
      { webhooks: { extraCa: receiver.ca, allowPrivateNetworks: true, timeoutMs: 5_000 } },
    );
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
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
    await eventually(async () => {
      const entries = (await log(endpoint.id)).items;
      return entries.length === 4 && entries.every((d) => d.attempts >= 1 && d.state === 'pending');
    });
    const failing = (await log(endpoint.id)).items[0];
    expect(failing.lastStatus).toBeNull();
    expect(failing.lastError).toMatch(/ECONNREFUSED/);
    expect(failing.nextAttemptAt).not.toBeNull();

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
});
