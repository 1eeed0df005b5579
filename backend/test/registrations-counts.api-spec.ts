import type { EventCountsById, Registration } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { aRegistrationInput } from './support/builders';
import { aPublishedEvent, bearer } from './support/registrations';
import { bootApp, tokenFor, type TestApp } from './support/test-app';

describe("the dashboard's counts: registrations and invitations of each event by status", () => {
  let t: TestApp;
  let organiser: string;

  beforeAll(async () => {
    t = await bootApp();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  const register = async (eventId: string) =>
    (await t.http.post(`/api/events/${eventId}/registrations`).send(aRegistrationInput()).expect(201))
      .body as Registration;

  it('counts each event on its own, with zeros for events without any, and leaves unknown ids out', async () => {
    const busy = await aPublishedEvent(t.http, organiser, { capacity: 1 });
    const quiet = await aPublishedEvent(t.http, organiser);
    await register(busy.id);
    const second = await register(busy.id);
    await t.http.post(`/api/registrations/${second.id}/reject`).auth(organiser, bearer).expect(200);
    await register(busy.id);
    await t.http
      .post(`/api/events/${busy.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'panel@example.bg', name: 'Панелист', role: 'panelist' })
      .expect(201);

    const counts = (
      await t.http
        .get('/api/registrations/counts')
        .query({ events: [busy.id, quiet.id, randomUUID()].join(',') })
        .auth(organiser, bearer)
        .expect(200)
    ).body as EventCountsById;
    expect(Object.keys(counts).sort()).toEqual([busy.id, quiet.id].sort());
    expect(counts[busy.id].registrations).toEqual({
      pending: 0,
      confirmed: 1,
      waitlisted: 1,
      cancelled: 0,
      rejected: 1,
    });
    expect(counts[busy.id].invitations.pending).toBe(1);
    expect(Object.values(counts[quiet.id].registrations).every((n) => n === 0)).toBe(true);
  });

  it('is for organisers, and refuses a list that is not of ids', async () => {
    await t.http.get('/api/registrations/counts').query({ events: randomUUID() }).expect(401);
    const bad = await t.http
      .get('/api/registrations/counts')
      .query({ events: 'x,y' })
      .auth(organiser, bearer)
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'events' });
  });
});
