import { SECTOR_NAMES, type AttendanceStats, type Language } from '@roundtable/contracts';
import { csvRow, UTF8_BOM } from '../registrations/export/csv';
import { municipalityName } from './summary-charts';

const WORDS: Record<
  Language,
  {
    header: string[];
    sections: { total: string; sector: string; municipality: string; organisation: string };
    total: string;
    walkIns: string;
    other: string;
  }
> = {
  bg: {
    header: ['Раздел', 'Код', 'Наименование', 'Регистрирани', 'Присъствали', 'Неявили се'],
    sections: { total: 'Общо', sector: 'Сектор', municipality: 'Община', organisation: 'Организация' },
    total: 'Всички участници',
    walkIns: 'Без предварителна регистрация',
    other: 'Други организации',
  },
  en: {
    header: ['Section', 'Code', 'Name', 'Registered', 'Attended', 'No-shows'],
    sections: {
      total: 'Total',
      sector: 'Sector',
      municipality: 'Municipality',
      organisation: 'Organisation',
    },
    total: 'All participants',
    walkIns: 'Walk-ins',
    other: 'Other organisations',
  },
};

/**
 * The attendance statistics as one CSV (UTF-8 with a BOM, CRLF, formulas neutralised, like registrations.csv):
 * one header, then rows by section (total, sector, municipality, organisation), in the event's language, with
 * the code beside the name where there is one (sector, EKATTE municipality).
 */
export function statisticsCsv(stats: AttendanceStats, language: Language): string {
  const words = WORDS[language];
  const row = (
    section: string,
    code: string | null,
    name: string,
    count: { registered: number; checkedIn: number },
  ) => csvRow([section, code, name, count.registered, count.checkedIn, count.registered - count.checkedIn]);
  return [
    UTF8_BOM + csvRow(words.header),
    row(words.sections.total, null, words.total, stats),
    row(words.sections.total, null, words.walkIns, { registered: stats.walkIns, checkedIn: stats.walkIns }),
    ...stats.bySector.map((item) =>
      row(words.sections.sector, item.sector, SECTOR_NAMES[language][item.sector], item),
    ),
    ...stats.byMunicipality.map((item) =>
      row(
        words.sections.municipality,
        item.municipality,
        municipalityName(item.municipality, language),
        item,
      ),
    ),
    ...stats.byOrganisation.map((item) => row(words.sections.organisation, null, item.organization, item)),
    ...(stats.otherOrganisations.registered > 0
      ? [row(words.sections.organisation, null, words.other, stats.otherOrganisations)]
      : []),
  ].join('');
}
