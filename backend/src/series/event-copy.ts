import { DateTime } from 'luxon';
import type { AgendaItemEntity } from '../events/agenda-item.entity';
import type { EventEntity } from '../events/event.entity';
import type { InvitationEntity } from '../invitations/invitation.entity';

/** The roles on an event's panel; guests are not copied (they hold seats and are invited anew). */
export const PANEL_ROLES = ['panelist', 'speaker', 'moderator'] as const;

/**
 * The event's settings that the next event of its series takes over unchanged. THE one place to add a field
 * of the event's row that should follow it into its next one: everything not named here is either set by the
 * duplication itself (id, slug, title, times, status, series) or starts afresh. Themes live in their own table
 * and are copied by ThemesService.copyEventThemes.
 */
export function copyEventSettings(
  source: EventEntity,
): Pick<
  EventEntity,
  | 'description'
  | 'timezone'
  | 'language'
  | 'venue'
  | 'onlineUrl'
  | 'capacity'
  | 'registrationMode'
  | 'sectorQuotas'
  | 'partners'
> {
  return {
    description: source.description,
    timezone: source.timezone,
    language: source.language,
    venue: { name: source.venue.name, address: source.venue.address, city: source.venue.city },
    onlineUrl: source.onlineUrl,
    capacity: source.capacity,
    registrationMode: source.registrationMode,
    sectorQuotas: { ...source.sectorQuotas },
    partners: [...source.partners],
  };
}

/** An invitation's details that its draft copy takes; answers, bio, photo and consents belong to one event. */
export function copyInvitationDetails(
  source: InvitationEntity,
): Pick<
  InvitationEntity,
  'email' | 'name' | 'role' | 'organization' | 'position' | 'sector' | 'language' | 'message'
> {
  return {
    email: source.email,
    name: source.name,
    role: source.role,
    organization: source.organization,
    position: source.position,
    sector: source.sector,
    language: source.language,
    message: source.message,
  };
}

/** An agenda item's content; its times and speakers are set by the caller. */
export function copyAgendaItemDetails(
  source: AgendaItemEntity,
): Pick<AgendaItemEntity, 'position' | 'title' | 'description' | 'kind'> {
  return {
    position: source.position,
    title: source.title,
    description: source.description,
    kind: source.kind,
  };
}

/**
 * Moves `time` as the event moves from `from` to `to`, in wall-clock time of `zone`: an item at 10:30 on the
 * first day stays at 10:30 on the new first day, even when daylight saving time differs between the two dates.
 */
export function shiftWallClock(time: Date, from: Date, to: Date, zone: string): Date {
  const wall = (date: Date) =>
    DateTime.fromObject(DateTime.fromJSDate(date, { zone }).toObject(), { zone: 'utc' });
  const offset = wall(time).diff(wall(from));
  const target = wall(to).plus(offset);
  return DateTime.fromObject(target.toObject(), { zone }).toJSDate();
}
