import type { DomainErrorCode, FieldError } from '@roundtable/contracts';

/**
 * Every rule of the product that refuses a request has a code (listed in contracts' DOMAIN_ERROR_CODES), with
 * the HTTP status it maps to and a sentence a person understands. The app translates by code; the sentence is
 * the API's own (English) wording.
 */
export const DOMAIN_ERRORS = {
  VALIDATION_FAILED: [400, 'The request has invalid fields.'],
  MALFORMED_REQUEST: [400, 'The request could not be read (malformed JSON or URL).'],
  UNAUTHENTICATED: [401, 'Log in to continue.'],
  INVALID_CREDENTIALS: [401, 'The e-mail or password is wrong.'],
  FORBIDDEN: [403, 'Your role may not do this.'],
  NOT_FOUND: [404, 'There is nothing at this address.'],
  EVENT_NOT_FOUND: [404, 'There is no such event.'],
  USER_NOT_FOUND: [404, 'There is no such user.'],
  INVITATION_NOT_FOUND: [404, 'There is no such invitation, or the link is not valid.'],
  PHOTO_NOT_FOUND: [404, 'There is no published photo.'],
  MATERIAL_NOT_FOUND: [404, 'There is no such material, or this link may not open it.'],
  SUMMARY_NOT_FOUND: [404, 'This event has no published summary.'],
  PACK_NOT_FOUND: [404, 'No reporting pack has been built for this event.'],
  SERIES_NOT_FOUND: [404, 'There is no such series.'],
  THEME_NOT_FOUND: [404, 'There is no such theme.'],
  RECOMMENDATION_NOT_FOUND: [404, 'There is no such recommendation.'],
  WEBHOOK_NOT_FOUND: [404, 'There is no such webhook endpoint.'],
  WEBHOOK_DELIVERY_NOT_FOUND: [404, 'There is no such webhook delivery.'],
  REGISTRATION_NOT_FOUND: [404, 'There is no such registration.'],
  CONTACT_NOT_FOUND: [404, 'There is no such contact.'],
  CONTACT_IMPORT_NOT_FOUND: [404, 'There is no such contact import.'],
  EMAIL_TAKEN: [409, 'An account with this e-mail already exists.'],
  CONTACT_EXISTS: [409, 'The directory already has a contact with this e-mail address.'],
  EVENT_CANCELLED: [409, 'The event is cancelled and can no longer be changed.'],
  EVENT_ALREADY_CANCELLED: [409, 'The event is already cancelled.'],
  EVENT_IN_USE: [
    409,
    'The event cannot return to draft: people hold it in their calendars, registered or were invited.',
  ],
  FOLLOW_UP_NOT_LATER: [409, 'A recommendation can be carried only to an event that starts after its own.'],
  CANNOT_DEACTIVATE_SELF: [409, 'You cannot deactivate or demote your own account.'],
  ALREADY_INVITED: [409, 'This person already has an open invitation to this event.'],
  INVITATION_CLOSED: [409, 'This invitation is no longer open.'],
  INVITATION_REVOKED: [410, 'The organisers withdrew this invitation.'],
  INVITATION_NOT_ACCEPTED: [409, 'Accept the invitation before adding a bio or photo.'],
  INVITATION_NOT_DRAFT: [409, 'Only a draft invitation can be sent this way; this one was sent already.'],
  ALREADY_REGISTERED: [409, 'This e-mail address is already registered for this event.'],
  REGISTRATION_NOT_OPEN: [409, 'Registration for this event has not opened yet.'],
  REGISTRATION_CLOSED: [409, 'Registration for this event is closed.'],
  INVITATION_REQUIRED: [409, 'This event takes registrations only through an invitation.'],
  EVENT_PAST: [409, 'The event is over.'],
  REGISTRATION_NOT_PENDING: [409, 'Only a registration that awaits approval can be approved.'],
  REGISTRATION_NOT_ACTIVE: [409, 'This registration is already cancelled or rejected.'],
  REGISTRATION_NOT_WAITLISTED: [409, 'Only a wait-listed registration can be confirmed from the wait list.'],
  REGISTRATION_NOT_CONFIRMED: [
    409,
    'Only a confirmed registration can be checked in; this one is wait-listed, pending, cancelled or rejected.',
  ],
  NO_SEAT_FREE: [
    409,
    "No seat is free within the capacity and the sector's quota; confirm over them explicitly.",
  ],
  REGISTRATION_OTHER_EVENT: [409, 'This registration (or its QR code) belongs to another event.'],
  NO_SEAT_FOR_GUEST: [
    409,
    "A guest invitation holds a seat, and no seat is free for it within the capacity and the sector's quota; raise them first.",
  ],
  INVALID_PHOTO: [400, 'The photo must be a JPEG, PNG or WebP image of at most 5 MB.'],
  INVALID_LOGO: [400, 'The logo must be a JPEG, PNG or WebP image of at most 2 MB.'],
  PAYLOAD_TOO_LARGE: [413, 'The upload is too large.'],
  FILE_TOO_LARGE: [413, 'The file is larger than the upload limit; nothing was stored.'],
  FILE_TYPE_NOT_ALLOWED: [
    415,
    'Only PDF, Office documents, images and ZIP files may be uploaded (judged by the content, not the name).',
  ],
  PACK_NOT_READY: [409, 'The reporting pack is still being built, or its build failed.'],
  TOO_MANY_REQUESTS: [429, 'Too many requests; try again later.'],
  FORM_CHECK_FAILED: [400, 'The form could not be checked; reload the page and send it again.'],
  RESET_LINK_INVALID: [410, 'This password reset link has expired or was already used.'],
  INTERNAL: [500, 'Something went wrong on our side. Nothing was changed; please try again.'],
  DATABASE_UNAVAILABLE: [503, 'The database cannot be reached.'],
  NOT_READY: [503, 'The service is not ready: a check of its readiness failed.'],
} as const satisfies Record<DomainErrorCode, readonly [number, string]>;

export type { DomainErrorCode };

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? DOMAIN_ERRORS[code][1]);
  }

  get status(): number {
    return DOMAIN_ERRORS[this.code][0];
  }
}

/** A 400 with per-field entries, raised by the validation pipe and by cross-field rules in services. */
export function validationFailed(errors: FieldError[]): DomainError {
  return new DomainError('VALIDATION_FAILED', describeFields(errors), errors);
}

function describeFields(errors: FieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.field))];
  return `Invalid fields: ${fields.join(', ')}.`;
}
