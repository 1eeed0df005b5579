import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { NAME_MAX_LENGTH } from '@roundtable/contracts';

/**
 * The limits `RegistrationInputDto` enforces. They belong in contracts' `limits.ts` beside the others; kept here
 * until the backend DTO reads them from there, so that two parallel changes to that file do not collide.
 */
export const REGISTRATION_LIMITS = {
  name: 100,
  organization: NAME_MAX_LENGTH,
  position: NAME_MAX_LENGTH,
  phone: 40,
  /** As the API's `matches` rule: digits, spaces and the usual separators, a leading + allowed. */
  phonePattern: /^\+?[0-9][0-9 ()./-]{4,}$/,
  accessibilityNeeds: 1000,
} as const;

/** A phone number as the API's `matches` rule accepts it; empty is "not given". */
export function phoneNumber(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return REGISTRATION_LIMITS.phonePattern.test(value.trim()) ? null : { matches: true };
}

/** The processing consent must be given; the API names the same rule (`equals` true). */
export function consentGiven(control: AbstractControl): ValidationErrors | null {
  return control.value === true ? null : { equals: true };
}
