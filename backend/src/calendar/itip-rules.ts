import type { ItipMethod, ParticipationStatus } from './ics';

/**
 * Where one person stands toward an event, as their calendar must show it. Features map their own states onto
 * these (an invitation's `pending` is `invited`; a revoked or expired one, or one handed to a deputy, is
 * `removed`), and calendar/ decides the iTIP message from it, so every feature says the same thing to calendars.
 */
export type CalendarStanding = 'invited' | 'accepted' | 'tentative' | 'declined' | 'removed';

export interface ItipDecision {
  method: ItipMethod;
  /** The ATTENDEE's PARTSTAT. */
  partstat: ParticipationStatus;
  /** Whether the calendar should ask them to answer (RSVP=TRUE). */
  rsvp: boolean;
}

const PARTSTAT: Record<CalendarStanding, ParticipationStatus> = {
  invited: 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  tentative: 'TENTATIVE',
  declined: 'DECLINED',
  removed: 'DECLINED',
};

/** Whether someone in this standing has the event in their calendar (we sent a REQUEST and no CANCEL since). */
export function holdsEvent(standing: CalendarStanding): boolean {
  return standing === 'invited' || standing === 'accepted' || standing === 'tentative';
}

/**
 * The message for one person whose standing just changed (an invitation, an answer, a withdrawal): a REQUEST
 * while they keep the event, asking for an answer only while they have given none; a CANCEL once they no longer
 * do, which removes the entry a REQUEST put in their calendar (RFC 5546, 3.2.5).
 */
export function itipForStanding(standing: CalendarStanding): ItipDecision {
  const keeps = holdsEvent(standing);
  return {
    method: keeps ? 'REQUEST' : 'CANCEL',
    partstat: PARTSTAT[standing],
    rsvp: standing === 'invited',
  };
}

/**
 * The message for someone who holds the event when the event itself changes: a REQUEST with the new SEQUENCE
 * that repeats their own answer (so an update never resets "accepted"), or a CANCEL when the event is cancelled.
 */
export function itipForEventChange(holder: ParticipationStatus, eventCancelled: boolean): ItipDecision {
  return {
    method: eventCancelled ? 'CANCEL' : 'REQUEST',
    partstat: holder,
    rsvp: !eventCancelled && holder === 'NEEDS-ACTION',
  };
}

/** The PARTSTAT a calendar holder is listed with in later updates. */
export function partstatOf(standing: CalendarStanding): ParticipationStatus {
  return PARTSTAT[standing];
}
