import type { Language, TrackedRecommendation } from '@roundtable/contracts';
import { csvRow, UTF8_BOM } from '../registrations/export/csv';
import { STATUS_WORDS } from '../summary/summary-pdf';
import type { ThemeEntity } from './theme.entities';

const HEADERS: Record<Language, string[]> = {
  bg: [
    'Събитие',
    'Дата на събитието',
    'Теми',
    'Препоръка',
    'Отговорна институция',
    'Срок',
    'Статус',
    'Просрочена',
    'Проследена в',
    'Последна промяна',
    'Бележка',
  ],
  en: [
    'Event',
    'Event date',
    'Themes',
    'Recommendation',
    'Owner',
    'Due date',
    'Status',
    'Overdue',
    'Followed up in',
    'Last change',
    'Note',
  ],
};
const YES_NO: Record<Language, [string, string]> = { bg: ['да', 'не'], en: ['yes', 'no'] };

/**
 * The tracker as CSV (UTF-8 with a BOM, CRLF, formulas neutralised by csvRow, like registrations.csv), in the
 * reader's language: one row per recommendation, the last change and its note at the end.
 */
export function trackerCsv(
  items: readonly TrackedRecommendation[],
  themes: ReadonlyMap<string, ThemeEntity>,
  language: Language,
): string {
  const themeName = (id: string) => {
    const theme = themes.get(id);
    return theme ? (language === 'bg' ? theme.nameBg : theme.nameEn) : '';
  };
  return [
    UTF8_BOM + csvRow(HEADERS[language]),
    ...items.map((item) => {
      const last = item.history.at(-1);
      return csvRow([
        item.event.title,
        item.event.startsAt.slice(0, 10),
        item.themes.map(themeName).join('; '),
        item.text,
        item.owner,
        item.dueDate,
        STATUS_WORDS[language][item.status],
        YES_NO[language][item.overdue ? 0 : 1],
        item.followUps.map((followUp) => followUp.event.title).join('; '),
        last?.at.slice(0, 10) ?? null,
        last?.note ?? null,
      ]);
    }),
  ].join('');
}
