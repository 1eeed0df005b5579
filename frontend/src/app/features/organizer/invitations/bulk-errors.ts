import { SHEET_WORDS, type FieldError, type Language, type SheetColumn } from '@roundtable/contracts';
import { fieldErrorMessage } from '../../../core/forms/field-errors';
import type { I18n } from '../../../core/i18n/i18n.service';
import './invitations.i18n';

export interface BulkErrorLine {
  /** The line of the pasted text or spreadsheet (the header is line 1), or null for the sheet as a whole. */
  line: number | null;
  text: string;
  /** The parser's own words for a syntax error, which name the place; left untranslated. */
  detail: string | null;
}

/**
 * Values a CSV cell may hold; the API checks them with `isIn`, so listing them is the useful answer: the
 * Bulgarian words first on a Bulgarian page (a Bulgarian sheet writes „лектор“, not "speaker"), then the codes.
 */
function allowedValues(field: string, language: Language): string | null {
  if (!(field in SHEET_WORDS)) return null;
  const words = SHEET_WORDS[field as SheetColumn];
  const codes = Object.keys(words);
  const bulgarian = Object.values(words).map((list: readonly string[]) => list[0]);
  return (language === 'bg' ? [...bulgarian, ...codes] : [...codes, ...bulgarian]).join(', ');
}

/**
 * The API's errors for a bulk invitation as sentences an organiser can act on: `rows.1.email` is data row 1
 * counted from 0, which is line 3 of their sheet (the header is line 1). Header-level problems come first.
 */
export function describeBulkErrors(i18n: I18n, errors: readonly FieldError[]): BulkErrorLine[] {
  return errors.map((error) => describe(i18n, error)).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function describe(i18n: I18n, error: FieldError): BulkErrorLine {
  const row = /^rows\.(\d+)(?:\.(\w+))?/.exec(error.field);
  if (row) {
    const line = Number(row[1]) + 2;
    const field = row[2];
    let message = ruleMessage(i18n, error);
    const values = field && error.rule === 'isIn' ? allowedValues(field, i18n.language()) : null;
    if (values) message = `${message} ${i18n.t('invitations.bulkAllowed', { values })}`;
    const text = field
      ? i18n.t('invitations.bulkRowError', { line, field: i18n.label('invitationField', field), message })
      : i18n.t('invitations.bulkRowErrorNoField', { line, message });
    return { line, text, detail: null };
  }
  if (error.rule === 'unknownColumn') {
    const column = /"([^"]*)"/.exec(error.message)?.[1];
    const text = column ? i18n.t('invitations.bulkUnknownColumn', { column }) : ruleMessage(i18n, error);
    return { line: null, text, detail: null };
  }
  if (error.rule === 'csvSyntax') {
    return { line: null, text: ruleMessage(i18n, error), detail: error.message || null };
  }
  return { line: null, text: ruleMessage(i18n, error), detail: null };
}

function ruleMessage(i18n: I18n, error: FieldError): string {
  return fieldErrorMessage(i18n, { server: { rule: error.rule, message: error.message } });
}
