import type { Translation } from '../../../core/i18n/translation';

const bg = {
  dashboard: {
    heading: 'Събития на организатора',
    newEvent: 'Ново събитие',
    drafts: 'Чернови',
    published: 'Публикувани',
    cancelled: 'Отменени',
    countLabel: '{count}',
    emptyDrafts: 'Няма чернови.',
    emptyPublished: 'Няма публикувани събития.',
    emptyCancelled: 'Няма отменени събития.',
    edit: 'Редактирай',
    editLabel: 'Редактирай: {title}',
    view: 'Публична страница',
    viewLabel: 'Публична страница: {title}',
    preview: 'Преглед',
    previewLabel: 'Преглед (вижда се само от организаторите): {title}',
    manageUsers: 'Управление на потребителите',
  },
};

const en: Translation<typeof bg> = {
  dashboard: {
    heading: 'Organiser events',
    newEvent: 'New event',
    drafts: 'Drafts',
    published: 'Published',
    cancelled: 'Cancelled',
    countLabel: '{count}',
    emptyDrafts: 'No drafts.',
    emptyPublished: 'No published events.',
    emptyCancelled: 'No cancelled events.',
    edit: 'Edit',
    editLabel: 'Edit: {title}',
    view: 'Public page',
    viewLabel: 'Public page: {title}',
    preview: 'Preview',
    previewLabel: 'Preview (only organisers can see it): {title}',
    manageUsers: 'Manage users',
  },
};

/** The organiser's list of events. */
export const dashboardText = { bg, en };
