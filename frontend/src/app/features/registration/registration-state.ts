import type { Event } from '@roundtable/contracts';

/** Whether a visitor may register now, and if not, why: each has its own sentence on the event page. */
export type RegistrationState =
  'cancelled' | 'past' | 'inviteOnly' | 'notOpenYet' | 'closed' | 'full' | 'open';

/**
 * Decided from the public event alone. `full` still lets people register: they join the wait list. The API
 * decides again, under its lock; this only says what to expect.
 */
export function registrationState(event: Event, now: number): RegistrationState {
  if (event.status === 'cancelled') return 'cancelled';
  if (new Date(event.endsAt).getTime() <= now) return 'past';
  if (event.registrationMode === 'invite-only') return 'inviteOnly';
  if (event.registrationOpensAt && new Date(event.registrationOpensAt).getTime() > now) return 'notOpenYet';
  if (event.registrationClosesAt && new Date(event.registrationClosesAt).getTime() <= now) return 'closed';
  if (event.seatsLeft === 0) return 'full';
  return 'open';
}

/** The form is offered while registering makes sense: open, or full with a wait list to join. */
export function formOffered(state: RegistrationState): boolean {
  return state === 'open' || state === 'full';
}
