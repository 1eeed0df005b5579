import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import {
  REGISTRATION_LIMITS,
  type GuestRegistrationInput,
  type GuestRegistrationPrefill,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import type { Municipality } from '@roundtable/contracts/municipalities';
import { plainText, requiredText, singleLine } from '../../core/forms/field-errors';
import { consentGiven, phoneNumber } from './registration-limits';

/**
 * A registration's fields but the e-mail: the public form adds it, a guest's invitation already has it. A type,
 * not an interface, so that it fits `FormGroup`'s index signature.
 */
export type RegistrationControls = {
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  sector: FormControl<Sector | null>;
  municipality: FormControl<Municipality | string | null>;
  organization: FormControl<string>;
  position: FormControl<string>;
  phone: FormControl<string>;
  accessibilityNeeds: FormControl<string>;
  language: FormControl<Language>;
  consents: FormGroup<{
    processing: FormControl<boolean>;
    media: FormControl<boolean>;
    publishName: FormControl<boolean>;
    followUp: FormControl<boolean>;
  }>;
};

/** Any form holding those controls, whatever it adds beside them (the public form's e-mail). */
export type RegistrationFieldsGroup = FormGroup & { readonly controls: RegistrationControls };

export function registrationControls(language: Language): RegistrationControls {
  return {
    firstName: name(REGISTRATION_LIMITS.name),
    lastName: name(REGISTRATION_LIMITS.name),
    sector: new FormControl<Sector | null>(null, { validators: [Validators.required] }),
    municipality: new FormControl<Municipality | string | null>(null, { validators: [pickedMunicipality] }),
    organization: name(REGISTRATION_LIMITS.organization),
    position: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(REGISTRATION_LIMITS.position)],
    }),
    phone: new FormControl('', {
      nonNullable: true,
      validators: [phoneNumber, Validators.maxLength(REGISTRATION_LIMITS.phone)],
    }),
    accessibilityNeeds: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(REGISTRATION_LIMITS.accessibilityNeeds)],
    }),
    language: new FormControl<Language>(language, { nonNullable: true }),
    consents: new FormGroup({
      processing: new FormControl(false, { nonNullable: true, validators: [consentGiven] }),
      media: new FormControl(false, { nonNullable: true }),
      publishName: new FormControl(false, { nonNullable: true }),
      followUp: new FormControl(false, { nonNullable: true }),
    }),
  };
}

/** What an invitation already knows about a guest; consents are never assumed, so they stay unticked. */
export function prefillRegistration(controls: RegistrationControls, prefill: GuestRegistrationPrefill): void {
  controls.firstName.setValue(prefill.firstName);
  controls.lastName.setValue(prefill.lastName);
  controls.organization.setValue(prefill.organization ?? '');
  controls.position.setValue(prefill.position ?? '');
  controls.sector.setValue(prefill.sector);
  controls.language.setValue(prefill.language);
}

/** The API's body from valid fields: trimmed, with empty optional fields left out. */
export function registrationInputOf(controls: RegistrationControls): GuestRegistrationInput {
  const municipality = controls.municipality.value;
  const consents = controls.consents.getRawValue();
  return {
    firstName: controls.firstName.value.trim(),
    lastName: controls.lastName.value.trim(),
    organization: controls.organization.value.trim(),
    position: controls.position.value.trim() || undefined,
    sector: controls.sector.value as Sector,
    municipality: typeof municipality === 'object' && municipality ? municipality.code : undefined,
    phone: controls.phone.value.trim() || undefined,
    accessibilityNeeds: controls.accessibilityNeeds.value.trim() || undefined,
    language: controls.language.value,
    consents: { ...consents, processing: true },
  };
}

function name(max: number): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [requiredText, singleLine, Validators.maxLength(max)],
  });
}

/** Text typed but no municipality picked from the list: the API would refuse it with the same rule. */
export function pickedMunicipality(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { isMunicipality: true } : null;
}
