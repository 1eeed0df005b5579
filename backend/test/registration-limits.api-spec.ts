import type { INestApplication } from '@nestjs/common';
import type { Event, Problem } from '@roundtable/contracts';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { FormTokens } from '../src/registrations/form-tokens';
import {
  REGISTRATIONS_PER_CLIENT,
  REGISTRATIONS_PER_EVENT,
} from '../src/registrations/public-registration.guard';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type Http, type TestApp } from './support/test-app';

describe('rate limits and the bot guard on public registration, shared by every instance', () => {
  let first: TestApp;
  let second: { app: INestApplication; http: Http };
  let organiser: string;

  beforeAll(async () => {
    // The test client connects over loopback, standing in for the reverse proxy that names each client.
    first = await bootApp({
      rateLimits: true,
      trustProxy: ['loopback'],
      formSecret: 'a-secret-every-instance-shares-0123456789',
    });
    second = { app: await createApp(first.config, { logger: false }), http: request('') };
    second.http = request(second.app.getHttpServer());
    organiser = await tokenFor(first.http, 'organizer');
  });
  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  /** A token as the form holds it after a person spent a while filling it in. */
  const filledToken = (event: Event) => first.app.get(FormTokens).issue(event.id, Date.now() - 10_000);
  const post = (http: Http, event: Event, client: string, body: object) =>
    http.post(`/api/events/${event.id}/registrations`).set('X-Forwarded-For', client).send(body);
  const total = async (event: Event) =>
    (await first.http.get(`/api/events/${event.id}/registrations`).auth(organiser, bearer).expect(200)).body
      .total as number;

  it('refuses a form without its token, sent at once, or with the honeypot filled; takes a person', async () => {
    const event = await aPublishedEvent(first.http, organiser);
    const form = await first.http.get(`/api/events/${event.id}/registration-form`).expect(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toMatchObject({ minFillSeconds: 3, honeypotField: 'website' });

    const refused = [
      await post(first.http, event, '203.0.113.1', aRegistrationInput()),
      await post(second.http, event, '203.0.113.1', {
        ...aRegistrationInput(),
        formToken: form.body.formToken,
      }),
      await post(first.http, event, '203.0.113.1', {
        ...aRegistrationInput(),
        formToken: filledToken(event),
        website: 'http://spam.example',
      }),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((answer.body as Problem).code).toBe('FORM_CHECK_FAILED');
    }
    expect(await total(event)).toBe(0);

    // Signed by one instance, checked by the other; the guard's fields are not the registration's.
    const person = await post(second.http, event, '203.0.113.1', {
      ...aRegistrationInput(),
      formToken: filledToken(event),
      website: '',
    }).expect(201);
    expect(person.body.status).toBe('confirmed');
  });

  it('limits one client, across instances, and not the next', async () => {
    const event = await aPublishedEvent(first.http, organiser);
    const client = '198.51.100.7';
    const answers = [];
    for (let index = 0; index <= REGISTRATIONS_PER_CLIENT.limit; index++) {
      const http = index % 2 ? second.http : first.http;
      answers.push(
        await post(http, event, client, { ...aRegistrationInput(), formToken: filledToken(event) }),
      );
    }
    expect(answers.slice(0, -1).map((answer) => answer.status)).toEqual(
      Array(REGISTRATIONS_PER_CLIENT.limit).fill(201),
    );
    const limited = answers[answers.length - 1];
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((limited.body as Problem).code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
    expect(await total(event)).toBe(REGISTRATIONS_PER_CLIENT.limit);

    await post(first.http, event, '198.51.100.8', {
      ...aRegistrationInput(),
      formToken: filledToken(event),
    }).expect(201);
  });

  it('limits one event however many clients share the rush', async () => {
    const event = await aPublishedEvent(first.http, organiser);
    // Refused by the bot guard, yet counted: the rush is spent by attempts, not by registrations.
    const attempts = await Promise.all(
      Array.from({ length: REGISTRATIONS_PER_EVENT.limit }, (_, index) =>
        post(index % 2 ? second.http : first.http, event, `10.1.${index >> 8}.${index & 255}`, {}),
      ),
    );
    expect(new Set(attempts.map((answer) => answer.status))).toEqual(new Set([400]));
    const late = await post(first.http, event, '192.0.2.99', {
      ...aRegistrationInput(),
      formToken: filledToken(event),
    });
    expect(late.status).toBe(429);
    expect(Number(late.headers['retry-after'])).toBeGreaterThan(0);
    // Another event's rush is its own.
    const other = await aPublishedEvent(first.http, organiser);
    await post(first.http, other, '192.0.2.99', {
      ...aRegistrationInput(),
      formToken: filledToken(other),
    }).expect(201);
  });
});
