import type { Theme } from '@roundtable/contracts';
import { addToCalendarLinks } from '../calendar/calendar-links';
import type { AgendaItemEntity } from './agenda-item.entity';
import { calendarEventFacts } from './event-mail-data';
import type { AgendaItemDto, EventDto } from './dto/event.dto';
import type { EventEntity } from './event.entity';
import { formatEventTime, formatOptionalEventTime } from './event-time';

export function toAgendaItem(item: AgendaItemEntity, zone: string): AgendaItemDto {
  return {
    id: item.id,
    position: item.position,
    title: item.title,
    description: item.description,
    startsAt: formatEventTime(item.startsAt, zone),
    endsAt: formatEventTime(item.endsAt, zone),
    kind: item.kind,
    speakerIds: item.speakerIds,
  };
}

export function toEvent(
  event: EventEntity,
  agenda: AgendaItemEntity[],
  publicUrl: string,
  themes: Theme[] = [],
): EventDto {
  const zone = event.timezone;
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    description: event.description,
    startsAt: formatEventTime(event.startsAt, zone),
    endsAt: formatEventTime(event.endsAt, zone),
    timezone: zone,
    language: event.language,
    venue: { name: event.venue.name, address: event.venue.address, city: event.venue.city },
    onlineUrl: event.onlineUrl,
    capacity: event.capacity,
    registrationMode: event.registrationMode,
    registrationOpensAt: formatOptionalEventTime(event.registrationOpensAt, zone),
    registrationClosesAt: formatOptionalEventTime(event.registrationClosesAt, zone),
    sectorQuotas: event.sectorQuotas,
    partners: event.partners,
    themes,
    status: event.status,
    sequence: event.sequence,
    cancellationReason: event.cancellationReason,
    publishedAt: event.publishedAt?.toISOString() ?? null,
    calendarLinks: {
      ...addToCalendarLinks(calendarEventFacts(event), `${publicUrl}/events/${event.slug}`),
      ics: `${publicUrl}/api/events/${event.slug}/calendar.ics`,
    },
    seriesId: event.seriesId ?? null,
    agenda: [...agenda].sort((a, b) => a.position - b.position).map((item) => toAgendaItem(item, zone)),
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
