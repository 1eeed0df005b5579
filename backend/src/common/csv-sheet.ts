import { SHEET_WORDS, sheetWordKey, type SheetColumn } from '@roundtable/contracts';
import { parse } from 'csv-parse/sync';

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

export interface SheetRow {
  /** The 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface Sheet {
  rows: SheetRow[];
  /** Header cells we do not know, so the organiser learns about a misspelt column instead of losing it. */
  unknownColumns: string[];
  /** The fields the header names. */
  columns: string[];
}

/**
 * Reads pasted rows or an uploaded CSV (comma, semicolon or tab separated, as spreadsheets export them, with or
 * without a byte-order mark) into objects keyed by our field names. `columns` maps each header word, in lower
 * case, to a field; role, sector and language cells are turned from the words of SHEET_WORDS into codes.
 */
export function readSheet(text: string, columns: Record<string, string>): Sheet {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => count(firstLine, b) - count(firstLine, a))[0];
  const records = parse(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...body] = records;
  const headerCells = header?.record ?? [];
  const keys = headerCells.map((cell) => columns[cell.trim().toLowerCase()] ?? null);
  return {
    rows: body.map(({ record, info }) => ({
      // csv-parse counts to the record's last line; a quoted cell may span several.
      line: info.lines - record.reduce((breaks, cell) => breaks + count(cell, '\n'), 0),
      cells: Object.fromEntries(
        keys.flatMap((key, i) => (key ? [[key, normalise(key, record[i] ?? '')]] : [])),
      ),
    })),
    unknownColumns: headerCells.filter((_, i) => keys[i] === null),
    columns: keys.flatMap((key) => key ?? []),
  };
}

function count(line: string, char: string): number {
  return line.split(char).length - 1;
}

function normalise(key: string, value: string): string {
  return VALUES[key]?.get(sheetWordKey(value)) ?? value;
}
