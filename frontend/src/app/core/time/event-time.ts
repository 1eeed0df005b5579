import { dateTimeFormat, LOCALES, type Language } from '@roundtable/contracts';

/**
 * Event times are always shown in the event's own time zone, never the browser's: a Sofia round table starts
 * at 10:00 for a reader in Lisbon too. Every formatter here therefore takes the zone explicitly.
 */

/** Day, month, year and 24-hour time: a deadline, or the whole span of an event over several days. */
const DATE_AND_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  // "9:30", as Bulgarian writes the hour (ОПР), not "09:30".
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
};

export interface EventTimeText {
  /** "четвъртък, 21 май 2026 г." (or the whole span when the event runs over several days). */
  date: string;
  /** "10:00 – 13:00 ч."; empty when `date` already holds the times of a multi-day event. */
  time: string;
  /** "българско време", "местно време, Ню Йорк" */
  zoneName: string;
  /** "Europe/Sofia" */
  zoneId: string;
}

export function describeEventTime(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: Language,
): EventTimeText {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const locale = LOCALES[language];
  const zoneName = formatZoneName(timeZone, language, start);
  if (dayKey(start, timeZone) === dayKey(end, timeZone)) {
    const date = dateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(start);
    return { date, time: formatTimeRange(startsAt, endsAt, timeZone, language), zoneName, zoneId: timeZone };
  }
  const span = dateTimeFormat(locale, { timeZone, ...DATE_AND_TIME }).formatRange(start, end);
  return { date: span, time: '', zoneName, zoneId: timeZone };
}

/** "10:00 – 13:00 ч." in Bulgarian (the hour mark once, as people write it), "10:00–13:00" in English. */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: Language,
): string {
  const from = formatClock(startsAt, timeZone);
  const to = formatClock(endsAt, timeZone);
  return language === 'bg' ? `${from} – ${to} ч.` : `${from}–${to}`;
}

/** "9:30", "10:00": 24-hour wall-clock time in the zone without a leading zero, the same in both languages. */
export function formatClock(instant: string, timeZone: string): string {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}

/**
 * "чт., 21 май 2026 г.": short enough for cards and table rows. ICU abbreviates Bulgarian weekdays without the
 * full stop that Bulgarian abbreviations take.
 */
export function formatShortDate(instant: string, timeZone: string, language: Language): string {
  return dateTimeFormat(LOCALES[language], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .formatToParts(new Date(instant))
    .map((part) =>
      part.type === 'weekday' && language === 'bg' && !part.value.endsWith('.')
        ? `${part.value}.`
        : part.value,
    )
    .join('');
}

/** "19 май 2026 г. в 18:00 ч.", for deadlines such as the close of registration. */
export function formatDateTime(instant: string, timeZone: string, language: Language): string {
  const text = dateTimeFormat(LOCALES[language], { timeZone, ...DATE_AND_TIME }).format(new Date(instant));
  return language === 'bg' ? `${text} ч.` : text;
}

/**
 * "30 юни 2024 г.": a calendar date as the API sends one (`YYYY-MM-DD`, a due date), which belongs to no time
 * zone; formatted in UTC so that no zone can move it to the day before.
 */
export function formatCalendarDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number);
  return dateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * "14.06.2024" (Bulgarian, without the „г.“ that ICU adds), "14/06/2024" (English): the day of an instant at the
 * event's place, short enough for a dated list.
 */
export function formatNumericDate(instant: string, timeZone: string, language: Language): string {
  return dateTimeFormat(LOCALES[language], { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(instant))
    .filter((part) => part.type !== 'literal' || !part.value.includes('г'))
    .map((part) => part.value)
    .join('');
}

const BULGARIAN_TIME = 'Europe/Sofia';

/**
 * The zone as a reader says it: "българско време" for Sofia; for an event abroad "местно време" and the place
 * ("местно време, Ню Йорк"). Never an IANA id or an offset, which mean nothing to most readers. Bulgarian takes
 * the place from ICU's localised location names; English from the id's city, which is already English.
 */
export function formatZoneName(timeZone: string, language: Language, at: Date = new Date()): string {
  if (timeZone === BULGARIAN_TIME) return language === 'bg' ? 'българско време' : 'Bulgarian time';
  const city = timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
  if (language === 'en') return `local time, ${city}`;
  const location = dateTimeFormat(LOCALES.bg, { timeZone, timeZoneName: 'shortGeneric' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  // Zones without a place of their own (UTC, Etc/GMT+2) come out as offsets: "Гринуич+0".
  return location && !/\d/.test(location) ? `местно време, ${location}` : `местно време, ${city}`;
}

/** The calendar day of an instant in a zone, as "2026-05-21" (en-CA formats dates in ISO order). */
function dayKey(date: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * The value for `<input type="datetime-local">` from an API time. The API answers in the event's own offset,
 * so the first 16 characters already are the event's wall-clock time; going through `Date` would shift it
 * into the browser's zone.
 */
export function toLocalInput(instant: string | null | undefined): string {
  return instant ? instant.slice(0, 16) : '';
}

/**
 * Adds minutes to a wall-clock value ("2026-05-21T10:00") without any time zone: the arithmetic runs in UTC
 * where no day has a DST jump, which is what an agenda slot means ("30 minutes after the previous one").
 */
export function addMinutesToLocal(local: string, minutes: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return local;
  const [, year, month, day, hour, minute] = match.map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day, hour, minute + minutes));
  return shifted.toISOString().slice(0, 16);
}
