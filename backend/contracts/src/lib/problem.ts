import type { DomainErrorCode, ValidationRule } from './errors';

/** RFC 9457 problem details, as every 4xx/5xx answer of the API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable reason, e.g. `VALIDATION_FAILED`, `EVENT_NOT_FOUND`; the app translates it. */
  code: DomainErrorCode;
  errors?: FieldError[];
}

export interface FieldError {
  /** Dotted path into the request body: `title`, `venue.city`, `2.startsAt` (third agenda item). */
  field: string;
  message: string;
  /** The rule that failed (`isNotEmpty`, `maxLength`, `endsAfterStart`, ...), for translated messages. */
  rule: ValidationRule;
}
