import { SECTOR_NAMES, type Language, type Sector } from '@roundtable/contracts';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  bySurname,
  COLOURS,
  documentFrame,
  eventHeader,
  eventHeaderHeight,
  fullName,
  type ReportFrame,
} from './pdf';

export interface SheetPerson {
  firstName: string;
  lastName: string;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
}

export interface AttendanceSheetData {
  organisationName: string;
  event: ReportFrame['event'];
  /** The confirmed registrations, in any order. */
  people: SheetPerson[];
}

const WORDS: Record<
  Language,
  {
    document: string;
    columns: [string, string, string, string, string, string];
    confirmed: (count: number) => string;
    walkIns: string;
  }
> = {
  bg: {
    document: 'Присъствен списък',
    columns: ['№', 'Име и фамилия', 'Организация', 'Длъжност', 'Сектор', 'Подпис'],
    confirmed: (count) => `Потвърдени участници: ${count}`,
    walkIns: 'Участници без предварителна регистрация',
  },
  en: {
    document: 'Attendance sheet',
    columns: ['No.', 'Name', 'Organisation', 'Position', 'Sector', 'Signature'],
    confirmed: (count) => `Confirmed participants: ${count}`,
    walkIns: 'Participants without prior registration',
  },
};

/** Empty rows for people who come without registering: a tenth of the confirmed, and never fewer than 5. */
export function walkInRows(confirmed: number): number {
  return Math.max(5, Math.ceil(confirmed / 10));
}

/** The name of the document in the event's language, for its header and its metadata. */
export function attendanceSheetTitle(language: Language): string {
  return WORDS[language].document;
}

/**
 * A4 landscape, the event header on every page, then one table: the header row (repeated on every page), the
 * confirmed people sorted by surname, then numbered empty rows for walk-ins under a caption. Rows never split
 * across pages, and each is tall enough to sign in.
 */
export function attendanceSheetDefinition(data: AttendanceSheetData): TDocumentDefinitions {
  const language = data.event.language;
  const words = WORDS[language];
  const frame: ReportFrame = { ...data, documentTitle: words.document };
  const people = bySurname(data.people);
  const header: TableCell[] = words.columns.map((text) => ({
    text,
    bold: true,
    fillColor: COLOURS.headerFill,
  }));
  const rows: TableCell[][] = people.map((person, index) => [
    { text: String(index + 1), alignment: 'right' },
    { text: fullName(person), bold: true },
    person.organization ?? '',
    person.position ?? '',
    person.sector ? SECTOR_NAMES[language][person.sector] : '',
    '',
  ]);
  const blanks = walkInRows(people.length);
  const caption: TableCell[] = [
    { text: words.walkIns, colSpan: 6, italics: true, color: COLOURS.muted, fillColor: COLOURS.headerFill },
    '',
    '',
    '',
    '',
    '',
  ];
  const empty: TableCell[][] = Array.from({ length: blanks }, (_, index) => [
    { text: String(people.length + index + 1), alignment: 'right' },
    '',
    '',
    '',
    '',
    '',
  ]);
  const content: Content = [
    { text: words.confirmed(people.length), fontSize: 9, color: COLOURS.muted, margin: [0, 0, 0, 6] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [26, 140, '*', 150, 110, 110],
        heights: (row: number) => (row === 0 || row === people.length + 1 ? 16 : 26),
        body: [header, ...rows, caption, ...empty],
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => COLOURS.rule,
        vLineColor: () => COLOURS.rule,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      fontSize: 9,
    },
  ];
  return documentFrame(frame, {
    orientation: 'landscape',
    top: eventHeaderHeight(frame, 'landscape'),
    header: eventHeader(frame),
    content,
  });
}
