import type { Language } from '@roundtable/contracts';
import type { CalendarEventFacts } from '../calendar/ics';
import { formatEventWhen } from '../mail/mail-format';
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
