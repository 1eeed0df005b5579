import { CHECKIN_CLOCK_SKEW_MS, type FieldError } from '@roundtable/contracts';
import { escapeLike } from '../registrations/registration-list';

/**
 * When a check-in happened: now, or the `at` a phone recorded while offline. Not before the registration
 * existed, and not in the future; a phone clock a little ahead (up to CHECKIN_CLOCK_SKEW_MS) counts as now,
 * so a queued check-in is never refused for a clock that runs fast by seconds.
 */
export function checkInTime(
  at: Date | undefined,
  registeredAt: Date,
  now: Date,
): { at: Date; error?: never } | { at?: never; error: FieldError } {
  if (!at) return { at: now };
  if (at.getTime() > now.getTime() + CHECKIN_CLOCK_SKEW_MS) {
    return { error: { field: 'at', rule: 'notInFuture', message: 'at must not be in the future' } };
  }
  if (at.getTime() < registeredAt.getTime()) {
    return {
      error: {
        field: 'at',
        rule: 'notBeforeRegistration',
        message: 'at must not be before the registration was made',
      },
    };
  }
  return { at: at.getTime() > now.getTime() ? now : at };
}

/** Lower-cased as `searchText` is, in JavaScript, so Cyrillic letter case matches on SQLite and MySQL alike. */
export function likePattern(query: string): string {
  return `%${escapeLike(query.trim().toLowerCase())}%`;
}
