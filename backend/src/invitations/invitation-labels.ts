import type { InvitationRole, Language } from '@roundtable/contracts';

/**
 * Words the e-mails use for roles and answers; the app has its own copy in its dictionaries. Roles follow
 * „като“ („да участвате като панелист“); answers stand before „поканата да участва като …“.
 */
export const ROLE_LABELS: Record<Language, Record<InvitationRole, string>> = {
  bg: { panelist: 'панелист', speaker: 'лектор', moderator: 'модератор', guest: 'гост' },
  en: { panelist: 'panelist', speaker: 'speaker', moderator: 'moderator', guest: 'guest' },
};

export const RESPONSE_LABELS: Record<
  Language,
  Record<'accepted' | 'declined' | 'tentative' | 'delegated', string>
> = {
  bg: {
    accepted: 'прие',
    declined: 'отклони',
    tentative: 'отговори с „Може би“ на',
    delegated: 'предаде на заместник',
  },
  en: {
    accepted: 'accepted',
    declined: 'declined',
    tentative: 'answered “Maybe” to',
    delegated: 'named a deputy for',
  },
};
