import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { REGISTRATION_LIMITS } from '@roundtable/contracts';

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
