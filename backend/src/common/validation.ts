import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError, ValidationRule } from '@roundtable/contracts';
import { DomainError, validationFailed } from './domain-error';

/** Flattens class-validator's tree into `{ field: 'venue.city', rule, message }` entries. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // A missing field fails every rule it has; "is required" is the one worth saying.
    const missing =
      (error.value === undefined || error.value === null) && !error.constraints?.['whitelistValidation'];
    if (missing && constraints.length > 0)
      return [{ field, rule: 'required', message: `${field} is required` }];
    const own = constraints.map(([rule, message]) => ({
      field,
      // class-validator names its rules as strings; validation-rules.spec.ts checks every one is in contracts.
      rule: rule === 'whitelistValidation' ? 'unknownField' : (rule as ValidationRule),
      message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export const validationOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  // `value` is read to tell a missing field from a wrong one; it never goes into the response.
  validationError: { target: false, value: true },
  exceptionFactory: (errors: ValidationError[]) => validationFailed(toFieldErrors(errors)),
};

/**
 * Keys that never reach class-validator's whitelist: Nest's pipe deletes `__proto__`, `prototype` and
 * `constructor` from the body, and class-transformer skips every key under which the new instance already has a
 * function (`toString`, `valueOf`, `hasOwnProperty`, ... of Object.prototype). Dropped in silence, they would
 * pass where any other unknown field answers 400. No DTO has a field by these names.
 */
const HIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Every own key of a parsed body, at any depth, that class-transformer or Nest would drop unseen. */
export function hiddenUnknownFields(value: unknown, prefix = ''): FieldError[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (!Array.isArray(value) && HIDDEN_KEYS.has(key)) {
      return [{ field, rule: 'unknownField' as const, message: `${field} is not a known field` }];
    }
    return hiddenUnknownFields((value as Record<string, unknown>)[key], field);
  });
}

/** Nest's pipe, with the unknown fields it cannot see reported like the ones it can, in the same answer. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const hidden = metadata.metatype && this.toValidate(metadata) ? hiddenUnknownFields(value) : [];
    if (hidden.length === 0) return super.transform(value, metadata);
    const others = await super.transform(value, metadata).then(
      () => [],
      (error: unknown) => {
        if (error instanceof DomainError && error.errors) return error.errors;
        throw error;
      },
    );
    throw validationFailed([...hidden, ...others]);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe(validationOptions);
}
