import type { Translation } from '../../../core/i18n/translation';
import { registerTexts } from '../../../core/i18n/texts';

/** Series of events (decision 0034): general UI, lowercase „вие“ (COPY-BG.md). */
const bg = {
  series: {
    heading: 'Поредица',
    intro:
      'Събитията от поредицата – минали и предстоящи – и общата им статистика: регистрациите и присъствието ' +
      'от всички събития, събрани заедно.',
    eventsHeading: 'Събития',
    statsHeading: 'Обща статистика',
    event: 'Събитие',
    date: 'Дата',
    status: 'Статус',
    registered: 'Регистрирани',
    checkedIn: 'Присъствали',
    past: 'Минало',
    upcoming: 'Предстоящо',
    total: 'Общо',
    link: 'Поредица: {title}',
    next: 'Следващо в поредицата',
  },
  nextDialog: {
    heading: 'Следващото събитие от поредицата',
    text:
      'Ще бъде създадена чернова с програмата (преместена към новата дата), партньорите, квотите и поканите ' +
      'за панела като неизпратени чернови. Регистрациите и присъствието остават при това събитие. ' +
      'Нищо не се изпраща, докато не изпратите поканите.',
    title: 'Заглавие',
    startsAt: 'Начало',
    endsAt: 'Край',
    zone: 'Часовете са в часовата зона на събитието: {zone}.',
    back: 'Назад',
    create: 'Създай черновата',
    creating: 'Създаване…',
    created: 'Черновата на следващото събитие е създадена.',
  },
  draftInvitations: {
    send: 'Изпрати',
    sendAll: 'Изпрати всички чернови ({count})',
    hint: 'Тези покани са копирани от предишното събитие от поредицата и още не са изпратени.',
    sent: 'Изпратени покани: {count}.',
    sentOne: 'Поканата е изпратена.',
    notSent: 'още не е изпратено',
  },
};

const en: Translation<typeof bg> = {
  series: {
    heading: 'Series',
    intro:
      'The events of the series – past and upcoming – and their joint statistics: the registrations and ' +
      'attendance of all the events, added together.',
    eventsHeading: 'Events',
    statsHeading: 'Joint statistics',
    event: 'Event',
    date: 'Date',
    status: 'Status',
    registered: 'Registered',
    checkedIn: 'Attended',
    past: 'Past',
    upcoming: 'Upcoming',
    total: 'Total',
    link: 'Series: {title}',
    next: 'Next in the series',
  },
  nextDialog: {
    heading: 'The next event of the series',
    text:
      'A draft is created with the agenda (moved to the new date), the partners, the quotas and the panel ' +
      'invitations as unsent drafts. Registrations and attendance stay with this event. Nothing is sent ' +
      'until you send the invitations.',
    title: 'Title',
    startsAt: 'Starts',
    endsAt: 'Ends',
    zone: "Times are in the event's time zone: {zone}.",
    back: 'Back',
    create: 'Create the draft',
    creating: 'Creating…',
    created: 'The draft of the next event has been created.',
  },
  draftInvitations: {
    send: 'Send',
    sendAll: 'Send all drafts ({count})',
    hint: 'These invitations were copied from the previous event of the series and have not been sent yet.',
    sent: 'Invitations sent: {count}.',
    sentOne: 'The invitation has been sent.',
    notSent: 'not sent yet',
  },
};

export const seriesText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(seriesText);
