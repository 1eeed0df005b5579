import type { ContactSource, Language, Sector } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
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

/** A source's word on one person: their fields, and (from a registration) their follow-up consent. */
export interface ContactMerge {
  fields: ContactFields;
  followUp?: FollowUpRecord;
}

/** Addresses per query: well under every engine's limit of bound parameters. */
const CHUNK = 500;

/**
 * The contact of each address, created from the fields or, when it exists, with only its empty fields filled:
 * what the organiser or an earlier source wrote is never overwritten. The source is added to the contact's
 * sources; a follow-up record, when given, replaces the contact's (it is the person's latest word). In order: a
 * second item of the same address fills the contact the first made. Safe against a concurrent writer of the
 * same address: the unique key decides, and the loser fills instead. Answers what became of each item.
 */
export async function mergeContacts(
  manager: EntityManager,
  items: ContactMerge[],
  source: ContactSource,
): Promise<('created' | 'updated')[]> {
  const keys = [...new Set(items.map((item) => contactKey(item.fields.email)))];
  const stored = await storedUnder(manager, keys);
  const fresh = new Map<string, { contact: ContactEntity; items: ContactMerge[]; item: ContactMerge }>();
  const later: ContactMerge[] = [];
  const outcomes = items.map((item) => {
    const key = contactKey(item.fields.email);
    if (stored.has(key)) {
      later.push(item);
      return 'updated' as const;
    }
    const made = fresh.get(key);
    if (made) {
      made.items.push(item);
      return 'updated' as const;
    }
    fresh.set(key, { contact: newContact(manager, item.fields, source, item.followUp), items: [], item });
    return 'created' as const;
  });
  const created = [...fresh.values()];
  for (let start = 0; start < created.length; start += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContactEntity)
      .values(created.slice(start, start + CHUNK).map(({ contact }) => contact))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
  const dirty = new Set<ContactEntity>();
  const winners = await storedUnder(
    manager,
    created.map(({ contact }) => contact.emailKey),
  );
  for (const { contact, items: repeats, item } of created) {
    let winner = contact;
    const stored = winners.get(contact.emailKey);
    if (!stored) throw new Error(`contact ${contact.emailKey} was neither inserted nor found`);
    if (stored.id !== contact.id) {
      // Someone else stored this address first: this item fills theirs, as a later one would.
      winner = stored;
      outcomes[items.indexOf(item)] = 'updated';
      repeats.unshift(item);
    }
    for (const repeat of repeats) if (fill(winner, repeat, source)) dirty.add(winner);
  }
  for (const item of later) {
    const contact = stored.get(contactKey(item.fields.email)) as ContactEntity;
    if (fill(contact, item, source)) dirty.add(contact);
  }
  for (const contact of dirty) {
    const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...columns } = contact;
    await manager.update(ContactEntity, { id }, columns);
  }
  return outcomes;
}

/** One person's contact; see mergeContacts. */
export async function mergeContact(
  manager: EntityManager,
  fields: ContactFields,
  source: ContactSource,
  followUp?: FollowUpRecord,
): Promise<'created' | 'updated'> {
  const [outcome] = await mergeContacts(manager, [{ fields, followUp }], source);
  return outcome;
}

/** The contacts stored under these addresses, by address. */
async function storedUnder(manager: EntityManager, keys: string[]): Promise<Map<string, ContactEntity>> {
  const stored = new Map<string, ContactEntity>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const found = await manager.findBy(ContactEntity, { emailKey: In(keys.slice(start, start + CHUNK)) });
    for (const contact of found) stored.set(contact.emailKey, contact);
  }
  return stored;
}

/** Fills the empty fields and adds the source; answers whether anything changed. */
function fill(contact: ContactEntity, { fields, followUp }: ContactMerge, source: ContactSource): boolean {
  let changed = false;
  for (const field of FILLABLE) {
    const value = fields[field];
    if (contact[field] === null && value) {
      Object.assign(contact, { [field]: value });
      changed = true;
    }
  }
  if (!contact[SOURCE_COLUMNS[source]]) {
    contact[SOURCE_COLUMNS[source]] = true;
    changed = true;
  }
  if (followUp) {
    contact.followUpConsented = followUp.consented;
    contact.followUpVersion = followUp.version;
    contact.followUpAt = followUp.at;
    changed = true;
  }
  if (changed) contact.searchText = contactSearchText(contact);
  return changed;
}
