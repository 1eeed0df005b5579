import {
  SECTOR_NAMES,
  type AttendanceCount,
  type Language,
  type RecommendationStatus,
  type Summary,
} from '@roundtable/contracts';
import { DateTime } from 'luxon';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { markdownPdf } from '../common/markdown';
import {
  COLOURS,
  documentFrame,
  eventHeader,
  eventHeaderHeight,
  FRAME,
  type ReportFrame,
} from '../reports/pdf';
import { municipalityChart, municipalityName, sectorChart, type ChartSvg } from './summary-charts';

export interface SummaryPdfData {
  organisationName: string;
  event: ReportFrame['event'];
  summary: Summary;
}

export const STATUS_WORDS: Record<Language, Record<RecommendationStatus, string>> = {
  bg: { proposed: 'предложена', 'in-progress': 'в изпълнение', done: 'изпълнена', dropped: 'отпаднала' },
  en: { proposed: 'proposed', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
};

const WORDS: Record<
  Language,
  {
    document: string;
    draft: string;
    keyPoints: string;
    recommendations: string;
    columns: [string, string, string, string, string];
    attendance: string;
    totals: (stats: Summary['stats']) => string[];
    bySector: string;
    byMunicipality: string;
    byOrganisation: string;
    countColumns: [string, string, string];
    sector: string;
    municipality: string;
    organisation: string;
    other: string;
  }
> = {
  bg: {
    document: 'Обобщение',
    draft: 'Чернова: обобщението още не е публикувано.',
    keyPoints: 'Основни изводи',
    recommendations: 'Препоръки',
    columns: ['№', 'Препоръка', 'Отговорник', 'Срок', 'Статус'],
    attendance: 'Присъствие',
    totals: (stats) => [
      `Регистрирани: ${stats.registered}`,
      `Присъствали: ${stats.checkedIn}`,
      `Неявили се: ${stats.noShows}`,
      `Без предварителна регистрация: ${stats.walkIns}`,
    ],
    bySector: 'По сектори',
    byMunicipality: 'По общини',
    byOrganisation: 'По организации',
    countColumns: ['Регистрирани', 'Присъствали', 'Неявили се'],
    sector: 'Сектор',
    municipality: 'Община',
    organisation: 'Организация',
    other: 'Други организации',
  },
  en: {
    document: 'Summary',
    draft: 'Draft: the summary is not published yet.',
    keyPoints: 'Key points',
    recommendations: 'Recommendations',
    columns: ['No.', 'Recommendation', 'Owner', 'Due', 'Status'],
    attendance: 'Attendance',
    totals: (stats) => [
      `Registered: ${stats.registered}`,
      `Attended: ${stats.checkedIn}`,
      `No-shows: ${stats.noShows}`,
      `Walk-ins: ${stats.walkIns}`,
    ],
    bySector: 'By sector',
    byMunicipality: 'By municipality',
    byOrganisation: 'By organisation',
    countColumns: ['Registered', 'Attended', 'No-shows'],
    sector: 'Sector',
    municipality: 'Municipality',
    organisation: 'Organisation',
    other: 'Other organisations',
  },
};

/** The name of the document in the event's language. */
export function summaryDocumentTitle(language: Language): string {
  return WORDS[language].document;
}

/** „31 декември 2024 г.“ / "31 December 2024": a due date is a day, the same in every zone. */
export function formatDueDate(date: string, language: Language): string {
  const day = DateTime.fromISO(date, { zone: 'UTC' }).setLocale(language === 'bg' ? 'bg' : 'en-GB');
  return language === 'bg' ? `${day.toFormat('d MMMM yyyy')} г.` : day.toFormat('d MMMM yyyy');
}

/** A4 portrait: what the width of the page leaves for content and charts. */
const CONTENT_WIDTH = 595.28 - 2 * FRAME.side;

const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => COLOURS.rule,
  vLineColor: () => COLOURS.rule,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const heading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: 13,
  margin: [0, 12, 0, 6],
  headlineLevel: 1,
});
const subheading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: 11,
  margin: [0, 10, 0, 4],
  headlineLevel: 1,
});
/** Below this share of the page a heading starts the next page, so it never ends one without its section. */
const HEADING_LOWEST = 0.8;

/** A section's heading with its chart, kept on one page. */
function charted(title: string, svg: ChartSvg | null): Content {
  return {
    unbreakable: true,
    stack: [
      subheading(title),
      ...(svg
        ? [{ svg: svg.svg, width: svg.width, height: svg.height, margin: [0, 0, 0, 6] } as Content]
        : []),
    ],
  };
}

function countTable(
  name: string,
  rows: ({ label: string } & AttendanceCount)[],
  language: Language,
): Content {
  const words = WORDS[language];
  const header: TableCell[] = [name, ...words.countColumns].map((text) => ({
    text,
    bold: true,
    fillColor: COLOURS.headerFill,
  }));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 80, 80, 80],
      body: [
        header,
        ...rows.map((row): TableCell[] => [
          row.label,
          { text: String(row.registered), alignment: 'right' },
          { text: String(row.checkedIn), alignment: 'right' },
          { text: String(row.registered - row.checkedIn), alignment: 'right' },
        ]),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 9,
    margin: [0, 0, 0, 6],
  };
}

/**
 * The summary report: the event header on every page, the body as the page shows it (read from the sanitiser's
 * output), key points, the recommendations with their status in the event's language, and the attendance
 * numbers with their charts (drawn on the server) and tables.
 */
export function summaryPdfDefinition(data: SummaryPdfData): TDocumentDefinitions {
  const language = data.event.language;
  const words = WORDS[language];
  const frame: ReportFrame = { ...data, documentTitle: words.document };
  const { summary } = data;
  const stats = summary.stats;
  const content: Content[] = [];
  if (!summary.publishedAt)
    content.push({ text: words.draft, italics: true, color: COLOURS.muted, margin: [0, 0, 0, 8] });
  content.push(...markdownPdf(summary.bodyHtml));
  if (summary.keyPoints.length > 0) {
    content.push(heading(words.keyPoints), {
      ul: summary.keyPoints.map((point) => ({ text: point })),
      margin: [0, 0, 0, 6],
    });
  }
  if (summary.recommendations.length > 0) {
    const header: TableCell[] = words.columns.map((text) => ({
      text,
      bold: true,
      fillColor: COLOURS.headerFill,
    }));
    content.push(heading(words.recommendations), {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [22, '*', 100, 100, 80],
        body: [
          header,
          ...summary.recommendations.map((recommendation, index): TableCell[] => [
            { text: String(index + 1), alignment: 'right' },
            recommendation.text,
            recommendation.owner ?? '',
            recommendation.dueDate ? formatDueDate(recommendation.dueDate, language) : '',
            STATUS_WORDS[language][recommendation.status],
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
      fontSize: 9,
    });
  }
  content.push(heading(words.attendance), { ul: words.totals(stats), margin: [0, 0, 0, 6] });
  if (stats.bySector.length > 0) {
    content.push(
      charted(words.bySector, sectorChart(stats, language, CONTENT_WIDTH)),
      countTable(
        words.sector,
        stats.bySector.map((row) => ({ ...row, label: SECTOR_NAMES[language][row.sector] })),
        language,
      ),
    );
  }
  if (stats.byMunicipality.length > 0) {
    content.push(
      charted(words.byMunicipality, municipalityChart(stats, language, CONTENT_WIDTH)),
      countTable(
        words.municipality,
        stats.byMunicipality.map((row) => ({ ...row, label: municipalityName(row.municipality, language) })),
        language,
      ),
    );
  }
  if (stats.byOrganisation.length > 0) {
    const other = stats.otherOrganisations;
    content.push(
      subheading(words.byOrganisation),
      countTable(
        words.organisation,
        [
          ...stats.byOrganisation.map((row) => ({ ...row, label: row.organization })),
          ...(other.registered > 0 ? [{ ...other, label: words.other }] : []),
        ],
        language,
      ),
    );
  }
  return {
    ...documentFrame(frame, {
      orientation: 'portrait',
      top: eventHeaderHeight(frame, 'portrait'),
      header: eventHeader(frame),
      content,
    }),
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 && (node.startPosition?.verticalRatio ?? 0) > HEADING_LOWEST,
  };
}
