import type { EventStatus } from './vocabulary';
import type { AttendanceStats } from './summary';

/** "Next in the series": the new event's time; everything else is copied from the event it follows. */
export interface DuplicateEventInput {
  /** ISO 8601; without an offset, wall-clock time in the event's zone. Must lie in the future. */
  startsAt: string;
  /** Optional: by default the new event lasts as long as the one it follows (in wall-clock time). */
  endsAt?: string;
  /** Optional: by default the title of the event it follows; editable afterwards like any draft. */
  title?: string;
}

/** One event of a series with its own counts (confirmed registrations and check-ins). */
export interface SeriesEvent {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  status: EventStatus;
  /** Ended before now. */
  past: boolean;
  registered: number;
  checkedIn: number;
}

/** A series: its events in time order and their joint attendance, summed across the events. */
export interface Series {
  id: string;
  title: string;
  createdAt: string;
  events: SeriesEvent[];
  stats: AttendanceStats;
}

/** What "send the drafts" did: how many invitations went out. */
export interface SentDrafts {
  sent: number;
}
