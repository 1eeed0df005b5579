import type { EventRef, Theme } from '@roundtable/contracts';
import type { EventEntity } from '../events/event.entity';
import { formatEventTime } from '../events/event-time';
import type { ThemeEntity } from './theme.entities';

export function toTheme(theme: ThemeEntity): Theme {
  return {
    id: theme.id,
    slug: theme.slug,
    name: { bg: theme.nameBg, en: theme.nameEn },
    position: theme.position,
    retired: theme.retiredAt !== null,
  };
}

export function toEventRef(event: EventEntity): EventRef {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    startsAt: formatEventTime(event.startsAt, event.timezone),
    timezone: event.timezone,
  };
}
