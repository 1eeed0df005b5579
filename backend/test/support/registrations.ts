import type { Event, EventInput } from '@roundtable/contracts';
import { anEventInput } from './builders';
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
