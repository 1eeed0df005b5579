import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentRecord } from '@roundtable/contracts';
import type { PERSONAL_DATA_COLUMNS, RegistrationEntity } from './registration.entity';

type Consents = Record<ConsentPurpose, ConsentRecord>;

/**
 * A registration with nothing left that says who the person was: every personal column emptied (the
 * non-nullable ones to '', as the row stays for the event's counts by sector and municipality) and every
 * consent withdrawn at `at`, under the privacy notice's `version` of that moment.
 */
export function anonymised(
  consents: Consents,
  at: Date,
  version: string,
): Pick<RegistrationEntity, (typeof PERSONAL_DATA_COLUMNS)[number] | 'consents'> {
  return {
    firstName: '',
    lastName: '',
    email: '',
    activeEmailKey: null,
    organization: '',
    position: null,
    phone: null,
    accessibilityNeeds: null,
    searchText: '',
    consents: consentsChanged(
      consents,
      Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, false])),
      at,
      version,
    ),
  };
}

/**
 * Consents after the person changed some: a purpose whose answer changed records `version`, the organisation's
 * privacy notice in force, and the time; one left as it was keeps the record of when and to what it was given.
 */
export function consentsChanged(
  before: Consents,
  changes: Partial<Record<ConsentPurpose, boolean>>,
  at: Date,
  version: string,
): Consents {
  const after = { ...before };
  for (const purpose of CONSENT_PURPOSES) {
    const given = changes[purpose];
    if (given === undefined || given === before[purpose]?.given) continue;
    after[purpose] = { given, version, at: at.toISOString() };
  }
  return after;
}
