import {
  CONTACT_IMPORT_COLUMNS,
  CONTACT_LIMITS,
  sheetWordKey,
  type ContactImportError,
  type FieldError,
} from '@roundtable/contracts';
import { MUNICIPALITIES } from '@roundtable/contracts/municipalities';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { readSheet, type SheetRow } from '../common/csv-sheet';
import { toFieldErrors, validationOptions } from '../common/validation';
import { ContactInputDto } from './dto/contact-input.dto';

/** Header words, lower-cased, to fields. */
const COLUMNS: Record<string, string> = Object.fromEntries(
  Object.entries(CONTACT_IMPORT_COLUMNS).flatMap(([field, words]: [string, readonly string[]]) =>
    words.map((word) => [word.toLowerCase(), field] as const),
  ),
);

const REQUIRED_COLUMNS = ['email', 'firstName', 'lastName'];

/** A cell is stored cut to this: still too long for every field's limit, so its row is named as too long. */
const STORED_CELL_LENGTH = 1_000;

/** Municipalities by code, Bulgarian or English name, in any letter case; a name two share is not taken. */
const MUNICIPALITY_WORDS: Map<string, string | null> = (() => {
  const words = new Map<string, string | null>();
  for (const { code, bg, en } of MUNICIPALITIES) {
    words.set(sheetWordKey(code), code);
    for (const name of [bg, en]) {
      const key = sheetWordKey(name);
      words.set(key, words.has(key) && words.get(key) !== code ? null : code);
    }
  }
  return words;
})();

/**
 * Reads an uploaded file of contacts: the header names the columns (English or Bulgarian words of
 * CONTACT_IMPORT_COLUMNS), and every data row keeps its line. What makes the whole file unreadable (syntax, an
 * unknown or missing column, no rows, too many rows) is a field error of `csv`; a bad row is found later, by
 * `contactOfRow`, and skipped alone.
 */
export function readContactCsv(text: string): { rows: SheetRow[]; errors: FieldError[] } {
  let sheet;
  try {
    sheet = readSheet(text, COLUMNS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [{ field: 'csv', rule: 'csvSyntax', message }] };
  }
  const errors: FieldError[] = sheet.unknownColumns.map((column) => ({
    field: 'csv',
    rule: 'unknownColumn',
    message: `unknown column "${column}"`,
  }));
  for (const column of REQUIRED_COLUMNS.filter((name) => !sheet.columns.includes(name))) {
    errors.push({ field: 'csv', rule: 'required', message: `the column ${column} is required` });
  }
  if (sheet.rows.length === 0)
    errors.push({ field: 'csv', rule: 'arrayNotEmpty', message: 'the file has no rows under its header' });
  if (sheet.rows.length > CONTACT_LIMITS.importRows)
    errors.push({
      field: 'csv',
      rule: 'arrayMaxSize',
      message: `at most ${CONTACT_LIMITS.importRows} rows; this file has ${sheet.rows.length}`,
    });
  const rows = sheet.rows.map(({ line, cells }) => ({
    line,
    cells: Object.fromEntries(
      Object.entries(cells).map(([field, value]) => [field, value.slice(0, STORED_CELL_LENGTH)]),
    ),
  }));
  return { rows, errors };
}

/** One row as a contact's fields, or the first thing wrong with it. */
export async function contactOfRow(
  row: SheetRow,
): Promise<{ input: ContactInputDto } | { error: ContactImportError }> {
  const cells: Record<string, string> = { ...row.cells };
  if (cells['municipality']) {
    cells['municipality'] =
      MUNICIPALITY_WORDS.get(sheetWordKey(cells['municipality'])) ?? cells['municipality'];
  }
  const input = plainToInstance(ContactInputDto, cells);
  const [first] = toFieldErrors(await validate(input, validationOptions));
  if (first)
    return { error: { line: row.line, field: first.field, rule: first.rule, message: first.message } };
  return { input };
}
