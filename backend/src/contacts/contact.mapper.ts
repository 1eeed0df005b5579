import type { Contact, ContactSource } from '@roundtable/contracts';
import { In, type EntityManager } from 'typeorm';
import { InvitationEntity } from '../invitations/invitation.entity';
import { RegistrationEntity } from '../registrations/registration.entity';
import type { ContactEntity } from './contact.entity';

export function toContact(contact: ContactEntity, eventCount: number): Contact {
  const sources: ContactSource[] = [];
  if (contact.fromRegistration) sources.push('registration');
  if (contact.fromImport) sources.push('import');
  if (contact.fromManual) sources.push('manual');
  return {
    id: contact.id,
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    organization: contact.organization,
    position: contact.position,
    sector: contact.sector,
    municipality: contact.municipality,
    language: contact.language,
    followUp: {
      consented: contact.followUpConsented,
      version: contact.followUpVersion,
      at: contact.followUpAt?.toISOString() ?? null,
    },
    sources,
    eventCount,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}

/**
 * Contacts as the API answers them, each with the number of distinct events its address registered for or was
 * invited to. Invitations keep the address lower-cased; a registration keeps it as typed.
 */
export async function toContacts(manager: EntityManager, contacts: ContactEntity[]): Promise<Contact[]> {
  if (contacts.length === 0) return [];
  const keys = contacts.map((contact) => contact.emailKey);
  const registered: { email: string; eventId: string }[] = await manager
    .createQueryBuilder(RegistrationEntity, 'registration')
    .select('LOWER(registration.email)', 'email')
    .addSelect('registration.eventId', 'eventId')
    .distinct(true)
    .where('LOWER(registration.email) IN (:...keys)', { keys })
    .getRawMany();
  const invited = await manager.find(InvitationEntity, {
    where: { email: In(keys) },
    select: { email: true, eventId: true },
  });
  const events = new Map<string, Set<string>>();
  for (const { email, eventId } of [...registered, ...invited]) {
    const key = email.toLowerCase();
    events.set(key, (events.get(key) ?? new Set()).add(eventId));
  }
  return contacts.map((contact) => toContact(contact, events.get(contact.emailKey)?.size ?? 0));
}
