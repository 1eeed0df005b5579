import type { Sector } from './vocabulary';

/** A staff account assigned to an event: it may check people in there, and nowhere else. */
export interface StaffMember {
  id: string;
  email: string;
  name: string;
}

/** One person at the door: a confirmed registration or a walk-in, and whether (when) they came. */
export interface CheckinPerson {
  id: string;
  firstName: string;
  lastName: string;
  organization: string;
  position: string | null;
  sector: Sector;
  checkedInAt: string | null;
  walkIn: boolean;
}

/** A check-in's answer; twice is harmless: `already` is true and `checkedInAt` is the first time. */
export interface CheckinResult {
  person: CheckinPerson;
  already: boolean;
}

/** Someone who came without registering; counts as attended. `override` seats them beyond a full room. */
export interface WalkInInput {
  firstName: string;
  lastName: string;
  email?: string;
  organization: string;
  position?: string;
  sector: Sector;
  override?: boolean;
}
