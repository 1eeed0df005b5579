import type { ContactSource, Language, Sector } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ContactEntity } from './contact.entity';

/** What any source knows about a person; the e-mail and names at least. */
export interface ContactFields {
  email: string;
  firstName: string;
  lastName: string;
  organization?: string | null;
  position?: string | null;
  sector?: Sector | null;
  municipality?: string | null;
  language?: Language;
}

export interface FollowUpRecord {
  consented: boolean;
  version: string | null;
  at: Date | null;
}

/** Fields a later source may fill when they are empty; names and language are never empty. */
const FILLABLE = ['organization', 'position', 'sector', 'municipality'] as const;

const SOURCE_COLUMNS = {
  registration: 'fromRegistration',
  import: 'fromImport',
  manual: 'fromManual',
} as const satisfies Record<ContactSource, keyof ContactEntity>;

/** One contact per address, in any letter case: the same key as a registration's. */
export function contactKey(email: string): string {
  return email.trim().toLowerCase();
}

export function contactSearchText(
  contact: Pick<ContactEntity, 'firstName' | 'lastName' | 'email' | 'organization'>,
): string {
  return [contact.firstName, contact.lastName, contact.email, contact.organization ?? '']
    .join(' ')
    .toLowerCase()
    .slice(0, 700);
}

export function newContact(
  manager: EntityManager,
  fields: ContactFields,
  source: ContactSource,
  followUp?: FollowUpRecord,
): ContactEntity {
  const now = new Date();
  const contact = manager.create(ContactEntity, {
    id: randomUUID(),
    email: fields.email.trim(),
    emailKey: contactKey(fields.email),
    firstName: fields.firstName,
    lastName: fields.lastName,
    organization: fields.organization ?? null,
    position: fields.position ?? null,
    sector: fields.sector ?? null,
    municipality: fields.municipality ?? null,
    language: fields.language ?? 'bg',
    followUpConsented: followUp?.consented ?? false,
    followUpVersion: followUp?.version ?? null,
    followUpAt: followUp?.at ?? null,
    fromRegistration: source === 'registration',
    fromImport: source === 'import',
    fromManual: source === 'manual',
    createdAt: now,
    updatedAt: now,
  });
  contact.searchText = contactSearchText(contact);
  return contact;
}

/**
 * The contact of an address, created from `fields` or, when it exists, with only its empty fields filled: what
 * the organiser or an earlier source wrote is never overwritten. The source is added to the contact's sources;
 * a follow-up record, when given, replaces the contact's (it is the person's latest word). Safe against a
 * concurrent writer of the same address: the unique key decides, and the loser fills instead.
 */
export async function mergeContact(
  manager: EntityManager,
  fields: ContactFields,
  source: ContactSource,
  followUp?: FollowUpRecord,
): Promise<'created' | 'updated'> {
  const emailKey = contactKey(fields.email);
  let existing = await manager.findOneBy(ContactEntity, { emailKey });
  if (!existing) {
    const contact = newContact(manager, fields, source, followUp);
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContactEntity)
      .values(contact)
      .orIgnore()
      .updateEntity(false)
      .execute();
    existing = await manager.findOneByOrFail(ContactEntity, { emailKey });
    if (existing.id === contact.id) return 'created';
  }
  for (const field of FILLABLE) {
    const value = fields[field];
    if (existing[field] === null && value) Object.assign(existing, { [field]: value });
  }
  existing[SOURCE_COLUMNS[source]] = true;
  if (followUp) {
    existing.followUpConsented = followUp.consented;
    existing.followUpVersion = followUp.version;
    existing.followUpAt = followUp.at;
  }
  existing.searchText = contactSearchText(existing);
  await manager.save(existing);
  return 'updated';
}
