import type { Invitation, InvitationStatus } from '@roundtable/contracts';

/** Open invitations: the organiser may still resend, remind or withdraw them (the API's `isOpen`). */
export function isOpenInvitation(status: InvitationStatus): boolean {
  return status === 'pending' || status === 'accepted' || status === 'tentative';
}

/**
 * Who may be put on an agenda item: the API's `speakerOnPanel` rule, so the picker never offers a refusal. Drafts
 * too: the panel copied into the next event of a series, not sent yet.
 */
export function isSpeakerCandidate(invitation: Invitation): boolean {
  return (
    invitation.role !== 'guest' && (invitation.status === 'draft' || isOpenInvitation(invitation.status))
  );
}
