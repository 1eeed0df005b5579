/** What Excel needs to read the file as UTF-8 rather than the system's code page, so Cyrillic shows. */
export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with `= + - @` as a formula (CSV injection), also after leading spaces,
 * tabs or line breaks. Such a cell gets a leading `'`, which Excel and LibreOffice show as text. Numbers such as
 * `-5` or a phone number `+359 888 123 456` are not formulas, so they stay exactly as typed.
 */
export function neutraliseFormula(cell: string): string {
  const start = cell.replace(/^[\s]+/, '');
  if (!/^[=+\-@]/.test(start)) return cell;
  if (isPlainNumber(start)) return cell;
  return `'${cell}`;
}

/** `+359 888 123 456`, `-5`, `+1.5`: a sign, then digits with spaces, dots or commas, and nothing else. */
function isPlainNumber(text: string): boolean {
  return /^[+-]\d[\d .,]*$/.test(text.trimEnd());
}

/** One cell by RFC 4180: quoted when it holds a quote, a separator or a line break; quotes doubled. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended by CRLF as RFC 4180 and Excel expect. */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
