import type { CheckinPerson } from '@roundtable/contracts';
import type { RegistrationEntity } from '../registrations/registration.entity';

export function toCheckinPerson(registration: RegistrationEntity): CheckinPerson {
  return {
    id: registration.id,
    firstName: registration.firstName,
    lastName: registration.lastName,
    organization: registration.organization,
    position: registration.position,
    sector: registration.sector,
    checkedInAt: registration.checkedInAt?.toISOString() ?? null,
    walkIn: registration.walkIn,
  };
}
