import type { InvitationRole } from './invitations';
import type { Language, Sector } from './vocabulary';

/**
 * Words a Bulgarian spreadsheet writes for the codes of a bulk invitation. The API accepts every word,
 * whatever its case and spacing; the app names the first one of each code in its hints and errors. „спикър“
 * and „говорител“ are taken because people write them, never shown (COPY-BG).
 */
export const SHEET_WORDS: {
  role: Record<InvitationRole, readonly string[]>;
  sector: Record<Sector, readonly string[]>;
  language: Record<Language, readonly string[]>;
} = {
  role: {
    panelist: ['панелист', 'панелистка'],
    speaker: ['лектор', 'лекторка', 'спикер', 'спикър', 'говорител'],
    moderator: ['модератор', 'модераторка'],
    guest: ['гост'],
  },
  sector: {
    municipal: ['общинска администрация', 'местна власт', 'община'],
    government: ['държавна администрация'],
    education: ['образование'],
    health: ['здравеопазване'],
    social: ['социални услуги'],
    ngo: ['НПО', 'неправителствени организации'],
    other: ['друго'],
  },
  language: { bg: ['български', 'bulgarian'], en: ['английски', 'english'] },
};

export type SheetColumn = keyof typeof SHEET_WORDS;

/** How a cell is compared: „  Панелист “ and „панелист“ are the same word. */
export function sheetWordKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('bg');
}
