import type { Event, EventInput, Registration } from '@roundtable/contracts';
import { aRegistrationInput, anEventInput } from './builders';
import type { Http } from './test-app';

export const bearer = { type: 'bearer' as const };

/** A published event, as registrations need one. */
export async function aPublishedEvent(
  http: Http,
  organiser: string,
  overrides: Partial<EventInput> = {},
): Promise<Event> {
  const created = await http
    .post('/api/events')
    .auth(organiser, bearer)
    .send(anEventInput(overrides))
    .expect(201);
  const event = created.body as Event;
  await http.post(`/api/events/${event.id}/publish`).auth(organiser, bearer).expect(200);
  return event;
}

/** A registration through the public form, with the builder's answers and this address. */
export async function aRegistrationFor(http: Http, event: Event, email: string): Promise<Registration> {
  const created = await http
    .post(`/api/events/${event.id}/registrations`)
    .send(aRegistrationInput({ email }))
    .expect(201);
  return created.body as Registration;
}
