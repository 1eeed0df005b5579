import type { Event } from '@roundtable/contracts';
import { anEventInput, aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { tokenFor } from './support/test-app';

describe('publishing, unpublishing and cancelling', () => {
  let t: MailTestApp;
  let organiser: string;
  const auth = { type: 'bearer' as const };

  const published = async (overrides = {}): Promise<Event> => {
    const event = (
      await t.http.post('/api/events').auth(organiser, auth).send(anEventInput(overrides)).expect(201)
    ).body as Event;
    await t.http.post(`/api/events/${event.id}/publish`).auth(organiser, auth).expect(200);
    return event;
  };

  beforeAll(async () => {
    t = await bootAppWithMailbox();
    organiser = await tokenFor(t.http, 'organizer');
  });
  afterAll(() => t.close());

  it('returns an event nobody holds to draft, hidden from the public again', async () => {
    const event = await published();
    const draft = await t.http.post(`/api/events/${event.id}/unpublish`).auth(organiser, auth).expect(200);
    expect(draft.body).toMatchObject({ status: 'draft' });
    await t.http.get(`/api/events/${event.slug}`).expect(404);
  });

  it('refuses to unpublish once someone was invited', async () => {
    const event = await published();
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, auth)
      .send({ email: 'speaker@example.org', name: 'Говорител', role: 'panelist' })
      .expect(201);
    const refused = await t.http.post(`/api/events/${event.id}/unpublish`).auth(organiser, auth).expect(409);
    expect(refused.body).toMatchObject({ code: 'EVENT_IN_USE' });
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses to unpublish once someone registered', async () => {
    const event = await published();
    await t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput()).expect(201);
    const refused = await t.http.post(`/api/events/${event.id}/unpublish`).auth(organiser, auth).expect(409);
    expect(refused.body).toMatchObject({ code: 'EVENT_IN_USE' });
    const still = await t.http.get(`/api/events/${event.id}`).auth(organiser, auth).expect(200);
    expect(still.body).toMatchObject({ status: 'published' });
  });

  it('refuses to cancel an event that is over, and leaves it as it was', async () => {
    const event = await published({ startsAt: '2020-03-02T10:00', endsAt: '2020-03-02T13:00' });
    const refused = await t.http
      .post(`/api/events/${event.id}/cancel`)
      .auth(organiser, auth)
      .send({ reason: 'Късно.' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'EVENT_PAST' });
    const still = await t.http.get(`/api/events/${event.id}`).auth(organiser, auth).expect(200);
    expect(still.body).toMatchObject({ status: 'published' });
  });
});
