import { dateTimeFormat, LOCALES, type Language } from '@roundtable/contracts';

const format = (language: Language, options: Intl.DateTimeFormatOptions) =>
  dateTimeFormat(LOCALES[language], options);

/**
 * "четвъртък, 21 май 2031 г., 10:00 – 13:00 ч. (Източноевропейско време, Europe/Sofia)": the event's own zone,
 * named, whatever the server's zone is.
 */
export function formatEventWhen(startsAt: Date, endsAt: Date, timeZone: string, language: Language): string {
  const day = format(language, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = format(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zoneName =
    format(language, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(startsAt)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const sameDay = day.format(startsAt) === day.format(endsAt);
  // A no-break space keeps "13:30 ч." together on a narrow phone screen.
  const hours = language === 'bg' ? '\u00a0ч.' : '';
  const range = sameDay
    ? `${day.format(startsAt)}, ${time.format(startsAt)} – ${time.format(endsAt)}${hours}`
    : `${day.format(startsAt)}, ${time.format(startsAt)}${hours} – ${day.format(endsAt)}, ${time.format(endsAt)}${hours}`;
  return `${range} (${zoneName}, ${timeZone})`;
}

/** A date such as a respond-by deadline: "15 май 2031 г." */
export function formatDay(instant: Date, timeZone: string, language: Language): string {
  return format(language, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}
