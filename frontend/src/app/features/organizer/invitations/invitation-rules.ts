import type { Invitation, InvitationStatus } from '@roundtable/contracts';

/** Open invitations: the organiser may still resend, remind or withdraw them (the API's `isOpen`). */
export function isOpenInvitation(status: InvitationStatus): boolean {
  return status === 'pending' || status === 'accepted' || status === 'tentative';
}

/** Who may be put on an agenda item: the API's `speakerOnPanel` rule, so the picker never offers a refusal. */
export function isSpeakerCandidate(invitation: Invitation): boolean {
  return invitation.role !== 'guest' && isOpenInvitation(invitation.status);
}
