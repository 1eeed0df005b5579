import { hasControlCharacters, MAX_SEATS, SECTORS, type ValidationRule } from '@roundtable/contracts';
import { isMunicipalityCode } from '@roundtable/contracts/municipalities';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidTimezone } from '../config/config';
import { isValidEventTime } from '../events/event-time';
import { isWebhookUrl } from '../webhooks/webhook-url';

function rule(name: ValidationRule, message: string, check: (value: unknown) => boolean) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: check },
    });
}

/** ISO 8601 date and time, with or without an offset (see EventInput). */
export const IsEventTime = rule(
  'isEventTime',
  '$property must be an ISO 8601 date and time, e.g. 2026-05-21T10:00 or 2026-05-21T10:00:00+03:00',
  isValidEventTime,
);

export const IsIanaTimezone = rule(
  'isTimeZone',
  '$property must be an IANA time zone such as Europe/Sofia',
  (value) => typeof value === 'string' && isValidTimezone(value),
);

export const IsSectorQuotas = rule(
  'isSectorQuotas',
  `$property must map sectors (${SECTORS.join(', ')}) to whole numbers of seats from 0 to ${MAX_SEATS}`,
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([sector, seats]) =>
        (SECTORS as readonly string[]).includes(sector) &&
        Number.isInteger(seats) &&
        seats >= 0 &&
        seats <= MAX_SEATS,
    ),
);

/** A name or a title: one line, no control characters (they would forge lines in mail headers and .ics). */
export const IsSingleLine = rule(
  'noControlCharacters',
  '$property must be one line without control characters',
  (value) => typeof value !== 'string' || !hasControlCharacters(value),
);

/** Free text: line breaks and tabs are fine, other control characters are not. */
export const IsPlainText = rule(
  'noControlCharacters',
  '$property must not contain control characters other than line breaks and tabs',
  (value) => typeof value !== 'string' || !hasControlCharacters(value, true),
);

export const IsMunicipalityCode = rule(
  'isMunicipality',
  '$property must be the code of a Bulgarian municipality, e.g. SOF46',
  isMunicipalityCode,
);

/** An absolute https URL without a user name or password (decision 0035). */
export const IsWebhookUrl = rule(
  'isWebhookUrl',
  '$property must be an https:// URL without a user name or password',
  isWebhookUrl,
);
