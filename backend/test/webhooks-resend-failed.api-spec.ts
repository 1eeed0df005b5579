import type {
  WebhookDeliveryList,
  WebhookEndpointWithSecret,
  WebhookResendResult,
} from '@roundtable/contracts';
import type { MailTestApp } from './support/mail-app';
import { aPublishedEvent, aRegistrationFor, bearer } from './support/registrations';
import { eventually } from './support/server-process';
import { ADMIN, login, tokenFor } from './support/test-app';
import { bootAppForWebhooks, WebhookReceiver } from './support/webhook-receiver';

/** After an outage longer than the retries, the admin sends every failed delivery again at once. */
describe('webhooks: every failed delivery of an endpoint sent again', () => {
  let t: MailTestApp;
  let receiver: WebhookReceiver;
  let admin: string;
  let organiser: string;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    // Two attempts: a receiver that keeps failing leaves deliveries `failed` soon.
    t = await bootAppForWebhooks(receiver, 2);
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  const log = async (endpointId: string) =>
    (await t.http.get(`/api/webhooks/${endpointId}/deliveries`).auth(admin, bearer).expect(200))
      .body as WebhookDeliveryList;

  it('sends the failed ones again, with their webhook-ids, and leaves the delivered ones alone', async () => {
    const endpoint = (
      await t.http
        .post('/api/webhooks')
        .auth(admin, bearer)
        .send({ url: receiver.url('/weekend'), eventTypes: ['registration.created'] })
        .expect(201)
    ).body as WebhookEndpointWithSecret;
    const event = await aPublishedEvent(t.http, organiser);
    await aRegistrationFor(t.http, event, 'delivered@ngo.example');
    await eventually(async () => (await log(endpoint.id)).items[0]?.state === 'delivered');

    receiver.answerWith = 503;
    await aRegistrationFor(t.http, event, 'first-failed@ngo.example');
    await aRegistrationFor(t.http, event, 'second-failed@ngo.example');
    await eventually(
      async () => (await log(endpoint.id)).items.filter((d) => d.state === 'failed').length === 2,
    );
    const failedIds = (await log(endpoint.id)).items.filter((d) => d.state === 'failed').map((d) => d.id);
    const before = receiver.received.length;

    receiver.answerWith = 204;
    const answer = await t.http
      .post(`/api/webhooks/${endpoint.id}/deliveries/resend-failed`)
      .auth(admin, bearer)
      .expect(202);
    expect(answer.body as WebhookResendResult).toEqual({ resent: 2 });
    await eventually(async () => (await log(endpoint.id)).items.every((d) => d.state === 'delivered'));

    const again = receiver.verified(endpoint.secret, receiver.received.slice(before));
    expect(again.map((payload) => payload.webhookId).sort()).toEqual([...failedIds].sort());
    // Nothing failed now: a second press sends nothing.
    await t.http
      .post(`/api/webhooks/${endpoint.id}/deliveries/resend-failed`)
      .auth(admin, bearer)
      .expect(202, { resent: 0 });
  });

  it('answers 404 problem+json for an endpoint that does not exist', async () => {
    const response = await t.http
      .post('/api/webhooks/0b7a3c0e-8f1e-4c55-9a51-9c4b0d6f1e21/deliveries/resend-failed')
      .auth(admin, bearer)
      .expect(404);
    expect(response.body).toMatchObject({ code: 'WEBHOOK_NOT_FOUND' });
  });
});
