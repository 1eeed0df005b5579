import { dateTimeFormat, LOCALES, type Language } from '@roundtable/contracts';
import { zoneCity } from './zone-city';

/** The zone of events at home: its times are simply „българско време“. */
const HOME_ZONE = 'Europe/Sofia';

const format = (language: Language, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(LOCALES[language], options);

const dayOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({
  timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "9:30", not "09:30" (the house style), in the given zone. */
function clock(instant: Date, timeZone: string, language: Language): string {
  const time = format(language, { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  return time.format(instant);
}

/** A no-break space keeps „ч.“ beside its hour on a narrow phone screen. */
const HOURS: Record<Language, string> = { bg: '\u00a0ч.', en: '' };

/** „българско време“ at home; „местно време, Лондон“ / "local time, London" for an event abroad. */
export function zoneNote(timeZone: string, language: Language): string {
  if (timeZone === HOME_ZONE) return language === 'bg' ? 'българско време' : 'Bulgarian time';
  const city = zoneCity(timeZone, language);
  return language === 'bg' ? `местно време, ${city}` : `local time, ${city}`;
}

/**
 * „сряда, 21 май 2031 г., 9:30 – 13:30 ч. (българско време)“: in the event's own zone whatever the server's
 * zone is, and the zone said as people say it, never as an IANA id.
 */
export function formatEventWhen(startsAt: Date, endsAt: Date, timeZone: string, language: Language): string {
  const day = format(language, dayOptions(timeZone));
  const hours = HOURS[language];
  const [from, to] = [clock(startsAt, timeZone, language), clock(endsAt, timeZone, language)];
  const range =
    day.format(startsAt) === day.format(endsAt)
      ? `${day.format(startsAt)}, ${from} – ${to}${hours}`
      : `${day.format(startsAt)}, ${from}${hours} – ${day.format(endsAt)}, ${to}${hours}`;
  return `${range} (${zoneNote(timeZone, language)})`;
}

/** „9:30 – 10:15“: one agenda item's hours in the event's zone. */
export function formatClockRange(startsAt: Date, endsAt: Date, timeZone: string, language: Language): string {
  return `${clock(startsAt, timeZone, language)} – ${clock(endsAt, timeZone, language)}`;
}

/** A deadline such as a respond-by: „12 май 2031 г. в 18:00 ч.“, in the event's zone. */
export function formatDeadline(instant: Date, timeZone: string, language: Language): string {
  const date = format(language, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const time = clock(instant, timeZone, language);
  return language === 'bg' ? `${date} в ${time}${HOURS.bg}` : `${date} at ${time}`;
}

/** „ср., 21 май 2031 г.“: Intl writes the Bulgarian weekday abbreviation without its full stop. */
export function formatShortDay(instant: Date, timeZone: string, language: Language): string {
  const parts = format(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(instant);
  return parts
    .map((part) =>
      part.type === 'weekday' && language === 'bg' && !part.value.endsWith('.')
        ? `${part.value}.`
        : part.value,
    )
    .join('');
}
