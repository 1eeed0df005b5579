import type { InvitationResponse, InvitationRole, InvitationStatus } from '@roundtable/contracts';
import type { CalendarStanding } from '../calendar/itip-rules';

/** Statuses whose holder has the event in their calendar (we sent a REQUEST and no CANCEL since). */
export const HOLDING_STATUSES: InvitationStatus[] = ['pending', 'accepted', 'tentative'];

/**
 * The one kind of invitation that holds a participant seat: a guest's, while unanswered (PRODUCT.md). Once
 * accepted the seat is their registration's; declined, revoked or expired, it is free again.
 */
export const HOLDS_SEAT = { role: 'guest', status: 'pending' } as const satisfies {
  role: InvitationRole;
  status: InvitationStatus;
};

/** An invitee may answer, and change their answer, until the invitation is closed. */
export function canRespond(status: InvitationStatus): boolean {
  return status === 'pending' || status === 'accepted' || status === 'tentative' || status === 'declined';
}

/** The organiser may still resend, remind or revoke. */
export function isOpen(status: InvitationStatus): boolean {
  return HOLDING_STATUSES.includes(status);
}

/** Where the invitee stands toward the event, for calendar/ to decide what their calendar is sent. */
export function calendarStanding(status: InvitationStatus): CalendarStanding {
  switch (status) {
    case 'pending':
      return 'invited';
    case 'accepted':
    case 'tentative':
    case 'declined':
      return status;
    default:
      // Revoked, expired, or handed on to a deputy.
      return 'removed';
  }
}

/** The status an answer leads to; naming a deputy hands the invitation on. */
export function statusAfter(response: InvitationResponse, namesDeputy: boolean): InvitationStatus {
  if (namesDeputy) return 'delegated';
  return response;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reminder due now for a pending invitation, as days before its respond-by date, or null. Only the latest
 * due one counts: an invitation sent two days before the deadline gets the two-day reminder, never a late
 * seven-day one, and a reminder due before the invitation existed is never sent.
 */
export function reminderDue(
  invitation: { createdAt: Date; respondBy: Date | null },
  now: Date,
  daysBefore: number[],
): number | null {
  const { respondBy, createdAt } = invitation;
  if (!respondBy || now >= respondBy) return null;
  const due = [...daysBefore]
    .sort((a, b) => a - b)
    .find((days) => respondBy.getTime() - days * DAY_MS <= now.getTime());
  if (due === undefined) return null;
  return respondBy.getTime() - due * DAY_MS > createdAt.getTime() ? due : null;
}
