import type { Sector } from './vocabulary';

/** The door (issue 7): staff assigned to an event, the people they check in, and walk-ins. */

/** Staff accounts one event may have assigned; far beyond any real door. */
export const STAFF_PER_EVENT_MAX = 50;
/** A search for a name as the door types it. */
export const CHECKIN_QUERY_MAX_LENGTH = 100;
/** Default page of the door's list: a phone screen and some scrolling. */
export const CHECKIN_PAGE_SIZE_DEFAULT = 30;
/**
 * How far ahead of the server's clock an offline check-in's `at` may be: a phone's clock runs a little fast
 * now and then, and a queued check-in refused for seconds would never be recorded. It is stored as "now".
 */
export const CHECKIN_CLOCK_SKEW_MS = 2 * 60_000;

export interface StaffMember {
  id: string;
  email: string;
  name: string;
}

/** `GET /api/events/{id}/staff`, and `GET /api/staff`: the active staff accounts an organiser may assign. */
export interface StaffList {
  items: StaffMember[];
}

/** `PUT /api/events/{id}/staff`: the whole list; each an active account with the role `staff`. */
export interface StaffAssignmentInput {
  userIds: string[];
}

/** A confirmed registration (a walk-in too) as the door sees it: no e-mail, no phone. */
export interface CheckinPerson {
  id: string;
  firstName: string;
  lastName: string;
  organization: string;
  position: string | null;
  sector: Sector;
  /** ISO instant of the first check-in; null while not checked in. */
  checkedInAt: string | null;
  walkIn: boolean;
}

export interface CheckinPeoplePage {
  items: CheckinPerson[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/registrations/{id}/check-in`. */
export interface CheckInInput {
  /** When a phone recorded it offline (ISO instant); now when absent. */
  at?: string;
  /** The event the door is for: a code of another event is refused instead of checked in there. */
  eventId?: string;
}

export interface CheckInResult {
  person: CheckinPerson;
  /** True when the person was checked in before; `person.checkedInAt` is then the first time. */
  already: boolean;
}

export interface UndoCheckInResult {
  person: CheckinPerson;
}

/** `POST /api/events/{id}/walk-ins`: someone at the door without a registration. */
export interface WalkInInput {
  firstName: string;
  lastName: string;
  email?: string;
  organization: string;
  position?: string;
  sector: Sector;
  /** Over the capacity or the sector's quota, decided by the person at the door. */
  override?: boolean;
}
