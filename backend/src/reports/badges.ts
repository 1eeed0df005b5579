import {
  PANEL_COLOUR,
  SECTOR_COLOURS,
  SECTOR_NAMES,
  type InvitationRole,
  type Language,
  type Sector,
  type SectorColour,
} from '@roundtable/contracts';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ROLE_LABELS } from '../invitations/invitation-labels';
import { bySurname, COLOURS, documentFrame, fullName, type ReportFrame } from './pdf';

/** The roles that speak on the day; a guest's badge shows their sector like everyone else's. */
export type PanelRole = Exclude<InvitationRole, 'guest'>;

export interface BadgePerson {
  /** For sorting: the family name and first name. */
  firstName: string;
  lastName: string;
  /** As printed, when it is not simply first and last name (an invitee's „д-р Мария Иванова“). */
  name?: string;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
  /** Set for the programme's participants: their band names the role, not the sector. */
  role: PanelRole | null;
}

export interface BadgesData {
  organisationName: string;
  event: ReportFrame['event'];
  people: BadgePerson[];
}

const WORDS: Record<Language, { document: string }> = {
  bg: { document: 'Табелки с имена' },
  en: { document: 'Badges' },
};

export const BADGES_PER_ROW = 2;
export const BADGE_ROWS_PER_PAGE = 4;
const BADGES_PER_PAGE = BADGES_PER_ROW * BADGE_ROWS_PER_PAGE;
/**
 * A4 is 841.89 pt high: 40 above (the small header), 36 below (page numbers), four rows of 184 (65 mm) and
 * their cut lines between. The badge's three parts: the event, the person, the band.
 */
const PARTS = [28, 114, 42];
const BADGE_HEIGHT = PARTS.reduce((sum, part) => sum + part, 0);
const TOP = 40;

export function badgesTitle(language: Language): string {
  return WORDS[language].document;
}

/** The band at the foot of a badge: the role for the programme's participants, otherwise the sector. */
export function badgeBand(
  person: BadgePerson,
  language: Language,
): { label: string; colour: SectorColour } | null {
  if (person.role) {
    const word = ROLE_LABELS[language][person.role];
    return { label: word.charAt(0).toLocaleUpperCase(language) + word.slice(1), colour: PANEL_COLOUR };
  }
  if (person.sector)
    return { label: SECTOR_NAMES[language][person.sector], colour: SECTOR_COLOURS[person.sector] };
  return null;
}

/**
 * Eight badges to an A4 page (two across, four down, about 92 × 65 mm), with dashed cut lines: the event's
 * title at the top, the name large, the organisation and position, and the band. Sorted as the attendance
 * sheet is, so the badges lie on the table in the order of the sheet.
 */
export function badgesDefinition(data: BadgesData): TDocumentDefinitions {
  const language = data.event.language;
  const frame: ReportFrame = { ...data, documentTitle: WORDS[language].document };
  const people = bySurname(data.people);
  const pages: Content[] = [];
  for (let start = 0; start < people.length || start === 0; start += BADGES_PER_PAGE) {
    const onPage = people.slice(start, start + BADGES_PER_PAGE);
    const rows: TableCell[][] = [];
    for (let row = 0; row * BADGES_PER_ROW < Math.max(onPage.length, 1); row += 1) {
      const cells = onPage.slice(row * BADGES_PER_ROW, (row + 1) * BADGES_PER_ROW);
      rows.push(
        Array.from({ length: BADGES_PER_ROW }, (_, index) =>
          cells[index] ? badge(cells[index], data.event.title, language) : '',
        ),
      );
    }
    pages.push({
      table: {
        widths: Array.from({ length: BADGES_PER_ROW }, () => '*'),
        heights: BADGE_HEIGHT,
        dontBreakRows: true,
        body: rows,
      },
      layout: cutLines,
      ...(start > 0 ? { pageBreak: 'before' as const } : {}),
    });
    if (people.length === 0) break;
  }
  // One short line: each badge names the event itself, and a long title must not push the badges down.
  const header: Content = {
    columns: [
      { text: data.organisationName, fontSize: 8, color: COLOURS.muted },
      { text: frame.documentTitle, fontSize: 8, color: COLOURS.muted, alignment: 'right', width: 'auto' },
    ],
  };
  return documentFrame(frame, { orientation: 'portrait', top: TOP, header, content: pages });
}

const cutLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => COLOURS.rule,
  vLineColor: () => COLOURS.rule,
  hLineStyle: () => ({ dash: { length: 4, space: 3 } }),
  vLineStyle: () => ({ dash: { length: 4, space: 3 } }),
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

function badge(person: BadgePerson, eventTitle: string, language: Language): Content {
  const band = badgeBand(person, language);
  const name = person.name ?? fullName(person);
  return {
    table: {
      widths: ['*'],
      heights: PARTS,
      body: [
        [{ text: badgeEventTitle(eventTitle), fontSize: 7, color: COLOURS.muted, margin: [12, 10, 12, 0] }],
        [
          {
            stack: [
              { text: name, bold: true, fontSize: nameSize(name), margin: [0, 0, 0, 6] },
              { text: person.organization ?? '', fontSize: 10 },
              { text: person.position ?? '', fontSize: 9, color: COLOURS.muted, margin: [0, 2, 0, 0] },
            ],
            margin: [12, 6, 12, 0],
          },
        ],
        [
          band
            ? {
                text: band.label,
                bold: true,
                fontSize: band.label.length > 32 ? 8 : 10,
                color: band.colour.text,
                fillColor: band.colour.background,
                alignment: 'center',
                margin: [8, band.label.length > 32 ? 10 : 13, 8, 0],
              }
            : '',
        ],
      ],
    },
    layout: { ...cutLines, hLineWidth: () => 0, vLineWidth: () => 0 },
  };
}

/**
 * As large as fits on one line of a badge (about 237 pt wide; DejaVu Sans Bold is about 0.68 em a letter):
 * only a name longer than 26 letters wraps.
 */
export function nameSize(name: string): number {
  if (name.length <= 16) return 20;
  if (name.length <= 20) return 17;
  if (name.length <= 26) return 13;
  return 12;
}

/** Two lines of 7 pt at most, so that a long title never makes a badge taller than its place on the page. */
export function badgeEventTitle(title: string): string {
  const limit = 100;
  return title.length <= limit ? title : `${title.slice(0, limit - 1).trimEnd()}…`;
}
