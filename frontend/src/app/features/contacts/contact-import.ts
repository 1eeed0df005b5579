import { CONTACT_LIMITS, type ContactImport, type ContactImportError } from '@roundtable/contracts';
import type { I18n } from '../../core/i18n/i18n.service';
import './contacts.i18n';

/** How often the dialog asks the API how far an import has come. */
export const IMPORT_POLL_MS = 1000;

export type CsvFileProblem = 'tooLarge' | 'wrongType';

/**
 * What the browser can tell about a chosen file before sending it. Windows reports a .csv saved by Excel as
 * `application/vnd.ms-excel` and some systems report nothing, so the name decides as much as the type.
 */
export function checkCsvFile(file: { name: string; type: string; size: number }): CsvFileProblem | null {
  const csvName = /\.(csv|txt)$/i.test(file.name);
  const csvType = file.type === 'text/csv' || file.type === 'text/plain';
  if (!csvName && !csvType) return 'wrongType';
  if (file.size > CONTACT_LIMITS.importBytes) return 'tooLarge';
  return null;
}

/** The limit in megabytes as people write it („2“, not „2.00“). */
export function maxMegabytes(): number {
  return Math.round((CONTACT_LIMITS.importBytes / (1024 * 1024)) * 10) / 10;
}

export function isFinished(job: ContactImport): boolean {
  return job.status === 'done' || job.status === 'failed';
}

/** Per cent for the progress bar; an import that has not counted its rows yet is at 0. */
export function progressPercent(job: ContactImport): number {
  return job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;
}

export interface ImportErrorLine {
  /** "Ред 7: имейл": the line of the organiser's file and the column in their language. */
  place: string;
  message: string;
  /** Set when the message is the API's own (English) words rather than a translated rule. */
  lang: 'en' | null;
}

/**
 * "Ред 7: имейл – Въведете валиден имейл адрес.": the API's message is translated when it names one of the
 * shared rules; otherwise it is shown in its own words, marked as English for screen readers.
 */
export function describeImportError(i18n: I18n, error: ContactImportError): ImportErrorLine {
  const translated = error.rule ? i18n.tryLabel('rule', error.rule) : null;
  const field = error.field ? (i18n.tryLabel('contactField', error.field) ?? error.field) : null;
  return {
    place: field
      ? i18n.t('importDialog.rowPlace', { line: error.line, field })
      : i18n.t('importDialog.rowPlaceNoField', { line: error.line }),
    message: translated ?? error.message,
    lang: translated ? null : 'en',
  };
}
