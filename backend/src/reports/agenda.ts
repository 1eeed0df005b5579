import { AGENDA_KIND_NAMES, type AgendaItemKind, type Language } from '@roundtable/contracts';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatClockRange } from '../mail/mail-format';
import { COLOURS, documentFrame, eventHeader, eventHeaderHeight, type ReportFrame } from './pdf';

export interface AgendaSpeaker {
  name: string;
  position: string | null;
  organization: string | null;
}

export interface AgendaEntry {
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  kind: AgendaItemKind;
  /** Only those who accepted and agreed to have their names published, as on the event page. */
  speakers: AgendaSpeaker[];
}

export interface AgendaData {
  organisationName: string;
  event: ReportFrame['event'];
  /** In the agenda's order. */
  items: AgendaEntry[];
}

const WORDS: Record<Language, { document: string; empty: string }> = {
  bg: { document: 'Програма', empty: 'Програмата предстои да бъде обявена.' },
  en: { document: 'Agenda', empty: 'The agenda is to be announced.' },
};

export function agendaTitle(language: Language): string {
  return WORDS[language].document;
}

/** „Мария Иванова, директор, Община Габрово“. */
export function speakerLine(speaker: AgendaSpeaker): string {
  return [speaker.name, speaker.position, speaker.organization].filter(Boolean).join(', ');
}

/**
 * A4 portrait: the event header, then one row per item: its hours in the event's zone, then its title, kind,
 * description and speakers.
 */
export function agendaDefinition(data: AgendaData): TDocumentDefinitions {
  const language = data.event.language;
  const words = WORDS[language];
  const frame: ReportFrame = { ...data, documentTitle: words.document };
  const rows: TableCell[][] = data.items.map((item) => [
    {
      text: formatClockRange(item.startsAt, item.endsAt, data.event.timezone, language),
      bold: true,
      noWrap: true,
    },
    {
      stack: [
        { text: item.title, bold: true, fontSize: 11 },
        {
          text: AGENDA_KIND_NAMES[language][item.kind],
          fontSize: 8,
          color: COLOURS.muted,
          margin: [0, 1, 0, 0],
        },
        ...(item.description ? [{ text: item.description, margin: [0, 4, 0, 0] } as Content] : []),
        ...(item.speakers.length > 0
          ? [{ ul: item.speakers.map(speakerLine), margin: [0, 4, 0, 0], fontSize: 9 } as Content]
          : []),
      ],
      ...(item.kind === 'break' ? { color: COLOURS.muted } : {}),
    },
  ]);
  const content: Content =
    rows.length === 0
      ? { text: words.empty, italics: true }
      : {
          table: { headerRows: 0, dontBreakRows: true, widths: [92, '*'], body: rows },
          layout: {
            hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
            vLineWidth: () => 0,
            hLineColor: () => COLOURS.rule,
            paddingTop: () => 8,
            paddingBottom: () => 8,
          },
        };
  return documentFrame(frame, {
    orientation: 'portrait',
    top: eventHeaderHeight(frame, 'portrait'),
    header: eventHeader(frame),
    content,
  });
}
