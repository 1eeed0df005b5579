import type { AgendaItemKind, Language, Sector } from './vocabulary';

/**
 * The sectors' names as people read them, in each language: the app's labels, the attendance sheet and the
 * badges say the same words.
 */
export const SECTOR_NAMES: Record<Language, Record<Sector, string>> = {
  bg: {
    municipal: 'Общинска администрация / местна власт',
    government: 'Държавна администрация',
    education: 'Образование',
    health: 'Здравеопазване',
    social: 'Социални услуги',
    ngo: 'Неправителствени организации',
    other: 'Друго',
  },
  en: {
    municipal: 'Municipal administration / local government',
    government: 'State administration',
    education: 'Education',
    health: 'Health',
    social: 'Social services',
    ngo: 'Non-governmental organisations',
    other: 'Other',
  },
};

/** The kinds of agenda items as the app and the agenda PDF name them. */
export const AGENDA_KIND_NAMES: Record<Language, Record<AgendaItemKind, string>> = {
  bg: { talk: 'Презентация', panel: 'Панелна дискусия', discussion: 'Дискусия', break: 'Пауза' },
  en: { talk: 'Talk', panel: 'Panel discussion', discussion: 'Discussion', break: 'Break' },
};

export interface SectorColour {
  /** `#rrggbb`, the band of a badge, the sector's slice of a chart. */
  background: string;
  /** `#ffffff` or `#000000`, whichever reads on the background with a contrast of at least 4.5:1 (WCAG AA). */
  text: string;
}

/**
 * One colour per sector, for badges, charts and anything else that tells sectors apart at a glance. Seven hues
 * that stay apart for the common colour-blindnesses as far as seven can; the name is always printed beside the
 * colour, so no one depends on the colour alone.
 */
export const SECTOR_COLOURS: Record<Sector, SectorColour> = {
  municipal: { background: '#1f5fa8', text: '#ffffff' },
  government: { background: '#5b3e96', text: '#ffffff' },
  education: { background: '#f2b705', text: '#000000' },
  health: { background: '#b71c1c', text: '#ffffff' },
  social: { background: '#2e7d32', text: '#ffffff' },
  ngo: { background: '#006d77', text: '#ffffff' },
  other: { background: '#5f5f5f', text: '#ffffff' },
};

/** The band of a panelist's, speaker's or moderator's badge: their role instead of a sector. */
export const PANEL_COLOUR: SectorColour = { background: '#1a1a1a', text: '#ffffff' };

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
