import type { Registration } from '@roundtable/contracts';
import type { RegistrationEntity } from './registration.entity';

export function toRegistration(
  entity: RegistrationEntity,
  waitlistPosition: number | null = null,
): Registration {
  return {
    id: entity.id,
    eventId: entity.eventId,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: entity.email,
    organization: entity.organization,
    position: entity.position,
    sector: entity.sector,
    municipality: entity.municipality,
    phone: entity.phone,
    accessibilityNeeds: entity.accessibilityNeeds,
    language: entity.language,
    status: entity.status,
    waitlistPosition: entity.status === 'waitlisted' ? waitlistPosition : null,
    consents: entity.consents,
    invitationId: entity.invitationId,
    checkedInAt: entity.checkedInAt?.toISOString() ?? null,
    walkIn: entity.walkIn,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
