import type { Event } from '@roundtable/contracts';
import { aRegistrationInput } from './support/builders';
import { bootAppWithMailbox, type MailTestApp } from './support/mail-app';
import { aPublishedEvent, bearer } from './support/registrations';
import { tokenFor } from './support/test-app';

describe('seats left on the public event', () => {
  let t: MailTestApp;
  beforeAll(async () => (t = await bootAppWithMailbox()));
  afterAll(() => t.close());

  it('counts down by confirmed registrations and seats held by guest invitations, and stops at 0', async () => {
    const organiser = await tokenFor(t.http, 'organizer');
    const event = await aPublishedEvent(t.http, organiser, { capacity: 3 });
    const seatsLeft = async () => {
      const answer = await t.http.get(`/api/events/${event.slug}`).expect(200);
      return (answer.body as Event).seatsLeft;
    };
    const register = async () =>
      (await t.http.post(`/api/events/${event.id}/registrations`).send(aRegistrationInput()).expect(201)).body
        .status as string;

    expect(await seatsLeft()).toBe(3);
    await t.http
      .post(`/api/events/${event.id}/invitations`)
      .auth(organiser, bearer)
      .send({ email: 'guest@example.bg', name: 'Гост', role: 'guest', sector: 'health' })
      .expect(201);
    expect(await seatsLeft()).toBe(2);

    expect(await register()).toBe('confirmed');
    expect(await register()).toBe('confirmed');
    expect(await seatsLeft()).toBe(0);
    expect(await register()).toBe('waitlisted');
    expect(await seatsLeft()).toBe(0);

    // The list does not count seats for every event on the page; only the one event says it.
    const list = await t.http.get('/api/events?when=upcoming').expect(200);
    const listed = (list.body.items as Event[]).find((item) => item.id === event.id);
    expect(listed).toBeDefined();
    expect(listed?.seatsLeft).toBeUndefined();
  });
});
