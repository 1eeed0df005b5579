import type { Delivery, Invitation, Speaker } from '@roundtable/contracts';
import { formatOptionalEventTime } from '../events/event-time';
import type { InvitationEntity } from './invitation.entity';

export function toInvitation(
  invitation: InvitationEntity,
  zone: string,
  extras: { delivery?: Delivery | null; delegatedTo?: InvitationEntity | null } = {},
): Invitation {
  const deputy = extras.delegatedTo;
  return {
    id: invitation.id,
    eventId: invitation.eventId,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    organization: invitation.organization,
    position: invitation.position,
    sector: invitation.sector,
    language: invitation.language,
    message: invitation.message,
    respondBy: formatOptionalEventTime(invitation.respondBy, zone),
    status: invitation.status,
    responseComment: invitation.responseComment,
    respondedAt: invitation.respondedAt?.toISOString() ?? null,
    // A new entity has no respondedVia at all (undefined), not null.
    respondedVia: invitation.respondedVia ?? null,
    delegatedFromId: invitation.delegatedFromId,
    delegatedTo: deputy ? { id: deputy.id, name: deputy.name, email: deputy.email } : null,
    bio: invitation.bio,
    // A new entity has no photoKey at all (undefined), not null.
    hasPhoto: Boolean(invitation.photoKey),
    consents: {
      publishName: invitation.publishName,
      publishPhoto: invitation.publishPhoto,
      version: invitation.consentVersion,
      givenAt: invitation.consentedAt?.toISOString() ?? null,
    },
    delivery: extras.delivery ?? null,
    createdAt: invitation.createdAt.toISOString(),
  };
}

/** Only what the person agreed to publish: name, position and organisation; photo and bio by a consent of their own. */
export function toSpeaker(invitation: InvitationEntity): Speaker {
  const photoAndBio = invitation.publishPhoto;
  return {
    invitationId: invitation.id,
    name: invitation.name,
    role: invitation.role,
    organization: invitation.organization,
    position: invitation.position,
    bio: photoAndBio ? invitation.bio : null,
    photoUrl: photoAndBio && invitation.photoKey ? `/api/invitations/${invitation.id}/photo` : null,
  };
}
