import type { InvitationRole, Language } from '@roundtable/contracts';

/** Words the e-mails use for roles and answers; the app has its own copy in its dictionaries. */
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
    declined: 'отказа',
    tentative: 'отговори „може би“ на',
    delegated: 'посочи заместник за',
  },
  en: {
    accepted: 'accepted',
    declined: 'declined',
    tentative: 'answered "maybe" to',
    delegated: 'named a deputy for',
  },
};
