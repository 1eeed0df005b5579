import type { Language } from '@roundtable/contracts';
import type { CalendarEventFacts } from '../calendar/ics';
import { formatEventWhen } from '../mail/mail-format';
import type { PreviousFacts } from './calendar-changes';
import type { EventEntity } from './event.entity';

export function calendarEventFacts(event: EventEntity): CalendarEventFacts {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timezone: event.timezone,
    venue: event.venue,
    onlineUrl: event.onlineUrl,
    sequence: event.sequence,
    status: event.status,
  };
}

/** What every message about an event shows: in the recipient's language, times in the event's zone. */
export function eventMailData(event: EventEntity, language: Language, publicUrl: string) {
  return {
    title: event.title,
    when: formatEventWhen(event.startsAt, event.endsAt, event.timezone, language),
    venueName: event.venue.name,
    venueAddress: event.venue.address,
    venueCity: event.venue.city,
    onlineUrl: event.onlineUrl,
    eventUrl: `${publicUrl}/events/${event.slug}?lang=${language}`,
    cancellationReason: event.cancellationReason,
  };
}

export interface WasAndNow {
  was: string;
  now: string;
}

/** What moved, as „Беше“ / „Сега“ lines: null for what did not change, or when the previous facts are unknown. */
export function describeChanges(
  previous: PreviousFacts | undefined,
  event: EventEntity,
  language: Language,
): { when: WasAndNow | null; place: WasAndNow | null } {
  if (!previous) return { when: null, place: null };
  const was = formatEventWhen(
    new Date(previous.startsAt),
    new Date(previous.endsAt),
    previous.timezone,
    language,
  );
  const now = formatEventWhen(event.startsAt, event.endsAt, event.timezone, language);
  const place = (venue: EventEntity['venue'], online: string | null) =>
    [venue.name, venue.address, venue.city, online].filter(Boolean).join(', ');
  const placeWas = place(previous.venue, previous.onlineUrl);
  const placeNow = place(event.venue, event.onlineUrl);
  return {
    when: was === now ? null : { was, now },
    place: placeWas === placeNow ? null : { was: placeWas, now: placeNow },
  };
}
