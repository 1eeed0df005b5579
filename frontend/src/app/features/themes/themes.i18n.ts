import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  themes: {
    label: 'Теми',
    pageIntro:
      'Събитията по темата и препоръките от публикуваните им обобщения, със статуса на всяка от тях: ' +
      'доказателствата зад позициите ни.',
    events: 'Събития по темата',
    noEvents: 'Все още няма публикувани събития по тази тема.',
    noSummary: 'Обобщението на събитието все още не е публикувано.',
    noRecommendations: 'Обобщението не съдържа препоръки.',
    summaryLink: 'Обобщение на събитието',
    followedUpIn: 'Проследена в: ',
    retired: 'Темата вече не се използва за нови събития.',
    pickerHint: 'Темите на застъпничество, по които е събитието. Показват се на публичната му страница.',
  },
  themesAdmin: {
    title: 'Теми',
    intro:
      'Темите, по които се води застъпничеството. Организаторите ги избират за всяко събитие, а всяка тема има ' +
      'публична страница.',
    nameBg: 'Име на български',
    nameEn: 'Име на английски',
    add: 'Добавете тема',
    adding: 'Добавяне…',
    added: 'Темата „{name}“ е добавена.',
    save: 'Запазете',
    saved: 'Темата „{name}“ е запазена.',
    retire: 'Оттеглете',
    restore: 'Върнете',
    retiredNote: 'Оттеглена',
    up: 'Преместете „{name}“ по-нагоре',
    down: 'Преместете „{name}“ по-надолу',
    publicPage: 'Публична страница',
    newTheme: 'Нова тема',
  },
  tracker: {
    title: 'Проследяване на препоръките',
    intro:
      'Всички препоръки от обобщенията на събитията. Отбележете докъде е стигнала всяка от тях или я пренесете ' +
      'към следващо събитие.',
    filters: 'Филтри',
    theme: 'Тема',
    status: 'Статус',
    owner: 'Отговорна институция',
    dueFrom: 'Срок от',
    dueTo: 'Срок до',
    overdueOnly: 'Само просрочените',
    any: 'Всички',
    csv: 'Изтеглете CSV файл',
    empty: 'Няма препоръки, които отговарят на филтрите.',
    total: 'Препоръки: {count}',
    event: 'Събитие: ',
    due: 'Срок: {date}',
    overdue: 'Просрочена',
    history: 'История',
    followUps: 'Проследена в',
    newStatus: 'Нов статус',
    note: 'Бележка',
    noteHint: 'Какво се промени; остава в историята на препоръката.',
    saveStatus: 'Запазете статуса',
    statusSaved: 'Статусът е запазен.',
    carryTo: 'Пренесете към събитие',
    carry: 'Пренесете',
    carried: 'Препоръката е пренесена към „{title}“.',
    noLaterEvents: 'Няма по-късни събития, към които да я пренесете.',
    oneEvent: 'Показани са препоръките от едно събитие.',
    showAll: 'Покажете всички препоръки',
    previous: 'Предишна страница',
    next: 'Следваща страница',
    pageOf: 'Страница {page} от {pages}',
  },
  followsUp: {
    heading: 'Проследява препоръки от предишни събития',
    from: 'От събитието: {title}',
  },
};

const en: Translation<typeof bg> = {
  themes: {
    label: 'Themes',
    pageIntro:
      'The events on this theme and the recommendations of their published summaries, each with its status: ' +
      'the evidence behind our positions.',
    events: 'Events on this theme',
    noEvents: 'No event on this theme has been published yet.',
    noSummary: 'The summary of this event has not been published yet.',
    noRecommendations: 'The summary makes no recommendations.',
    summaryLink: 'Summary of the event',
    followedUpIn: 'Followed up in: ',
    retired: 'This theme is no longer used for new events.',
    pickerHint: 'The advocacy themes the event is about. They are shown on its public page.',
  },
  themesAdmin: {
    title: 'Themes',
    intro:
      'The themes of our advocacy. Organisers choose them for each event, and each theme has a public page.',
    nameBg: 'Name in Bulgarian',
    nameEn: 'Name in English',
    add: 'Add a theme',
    adding: 'Adding…',
    added: 'The theme “{name}” is added.',
    save: 'Save',
    saved: 'The theme “{name}” is saved.',
    retire: 'Retire',
    restore: 'Bring back',
    retiredNote: 'Retired',
    up: 'Move “{name}” up',
    down: 'Move “{name}” down',
    publicPage: 'Public page',
    newTheme: 'New theme',
  },
  tracker: {
    title: 'Recommendations tracker',
    intro:
      'Every recommendation from the events’ summaries. Record how far each has come, or carry it to a later ' +
      'event.',
    filters: 'Filters',
    theme: 'Theme',
    status: 'Status',
    owner: 'Owner',
    dueFrom: 'Due from',
    dueTo: 'Due by',
    overdueOnly: 'Overdue only',
    any: 'All',
    csv: 'Download CSV file',
    empty: 'No recommendation matches the filters.',
    total: 'Recommendations: {count}',
    event: 'Event: ',
    due: 'Due: {date}',
    overdue: 'Overdue',
    history: 'History',
    followUps: 'Followed up in',
    newStatus: 'New status',
    note: 'Note',
    noteHint: 'What changed; it stays in the recommendation’s history.',
    saveStatus: 'Save the status',
    statusSaved: 'The status is saved.',
    carryTo: 'Carry to an event',
    carry: 'Carry',
    carried: 'The recommendation is carried to “{title}”.',
    noLaterEvents: 'There is no later event to carry it to.',
    oneEvent: 'The recommendations of one event are shown.',
    showAll: 'Show every recommendation',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page} of {pages}',
  },
  followsUp: {
    heading: 'Follows up recommendations of earlier events',
    from: 'From the event: {title}',
  },
};

/** Themes (admin), the recommendations tracker (organisers) and the public theme pages. */
export const themesText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(themesText);
