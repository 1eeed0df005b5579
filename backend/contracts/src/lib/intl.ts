import type { Language } from './vocabulary';

/** The Intl locale of each language: dates and numbers in the app and in e-mails. */
export const LOCALES: Record<Language, string> = { bg: 'bg-BG', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared `Intl.DateTimeFormat`. Building one costs far more than using it, and the same few are needed over
 * and over: for every row of a list at each change detection in the app, for every message of a batch of mail.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formats.set(key, formatter);
  }
  return formatter;
}
