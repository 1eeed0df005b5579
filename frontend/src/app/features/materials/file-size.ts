import type { Language } from '@roundtable/contracts';

const KB = 1024;
const MB = 1024 * 1024;

/** A file's size as people read it: „850 KB“, „1,4 MB“ (decimal comma in Bulgarian), whole bytes below 1 KB. */
export function formatFileSize(bytes: number, language: Language): string {
  const locale = language === 'bg' ? 'bg-BG' : 'en-GB';
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${Math.round(bytes / KB)} KB`;
  const megabytes = bytes / MB;
  const digits = megabytes < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(megabytes)} MB`;
}
