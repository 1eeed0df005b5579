import { In, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * Retention (decision 0036): once registrants are anonymised, the entries of what they did by their personal
 * link keep the action and the time but lose the address and the detail.
 */
export async function anonymiseAuditEntries(
  manager: EntityManager,
  links: { registrationIds: string[]; invitationIds: string[] },
): Promise<void> {
  const scrub = { ip: null, detail: {} };
  if (links.registrationIds.length > 0)
    await manager.update(
      AuditEntryEntity,
      { linkType: 'registration', linkId: In(links.registrationIds) },
      scrub,
    );
  if (links.invitationIds.length > 0)
    await manager.update(
      AuditEntryEntity,
      { linkType: 'invitation', linkId: In(links.invitationIds) },
      scrub,
    );
}
