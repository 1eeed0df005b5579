import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError, ValidationRule } from '@roundtable/contracts';
import { validationFailed } from './domain-error';

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

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe(validationOptions);
}
