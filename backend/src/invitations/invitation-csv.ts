import { readSheet } from '../common/csv-sheet';

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
  const { rows, unknownColumns } = readSheet(text, COLUMNS);
  return { rows: rows.map((row) => row.cells), unknownColumns };
}
