import type { Language } from '@roundtable/contracts';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEventWhen } from '../mail/mail-format';

// pdfmake's Node entry is one instance whose methods live on its class, which a namespace import would drop.
const pdfmake: typeof PdfMake = require('pdfmake');

/**
 * The folder of the DejaVu TTF files: the only place on disk a document may read from. Resolved by Node at run
 * time (webpack would turn a plain `require.resolve` into a module number).
 */
const FONT_DIR = dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
/** The one font of every document, also named by the charts' SVG so their labels use it. */
export const PDF_FONT = 'DejaVuSans';

let configured = false;

/** pdfmake is one shared instance: fonts and access rules are set once, before the first document. */
function printer(): typeof PdfMake {
  if (!configured) {
    pdfmake.setFonts({
      [PDF_FONT]: {
        normal: resolve(FONT_DIR, 'DejaVuSans.ttf'),
        bold: resolve(FONT_DIR, 'DejaVuSans-Bold.ttf'),
        italics: resolve(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
        bolditalics: resolve(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
      },
    });
    // A document never fetches anything: no URL at all, and on disk only the fonts above.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => isInside(resolve(path), FONT_DIR));
    configured = true;
  }
  return pdfmake;
}

export function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder + sep);
}

/** The bytes of a document built by one of the definitions below. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return printer().createPdf(definition).getBuffer();
}

/** What the header of every document says about the event, as the e-mails say it. */
export interface ReportEvent {
  title: string;
  slug: string;
  language: Language;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  venue: { name: string; address: string; city: string };
  onlineUrl: string | null;
}

export interface ReportFrame {
  organisationName: string;
  event: ReportEvent;
  /** „Присъствен списък“, "Badges": the document's own name, beside the organisation's. */
  documentTitle: string;
}

const PAGE_WORDS: Record<Language, (page: number, pages: number) => string> = {
  bg: (page, pages) => `Страница ${page} от ${pages}`,
  en: (page, pages) => `Page ${page} of ${pages}`,
};

/** „Страница 1 от 3“ / "Page 1 of 3". */
export function pageFooterText(page: number, pages: number, language: Language): string {
  return PAGE_WORDS[language](page, pages);
}

/** „сряда, 21 май 2031 г., 9:30 – 13:30 ч. (българско време)“, the e-mails' words for the event's time. */
export function eventWhen(event: ReportEvent): string {
  return formatEventWhen(event.startsAt, event.endsAt, event.timezone, event.language);
}

/** „Зала „Сердика“, ул. „Гюешево“ 21, София“, and the online link where there is one. */
export function eventWhere(event: ReportEvent): string {
  return [event.venue.name, event.venue.address, event.venue.city, event.onlineUrl]
    .filter(Boolean)
    .join(', ');
}

export const COLOURS = { text: '#1a1a1a', muted: '#555555', rule: '#9e9e9e', headerFill: '#eeeeee' };

export const FRAME = {
  /** Left and right margin, and the space under the header. */
  side: 36,
  footer: 36,
};

/** The header's lines: organisation and document, then the event's title, time and place. */
export function eventHeader(frame: ReportFrame): Content {
  return {
    stack: [
      {
        columns: [
          { text: frame.organisationName, color: COLOURS.muted, fontSize: 9 },
          { text: frame.documentTitle, color: COLOURS.muted, fontSize: 9, alignment: 'right' },
        ],
      },
      { text: frame.event.title, bold: true, fontSize: 13, margin: [0, 4, 0, 2] },
      { text: eventWhen(frame.event), fontSize: 9 },
      { text: eventWhere(frame.event), fontSize: 9 },
    ],
  };
}

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };
/** Where the header starts, and the gap between it and the content. */
const HEADER_TOP = 24;
const HEADER_GAP = 14;

/**
 * Points the event header takes on a page of the given orientation. pdfmake does not measure a header, so its
 * lines are estimated from their length (DejaVu Sans averages about 0.62 em a letter, its bold 0.7 em) and the
 * content starts below the last one, however long the title or the venue.
 */
export function eventHeaderHeight(frame: ReportFrame, orientation: 'portrait' | 'landscape'): number {
  const width = (orientation === 'portrait' ? A4.short : A4.long) - 2 * FRAME.side;
  const lines = (text: string, size: number, em: number) =>
    Math.max(1, Math.ceil((text.length * size * em) / width));
  const line = (size: number) => size * 1.15 + 1;
  return Math.ceil(
    HEADER_TOP +
      line(9) +
      6 +
      lines(frame.event.title, 13, 0.7) * line(13) +
      lines(eventWhen(frame.event), 9, 0.62) * line(9) +
      lines(eventWhere(frame.event), 9, 0.62) * line(9) +
      HEADER_GAP,
  );
}

/**
 * The frame every document shares: A4, the font, the language, the organisation's and document's names in the
 * metadata, and „Страница 1 от 3“ at the foot of every page. `header` is the event header (on every page) or a
 * shorter one the document chooses.
 */
export function documentFrame(
  frame: ReportFrame,
  options: {
    orientation: 'portrait' | 'landscape';
    /** Points above the content: room for the header (see eventHeaderHeight). */
    top: number;
    header: Content | null;
    content: Content;
  },
): TDocumentDefinitions {
  const language = frame.event.language;
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation,
    pageMargins: [FRAME.side, options.top, FRAME.side, FRAME.footer],
    language: language === 'bg' ? 'bg-BG' : 'en-GB',
    info: {
      title: `${frame.documentTitle}: ${frame.event.title}`,
      author: frame.organisationName,
      creator: 'Roundtable',
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10, color: COLOURS.text, lineHeight: 1.15 },
    header: options.header
      ? () => ({ margin: [FRAME.side, HEADER_TOP, FRAME.side, 0], stack: [options.header as Content] })
      : undefined,
    footer: (page: number, pages: number) => ({
      text: pageFooterText(page, pages, language),
      alignment: 'center',
      fontSize: 8,
      color: COLOURS.muted,
      margin: [FRAME.side, 12, FRAME.side, 0],
    }),
    content: options.content,
  };
}

/** Surname, then first name, in Bulgarian alphabetical order („Ш“ after „Ц“, „ю“ before „я“) whatever the language. */
const COLLATOR = new Intl.Collator('bg', { sensitivity: 'base', numeric: true });

export function bySurname<T extends { firstName: string; lastName: string }>(people: readonly T[]): T[] {
  return [...people].sort(
    (a, b) => COLLATOR.compare(a.lastName, b.lastName) || COLLATOR.compare(a.firstName, b.firstName),
  );
}

/** „Иван Петров“: the order people write their names in. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}
