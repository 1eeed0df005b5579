import { authText } from '../../features/auth/auth.i18n';
import { contactsText } from '../../features/contacts/contacts.i18n';
import { materialsText } from '../../features/materials/materials.i18n';
import { eventsText } from '../../features/events/events.i18n';
import { inviteeText } from '../../features/invitee/invitee.i18n';
import { checkinText } from '../../features/organizer/checkin/checkin.i18n';
import { packText } from '../../features/organizer/pack/pack.i18n';
import { dashboardText } from '../../features/organizer/dashboard/dashboard.i18n';
import { eventEditorText } from '../../features/organizer/event-editor/event-editor.i18n';
import { invitationsText } from '../../features/organizer/invitations/invitations.i18n';
import { registrationsText } from '../../features/organizer/registrations/registrations.i18n';
import { manageText } from '../../features/registration/manage.i18n';
import { registrationText } from '../../features/registration/registration.i18n';
import { usersText } from '../../features/users/users.i18n';
import { organisationText } from '../../features/organisation/organisation.i18n';
import { summaryText } from '../../features/summary/summary.i18n';
import { seriesText } from '../../features/organizer/series/series.i18n';
import { themesText } from '../../features/themes/themes.i18n';
import { webhooksText } from '../../features/webhooks/webhooks.i18n';
import { auditText } from '../../features/audit/audit.i18n';
import { appText } from './app.i18n';
import type { Translation } from './translation';
import { vocabularyText } from './vocabulary.i18n';

/**
 * Each feature keeps its texts beside its code (`<feature>.i18n.ts`, Bulgarian first, English typed against
 * it); here they become one dictionary per language. `{name}` marks a parameter filled in by `I18n.t`.
 */
export const TEXT_GROUPS = [
  appText,
  vocabularyText,
  eventsText,
  authText,
  dashboardText,
  eventEditorText,
  invitationsText,
  registrationsText,
  inviteeText,
  registrationText,
  manageText,
  usersText,
  organisationText,
  contactsText,
  checkinText,
  packText,
  summaryText,
  materialsText,
  seriesText,
  themesText,
  webhooksText,
  auditText,
];

export const bg = {
  ...appText.bg,
  ...vocabularyText.bg,
  ...eventsText.bg,
  ...authText.bg,
  ...dashboardText.bg,
  ...eventEditorText.bg,
  ...invitationsText.bg,
  ...registrationsText.bg,
  ...inviteeText.bg,
  ...registrationText.bg,
  ...manageText.bg,
  ...usersText.bg,
  ...organisationText.bg,
  ...contactsText.bg,
  ...checkinText.bg,
  ...packText.bg,
  ...summaryText.bg,
  ...materialsText.bg,
  ...seriesText.bg,
  ...themesText.bg,
  ...webhooksText.bg,
  ...auditText.bg,
};

/** The shape every language must fill: the same keys as Bulgarian, any wording. */
export type Dictionary = Translation<typeof bg>;

export const en: Dictionary = {
  ...appText.en,
  ...vocabularyText.en,
  ...eventsText.en,
  ...authText.en,
  ...dashboardText.en,
  ...eventEditorText.en,
  ...invitationsText.en,
  ...registrationsText.en,
  ...inviteeText.en,
  ...registrationText.en,
  ...manageText.en,
  ...usersText.en,
  ...organisationText.en,
  ...contactsText.en,
  ...checkinText.en,
  ...packText.en,
  ...summaryText.en,
  ...materialsText.en,
  ...seriesText.en,
  ...themesText.en,
  ...webhooksText.en,
  ...auditText.en,
};
