import { In, Not, type EntityManager } from 'typeorm';
import { anonymiseAuditEntries } from '../audit/audit-retention';
import { contactOfRegistration } from '../contacts/registration-contacts';
import { JobEntity } from '../jobs/job.entity';
import { PERSONAL_DATA_COLUMNS, RegistrationEntity } from './registration.entity';

/**
 * What the columns that say who a person is hold once anonymised: nothing that names them. Typed against
 * PERSONAL_DATA_COLUMNS, so a column added there cannot be forgotten here. Sector, municipality, status,
 * language, consents (as evidence of what was agreed, and when) and the times stay, for the statistics.
 * An empty e-mail marks a registration as done, which makes anonymising again change nothing.
 */
export const ANONYMISED = {
  firstName: '',
  lastName: '',
  email: '',
  activeEmailKey: null,
  organization: '',
  position: null,
  phone: null,
  accessibilityNeeds: null,
  searchText: '',
} as const satisfies { [K in (typeof PERSONAL_DATA_COLUMNS)[number]]: RegistrationEntity[K] };

/**
 * Anonymises every registration of an event that still names someone, with the traces of them elsewhere: the
 * address and name on the e-mails sent to them, and, for an invited guest, the invitation that brought them.
 * Idempotent. Answers how many registrations it changed.
 */
export async function anonymiseRegistrations(manager: EntityManager, eventId: string): Promise<number> {
  const named = await manager.find(RegistrationEntity, {
    where: { eventId, email: Not('') },
    select: { id: true, invitationId: true, email: true },
  });
  if (named.length === 0) return 0;
  const ids = named.map((registration) => registration.id);
  await manager.update(RegistrationEntity, { id: In(ids) }, ANONYMISED);
  await contactOfRegistration(manager, {
    kind: 'erased',
    emails: named.map((registration) => registration.email),
  });
  await manager.update(
    JobEntity,
    { subjectType: 'registration', subjectId: In(ids) },
    { recipientEmail: null, recipientName: null, lastError: null },
  );
  const invitationIds = named.flatMap((registration) => registration.invitationId ?? []);
  await anonymiseAuditEntries(manager, { registrationIds: ids, invitationIds });
  if (invitationIds.length > 0) {
    // The invitations table has no import of ours to spare (invitations depend on registrations): plain SQL.
    await manager
      .createQueryBuilder()
      .update('invitations')
      .set({ name: '', email: '', organization: null, position: null, responseComment: null, bio: null })
      .whereInIds(invitationIds)
      .execute();
  }
  return named.length;
}
