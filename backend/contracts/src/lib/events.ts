import type { Theme } from './themes';
import type { AgendaItemKind, EventStatus, Language, RegistrationMode, Sector } from './vocabulary';

export interface Venue {
  name: string;
  address: string;
  city: string;
}

/**
 * What an organiser sends to create or (partially) change an event.
 * Times are ISO 8601. With an offset (`2026-05-21T10:00:00+03:00`) they are that instant; without one
 * (`2026-05-21T10:00`) they are wall-clock time in the event's `timezone`.
 */
export interface EventInput {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  /** IANA zone; defaults to the server's DEFAULT_TIMEZONE (Europe/Sofia). */
  timezone?: string;
  language: Language;
  venue: Venue;
  onlineUrl?: string | null;
  capacity: number;
  registrationMode: RegistrationMode;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  sectorQuotas?: Partial<Record<Sector, number>> | null;
  partners?: string[];
  /** Ids of themes (`GET /api/themes`); a retired theme may stay on an event that has it, not be added. */
  themeIds?: string[];
}

export interface AgendaItemInput {
  title: string;
  description?: string;
  startsAt: string;
  endsAt: string;
  kind: AgendaItemKind;
  /** Invitation ids of the panelists, speakers or moderators on this item. */
  speakerIds: string[];
}

export interface AgendaItem extends Required<Omit<AgendaItemInput, 'description'>> {
  id: string;
  description: string | null;
  position: number;
}

/** An event as the API answers it. Event times carry the event's own UTC offset. */
export interface Event {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  language: Language;
  venue: Venue;
  onlineUrl: string | null;
  capacity: number;
  registrationMode: RegistrationMode;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  sectorQuotas: Partial<Record<Sector, number>>;
  partners: string[];
  /** The advocacy themes the event carries, in the themes' order. */
  themes: Theme[];
  /**
   * Participant seats nobody holds yet (capacity less confirmed registrations and seats held by invitations),
   * for the public page's "Свободни места". Absent while the API does not say it; 0 means full.
   */
  seatsLeft?: number;
  status: EventStatus;
  /** iTIP SEQUENCE: rises whenever time, venue or status of a published event changes. */
  sequence: number;
  cancellationReason: string | null;
  publishedAt: string | null;
  agenda: AgendaItem[];
  /** The series the event belongs to (at most one), or null. */
  seriesId: string | null;
  /** "Add to calendar": Google and Outlook links, and the public .ics (METHOD:PUBLISH). */
  calendarLinks: { google: string; outlook: string; ics: string };
  createdAt: string;
  updatedAt: string;
}

export interface CancelEventRequest {
  reason?: string;
}

export interface SectorStats {
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
  quota: number | null;
}

export interface EventStats {
  capacity: number;
  confirmed: number;
  waitlisted: number;
  pending: number;
  heldByInvitations: number;
  checkedIn: number;
  bySector: Record<Sector, SectorStats>;
}
