import { SHEET_WORDS, sheetWordKey, type SheetColumn } from '@roundtable/contracts';
import { parse } from 'csv-parse/sync';

/** The columns a CSV of invitees may have; headers in English or Bulgarian, in any order and case. */
const COLUMNS: Record<string, string> = {
  name: 'name',
  име: 'name',
  email: 'email',
  'e-mail': 'email',
  имейл: 'email',
  'е-поща': 'email',
  role: 'role',
  роля: 'role',
  organization: 'organization',
  organisation: 'organization',
  организация: 'organization',
  position: 'position',
  длъжност: 'position',
  sector: 'sector',
  сектор: 'sector',
  language: 'language',
  език: 'language',
};

/**
 * Values as a Bulgarian sheet writes them (or a code in capitals), turned into the API's codes; anything else
 * goes through unchanged and is checked (and, if wrong, named) by the usual validation.
 */
const VALUES: Record<string, Map<string, string>> = Object.fromEntries(
  (Object.keys(SHEET_WORDS) as SheetColumn[]).map((column) => [
    column,
    new Map(
      Object.entries(SHEET_WORDS[column]).flatMap(([code, words]: [string, readonly string[]]) =>
        [code, ...words].map((word) => [sheetWordKey(word), code] as const),
      ),
    ),
  ]),
);

export interface CsvRows {
  rows: Record<string, string>[];
  /** Header cells we do not know, so the organiser learns about a misspelt column instead of losing it. */
  unknownColumns: string[];
}

/**
 * Reads pasted rows or an uploaded CSV (comma, semicolon or tab separated, as spreadsheets export them,
 * with or without a byte-order mark) into objects keyed by our field names.
 */
export function readInvitationCsv(text: string): CsvRows {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0];
  const records: string[][] = parse(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  });
  const [header = [], ...body] = records;
  const keys = header.map((cell) => COLUMNS[cell.trim().toLowerCase()] ?? null);
  return {
    rows: body.map((cells) =>
      Object.fromEntries(keys.flatMap((key, i) => (key ? [[key, normalise(key, cells[i] ?? '')]] : []))),
    ),
    unknownColumns: header.filter((_, i) => keys[i] === null),
  };
}

function count(line: string, char: string): number {
  return line.split(char).length - 1;
}

function normalise(key: string, value: string): string {
  return VALUES[key]?.get(sheetWordKey(value)) ?? value;
}
