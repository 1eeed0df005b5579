import type { Translation } from '../../../core/i18n/translation';
import { registerTexts } from '../../../core/i18n/texts';

const bg = {
  dashboard: {
    heading: 'Събития на организатора',
    newEvent: 'Ново събитие',
    drafts: 'Чернови',
    upcoming: 'Предстоящи',
    past: 'Минали',
    cancelled: 'Отменени',
    countLabel: '{count}',
    emptyDrafts: 'Няма чернови.',
    emptyUpcoming: 'Няма предстоящи публикувани събития.',
    emptyPast: 'Няма минали събития.',
    registrations: 'Регистрации – потвърдени: {confirmed}, чакащи: {waitlisted}, за одобрение: {pending}',
    invitations: 'Покани – приети: {accepted}, без отговор: {pending}, отказани: {declined}',
    emptyCancelled: 'Няма отменени събития.',
    edit: 'Редактирай',
    editLabel: 'Редактирай: {title}',
    view: 'Публична страница',
    viewLabel: 'Публична страница: {title}',
    preview: 'Преглед',
    previewLabel: 'Преглед (вижда се само от организаторите): {title}',
    manageUsers: 'Управление на потребителите',
    staffHeading: 'Събития за регистрация на място',
    checkin: 'Регистрация на място',
    checkinLabel: 'Регистрация на място: {title}',
  },
};

const en: Translation<typeof bg> = {
  dashboard: {
    heading: 'Organiser events',
    newEvent: 'New event',
    drafts: 'Drafts',
    upcoming: 'Upcoming',
    past: 'Past',
    cancelled: 'Cancelled',
    countLabel: '{count}',
    emptyDrafts: 'No drafts.',
    emptyUpcoming: 'No upcoming published events.',
    emptyPast: 'No past events.',
    registrations:
      'Registrations – confirmed: {confirmed}, waiting: {waitlisted}, awaiting approval: {pending}',
    invitations: 'Invitations – accepted: {accepted}, no answer yet: {pending}, declined: {declined}',
    emptyCancelled: 'No cancelled events.',
    edit: 'Edit',
    editLabel: 'Edit: {title}',
    view: 'Public page',
    viewLabel: 'Public page: {title}',
    preview: 'Preview',
    previewLabel: 'Preview (only organisers can see it): {title}',
    manageUsers: 'Manage users',
    staffHeading: 'Events to check people in',
    checkin: 'Check-in',
    checkinLabel: 'Check-in: {title}',
  },
};

/** The organiser's list of events. */
export const dashboardText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(dashboardText);
