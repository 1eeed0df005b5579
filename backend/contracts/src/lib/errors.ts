/**
 * Every `code` a problem+json answer can carry. The API maps each to a status and an English sentence
 * (backend `DOMAIN_ERRORS`); the app must have a text for each in every language, or its build fails.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'EVENT_NOT_FOUND',
  'USER_NOT_FOUND',
  'INVITATION_NOT_FOUND',
  'REGISTRATION_NOT_FOUND',
  'CONTACT_NOT_FOUND',
  'CONTACT_IMPORT_NOT_FOUND',
  'PHOTO_NOT_FOUND',
  'EMAIL_TAKEN',
  'CONTACT_EXISTS',
  'EVENT_CANCELLED',
  'EVENT_ALREADY_CANCELLED',
  'EVENT_IN_USE',
  'CANNOT_DEACTIVATE_SELF',
  'ALREADY_INVITED',
  'INVITATION_CLOSED',
  'INVITATION_REVOKED',
  'INVITATION_NOT_ACCEPTED',
  'ALREADY_REGISTERED',
  'REGISTRATION_NOT_OPEN',
  'REGISTRATION_CLOSED',
  'INVITATION_REQUIRED',
  'EVENT_PAST',
  'REGISTRATION_NOT_PENDING',
  'REGISTRATION_NOT_ACTIVE',
  'REGISTRATION_NOT_WAITLISTED',
  'REGISTRATION_NOT_CONFIRMED',
  'NO_SEAT_FREE',
  'NO_SEAT_FOR_GUEST',
  'INVALID_PHOTO',
  'INVALID_LOGO',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'FORM_CHECK_FAILED',
  'RESET_LINK_INVALID',
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Every `rule` a field error can name: class-validator's constraint names as the DTOs use them, our own
 * decorators, and the rules services check across fields. A backend spec fails when a DTO uses a rule that is
 * missing here; the app must translate each one.
 */
export const VALIDATION_RULES = [
  // Given by the validation pipe itself.
  'required',
  'unknownField',
  'unknownValue',
  'nestedValidation',
  // class-validator's decorators.
  'isString',
  'isNotEmpty',
  'maxLength',
  'minLength',
  'isInt',
  'min',
  'max',
  'isIn',
  'isUrl',
  'isEmail',
  'isUuid',
  'isIso8601',
  'isBoolean',
  'isObject',
  'isArray',
  'arrayMaxSize',
  'arrayNotEmpty',
  'equals',
  'matches',
  // Our decorators (backend/src/common/validators.ts).
  'isEventTime',
  'isTimeZone',
  'isSectorQuotas',
  'noControlCharacters',
  'isMunicipality',
  // Rules across fields or against stored data.
  'endsAfterStart',
  'closesAfterOpens',
  'closesBeforeEventEnds',
  'quotaWithinCapacity',
  'withinEvent',
  'speakerOnPanel',
  'alreadyInvited',
  'unknownColumn',
  'csvSyntax',
  'deputyNeedsDecline',
  'deputyIsSelf',
  'staffAccount',
  'notInFuture',
  'notBeforeRegistration',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];
