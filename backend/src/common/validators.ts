import { SECTORS, isMunicipalityCode } from '@roundtable/contracts';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidTimezone } from '../config/config';
import { isValidEventTime } from '../events/event-time';

function rule(name: string, message: string, check: (value: unknown) => boolean) {
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

export const MAX_SEATS = 100_000;

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

export const IsMunicipalityCode = rule(
  'isMunicipality',
  '$property must be the code of a Bulgarian municipality, e.g. SOF46',
  isMunicipalityCode,
);

/** Names and titles travel into .ics files and mail headers, where a line break or a control character forges fields. */
export const HasNoControlCharacters = rule(
  'noControlCharacters',
  '$property must not contain line breaks or control characters',
  (value) => typeof value === 'string' && !/\p{Cc}/u.test(value),
);
