import type { DomainErrorCode } from './errors';
import type { InvitationStatus } from './invitations';
import type { Registration, RegistrationStatus } from './registrations';

export const BULK_REGISTRATION_ACTIONS = ['approve', 'reject'] as const;
export type BulkRegistrationAction = (typeof BULK_REGISTRATION_ACTIONS)[number];

/** At most this many registrations in one bulk request: a page of the organiser's table at its largest. */
export const BULK_REGISTRATIONS_MAX = 200;

/** The body of `POST /api/events/{id}/registrations/approve` and `.../reject`. */
export interface BulkRegistrationInput {
  ids: string[];
}

/** One answer per id, in the order sent: the registration as it is now, or why it was left as it was. */
export type BulkRegistrationOutcome =
  { id: string; ok: true; registration: Registration } | { id: string; ok: false; code: DomainErrorCode };

export interface BulkRegistrationResult {
  outcomes: BulkRegistrationOutcome[];
}

/**
 * The body of `POST /api/registrations/{id}/confirm`: a wait-listed registration takes a seat. Without
 * `override`, only when the capacity and the sector's quota have room (409 `NO_SEAT_FREE` otherwise); with it,
 * over them, as the organiser confirmed, and an audit line records it.
 */
export interface ConfirmRegistrationInput {
  override?: boolean;
}

/** At most this many events in one `GET /api/registrations/counts`: a page of the dashboard. */
export const EVENT_COUNTS_MAX = 100;

/**
 * `GET /api/registrations/counts?events=<id>,<id>` (organiser): for the dashboard, each event's registrations
 * by status and invitations by status. Events without any have zeros; unknown ids are left out.
 */
export interface EventCounts {
  registrations: Record<RegistrationStatus, number>;
  invitations: Record<InvitationStatus, number>;
}
export type EventCountsById = Record<string, EventCounts>;
