import type { Translation } from './translation';

const bg = {
  app: {
    name: 'Roundtable',
    tagline: 'Форуми и кръгли маси',
    skipToContent: 'Към основното съдържание',
    footer: 'Roundtable е платформа с отворен код за форуми и кръгли маси.',
    license: 'Лиценз AGPL-3.0',
    loading: 'Зареждане…',
    retry: 'Нов опит',
    close: 'Затвори',
    back: 'Назад',
  },
  nav: {
    main: 'Основна навигация',
    events: 'Събития',
    login: 'Вход',
    logout: 'Изход',
    organizer: 'Организатор',
    checkin: 'Регистрация на място',
    users: 'Потребители',
    contacts: 'Контакти',
    audit: 'Одитен журнал',
    signedInAs: 'Влезли сте като {name}',
    languageSwitch: 'Смяна на езика',
  },
  titles: {
    events: 'Събития',
    notFound: 'Страницата не е намерена',
    login: 'Вход за организатори',
    dashboard: 'Събития на организатора',
    newEvent: 'Ново събитие',
    editEvent: 'Редактиране на събитие',
    users: 'Потребители',
    invitations: 'Покани',
    registrations: 'Регистрации',
    invitation: 'Покана',
    contacts: 'Контакти',
  },
  notFound: {
    heading: 'Страницата не е намерена',
    text: 'На този адрес няма страница. Проверете връзката или започнете от списъка със събития.',
    home: 'Към всички събития',
  },
  errors: {
    tooManyRequestsWait: 'Твърде много опити. Моля, опитайте отново след {seconds} сек.',
    fieldPrefix: '{field}: {message}',
  },
  // Keyboard and screen-reader help shared by every feature.
  a11y: {
    formInvalid: 'Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.',
  },
};

const en: Translation<typeof bg> = {
  app: {
    name: 'Roundtable',
    tagline: 'Forums and round tables',
    skipToContent: 'Skip to main content',
    footer: 'Roundtable is an open-source platform for forums and round tables.',
    license: 'AGPL-3.0 licence',
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    back: 'Back',
  },
  nav: {
    main: 'Main navigation',
    events: 'Events',
    login: 'Log in',
    logout: 'Log out',
    organizer: 'Organiser',
    checkin: 'Check-in',
    users: 'Users',
    contacts: 'Contacts',
    audit: 'Audit log',
    signedInAs: 'Signed in as {name}',
    languageSwitch: 'Change language',
  },
  titles: {
    events: 'Events',
    notFound: 'Page not found',
    login: 'Organiser login',
    dashboard: 'Organiser events',
    newEvent: 'New event',
    editEvent: 'Edit event',
    users: 'Users',
    invitations: 'Invitations',
    registrations: 'Registrations',
    invitation: 'Invitation',
    contacts: 'Contacts',
  },
  notFound: {
    heading: 'Page not found',
    text: 'There is no page at this address. Check the link or start from the list of events.',
    home: 'Go to all events',
  },
  errors: {
    tooManyRequestsWait: 'Too many attempts. Please try again in {seconds} s.',
    fieldPrefix: '{field}: {message}',
  },
  a11y: {
    formInvalid: 'Some fields are not filled in correctly. Please check the marked fields.',
  },
};

/** The frame of every page: header, navigation, page titles, the not-found page. */
export const appText = { bg, en };
