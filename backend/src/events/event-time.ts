import { DateTime } from 'luxon';

/** `2026-05-21T10:00`, with optional seconds and fraction, and an optional `Z` or `±hh:mm` offset. */
export const EVENT_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export function hasOffset(value: string): boolean {
  return /(Z|[+-]\d{2}:\d{2})$/.test(value);
}

/**
 * Reads an ISO time: with an offset it is that instant; without one it is wall-clock time in `zone`.
 * The server's own time zone never takes part.
 */
export function parseEventTime(value: string, zone: string): Date {
  const time = hasOffset(value)
    ? DateTime.fromISO(value, { setZone: true })
    : DateTime.fromISO(value, { zone });
  if (!time.isValid) throw new RangeError(`not a valid time: ${value}`);
  return time.toJSDate();
}

export function isValidEventTime(value: unknown): value is string {
  return typeof value === 'string' && EVENT_TIME_PATTERN.test(value) && DateTime.fromISO(value).isValid;
}

/** ISO 8601 with the event's own offset: `2026-05-21T10:00:00+03:00`. */
export function formatEventTime(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

export function formatOptionalEventTime(date: Date | null, zone: string): string | null {
  return date ? formatEventTime(date, zone) : null;
}
