import { FormControl, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { hasControlCharacters, type FieldError } from '@roundtable/contracts';
import { fieldErrorsOf, problemMessage, problemOf } from '../http/problem';
import type { I18n } from '../i18n/i18n.service';

/** The error key under which a server-side field error is stored on its control. */
export const SERVER_ERROR = 'server';

interface ServerError {
  rule: string;
  message: string;
}

/**
 * One sentence for the first error of a control, in the user's language. Client-side validators and the
 * API's rules share the wording, so a message does not change depending on who caught the mistake.
 */
export function fieldErrorMessage(i18n: I18n, errors: ValidationErrors | null): string {
  if (!errors) return '';
  const [key, value] = Object.entries(errors)[0] ?? [];
  switch (key) {
    case undefined:
      return '';
    case SERVER_ERROR: {
      // Rules name field mistakes; a few codes (EMAIL_TAKEN) are about one field too.
      const { rule, message } = value as ServerError;
      return i18n.tryLabel('rule', rule) ?? i18n.tryLabel('code', rule) ?? message;
    }
    case 'maxlength':
      return i18n.t('ruleWithLimit.maxLength', { max: value.requiredLength });
    case 'minlength':
      return i18n.t('ruleWithLimit.minLength', { min: value.requiredLength });
    case 'min':
      return i18n.t('ruleWithLimit.min', { min: value.min });
    case 'max':
      return i18n.t('ruleWithLimit.max', { max: value.max });
    case 'maxLines':
      return i18n.t('ruleWithLimit.maxLines', { max: value.max });
    case 'email':
      return i18n.t('rule.isEmail');
    default:
      // Our own validators are named after the API rules (`endsAfterStart`, `isInt`, ...).
      return i18n.label('rule', key);
  }
}

/**
 * Puts each server field error on the control it names (`venue.city`, `2.startsAt`) so it shows next to the
 * field. A path that ends below a field (`partners.3`) lands on the nearest field above it. Returns the
 * errors that name no field, for a form-level message.
 */
export function applyServerErrors(root: AbstractControl, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = findField(root, error.field);
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...control.errors, [SERVER_ERROR]: { rule: error.rule, message: error.message } });
    control.markAsTouched();
  }
  return unmatched;
}

function findField(root: AbstractControl, path: string): AbstractControl | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const control = root.get(parts.join('.'));
    if (control instanceof FormControl) return control;
    if (control) return null;
    parts.pop();
  }
  return null;
}

/** A control's value must be later than a sibling's; compares datetime-local strings, which sort by time. */
export function laterThan(sibling: string, rule: string): ValidatorFn {
  return (control) => {
    const other: unknown = control.parent?.get(sibling)?.value;
    const value: unknown = control.value;
    if (typeof value !== 'string' || typeof other !== 'string' || !value || !other) return null;
    return value > other ? null : { [rule]: true };
  };
}

/** Not later than a sibling (registration must close before the event ends). */
export function notLaterThan(sibling: string, rule: string): ValidatorFn {
  return (control) => {
    const other: unknown = control.parent?.get(sibling)?.value;
    const value: unknown = control.value;
    if (typeof value !== 'string' || typeof other !== 'string' || !value || !other) return null;
    return value <= other ? null : { [rule]: true };
  };
}

export function integer(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return value === null || value === '' || Number.isInteger(value) ? null : { isInt: true };
}

/** http(s) with a host, as the API's `isUrl` with `require_protocol` wants it. */
export function httpUrl(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
      ? null
      : { isUrl: true };
  } catch {
    return { isUrl: true };
  }
}

/** Blank-or-whitespace counts as missing for trimmed text fields (the API trims, then checks `isNotEmpty`). */
export function requiredText(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? null : { required: true };
}

/** Names and titles are one line, without control characters (the API's `noControlCharacters`). */
export function singleLine(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && hasControlCharacters(value) ? { noControlCharacters: true } : null;
}

/** Free text keeps its line breaks and tabs, nothing else of the kind (the API's `noControlCharacters`). */
export function plainText(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && hasControlCharacters(value, true)
    ? { noControlCharacters: true }
    : null;
}

/**
 * After the API refused a form: its field errors go on their controls, and the answer is the form-level
 * message — the summary "the form has mistakes" when every error found its field, the problem's own words
 * otherwise (a rule of the product, a network failure).
 */
export function serverProblemMessage(i18n: I18n, form: AbstractControl, error: unknown): string {
  const unmatched = applyServerErrors(form, fieldErrorsOf(error));
  const marked = unmatched.length === 0 && problemOf(error)?.code === 'VALIDATION_FAILED';
  return marked ? i18n.t('a11y.formInvalid') : problemMessage(i18n, error);
}
