import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentRecord } from '@roundtable/contracts';
import type { RegistrationInputDto } from './dto/registration-input.dto';

/** Case-insensitive, as people type their address differently each time. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function searchText(
  input: Pick<RegistrationInputDto, 'firstName' | 'lastName' | 'email' | 'organization'>,
): string {
  return [input.firstName, input.lastName, input.email, input.organization]
    .join(' ')
    .toLowerCase()
    .slice(0, 700);
}

/** Every purpose answered at `at`, under `version` of the organisation's privacy notice. */
export function consentsGiven(
  consents: RegistrationInputDto['consents'],
  at: Date,
  version: string,
): Record<ConsentPurpose, ConsentRecord> {
  return Object.fromEntries(
    CONSENT_PURPOSES.map((purpose) => [
      purpose,
      { given: consents[purpose] === true, version, at: at.toISOString() },
    ]),
  ) as Record<ConsentPurpose, ConsentRecord>;
}
