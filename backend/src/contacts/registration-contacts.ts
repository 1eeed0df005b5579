import { In, type EntityManager } from 'typeorm';
import { RegistrationEntity } from '../registrations/registration.entity';
import { ContactEntity } from './contact.entity';
import { contactKey, mergeContacts } from './contact-store';

/**
 * What a registration tells the directory: `stored` after it was created or the registrant changed it
 * (`followUpBefore`: whether follow-up consent was given before the change), `created` for new registrations
 * stored together (as `stored` without consent before, one query for all), `erased` after the registrations of
 * these addresses were anonymised (by the registrant or by retention).
 */
export type RegistrationContactChange =
  | { kind: 'stored'; registration: RegistrationEntity; followUpBefore: boolean }
  | { kind: 'created'; registrations: RegistrationEntity[] }
  | { kind: 'erased'; emails: string[] };

/** Addresses per query: well under every engine's limit of bound parameters. */
const CHUNK = 500;

/**
 * The one door from registrations into the directory, called in the registration's transaction. With
 * follow-up consent the person's contact is created or its empty fields filled, consent recorded; a withdrawn
 * consent is withdrawn on the contact too. An erased registrant's contact goes when registrations were its only
 * source and no other registration of the address still names them with follow-up consent; a contact the
 * organiser also had otherwise (import, by hand) stays, without the consent.
 */
export async function contactOfRegistration(
  manager: EntityManager,
  change: RegistrationContactChange,
): Promise<void> {
  if (change.kind === 'erased') return forget(manager, change.emails);
  if (change.kind === 'created') return remember(manager, change.registrations);
  const { registration, followUpBefore } = change;
  if (registration.email === '') return;
  const consent = registration.consents.followUp;
  if (consent?.given) {
    await remember(manager, [registration]);
  } else if (followUpBefore) {
    await manager.update(
      ContactEntity,
      { emailKey: contactKey(registration.email) },
      {
        followUpConsented: false,
        followUpVersion: consent?.version ?? null,
        followUpAt: consent ? new Date(consent.at) : new Date(),
      },
    );
  }
}

/** The contacts of the registrations with follow-up consent, created or filled (mergeContacts). */
async function remember(manager: EntityManager, registrations: RegistrationEntity[]): Promise<void> {
  const consenting = registrations.filter(
    (registration) => registration.email !== '' && registration.consents.followUp?.given,
  );
  if (consenting.length === 0) return;
  await mergeContacts(
    manager,
    consenting.map((registration) => {
      const consent = registration.consents.followUp;
      return {
        fields: registration,
        followUp: { consented: true, version: consent.version, at: new Date(consent.at) },
      };
    }),
    'registration',
  );
}

async function forget(manager: EntityManager, emails: string[]): Promise<void> {
  const keys = [...new Set(emails.filter((email) => email !== '').map(contactKey))];
  for (let start = 0; start < keys.length; start += CHUNK) {
    const chunk = keys.slice(start, start + CHUNK);
    const contacts = await manager.findBy(ContactEntity, { emailKey: In(chunk), fromRegistration: true });
    if (contacts.length === 0) continue;
    const stillConsenting = await consentingKeys(
      manager,
      contacts.map((contact) => contact.emailKey),
    );
    const now = new Date();
    for (const contact of contacts) {
      if (stillConsenting.has(contact.emailKey)) continue;
      if (!contact.fromImport && !contact.fromManual) {
        await manager.delete(ContactEntity, { id: contact.id });
        continue;
      }
      await manager.update(
        ContactEntity,
        { id: contact.id },
        {
          fromRegistration: false,
          followUpConsented: false,
          // Erased, not answered: no notice was in force for this answer.
          followUpVersion: null,
          followUpAt: now,
        },
      );
    }
  }
}

/** Which of these addresses a registration not yet anonymised still names, with follow-up consent given. */
async function consentingKeys(manager: EntityManager, keys: string[]): Promise<Set<string>> {
  const rows = await manager
    .createQueryBuilder(RegistrationEntity, 'registration')
    .select(['registration.email', 'registration.consents'])
    .where('LOWER(registration.email) IN (:...keys)', { keys })
    .getMany();
  return new Set(rows.filter((row) => row.consents.followUp?.given).map((row) => contactKey(row.email)));
}
