import type { Translation } from '../../core/i18n/translation';
import { registerTexts } from '../../core/i18n/texts';

const bg = {
  eventList: {
    intro:
      'Кръгли маси и форуми за представители на общините, държавната администрация, образованието, ' +
      'здравеопазването, социалните услуги и неправителствените организации.',
    when: 'Кои събития да се показват',
    upcoming: 'Предстоящи',
    past: 'Минали',
    upcomingHeading: 'Предстоящи събития',
    pastHeading: 'Минали събития',
    emptyUpcoming: 'В момента няма обявени предстоящи събития. Моля, проверете отново по-късно.',
    emptyPast: 'Все още няма минали събития.',
    loadMore: 'Покажи още',
    shown: 'Показани {shown} от {total}',
    subscribe: 'Абонамент за календара',
    subscribeHint:
      'Всички публикувани събития в календара ви (Google, Outlook, Apple), обновявани автоматично.',
  },
  event: {
    allEvents: 'Всички събития',
    when: 'Кога',
    where: 'Място',
    online: 'Онлайн',
    onlineLink: 'Връзка за онлайн участие',
    timeZoneNote: 'Часовете са посочени по {zone}.',
    about: 'За събитието',
    agenda: 'Програма',
    agendaEmpty: 'Програмата ще бъде публикувана скоро.',
    speakers: 'Участници в програмата',
    speakersSoon: 'Участниците в програмата ще бъдат обявени скоро.',
    agendaSpeakers: 'С участието на {names}',
    addToCalendar: 'Добави в календара',
    googleCalendar: 'Google Календар',
    outlookCalendar: 'Outlook',
    icsFile: 'Файл за календар (.ics)',
    opensInNewTab: '(отваря се в нов раздел)',
    partners: 'Партньори',
    themes: 'Теми на застъпничество',
    cancelled: 'Събитието е отменено.',
    cancellationReason: 'Причина: {reason}',
    draftNotice: 'Чернова: тази страница се вижда само от организаторите.',
    notFoundHeading: 'Събитието не е намерено',
    notFoundText:
      'Няма събитие на този адрес. Възможно е връзката да е грешна или събитието още да не е публикувано.',
  },
  registration: {
    heading: 'Регистрация',
    seats: 'Места',
    // Under the label „Места“: the number alone, which agrees with any count (not „1 места“).
    seatsCount: '{count}',
    mode: 'Начин на регистрация',
    // The Bulgarian date ends in „ч.“, which closes the sentence too.
    opensAt: 'Регистрацията започва на {date}',
    closesAt: 'Регистрацията приключва на {date}',
    // „Свободни места: 1“ and „Свободни места: 21“ both agree; „1 свободни места“ would not.
    seatsLeft: 'Свободни места: {count}',
    open: 'Регистрацията е отворена.',
    register: 'Регистрация за участие',
    full: 'Местата са заети – можете да се включите в списъка на чакащите.',
    joinWaitList: 'Включване в списъка на чакащите',
    closed: 'Регистрацията е закрита.',
    inviteOnly: 'Участието е само с покана от организаторите.',
    past: 'Събитието вече се проведе.',
    cancelled: 'Регистрацията е затворена, защото събитието е отменено.',
  },
};

const en: Translation<typeof bg> = {
  eventList: {
    intro:
      'Round tables and forums for people from municipalities, state administration, education, health, ' +
      'social services and non-governmental organisations.',
    when: 'Which events to show',
    upcoming: 'Upcoming',
    past: 'Past',
    upcomingHeading: 'Upcoming events',
    pastHeading: 'Past events',
    emptyUpcoming: 'No upcoming events have been announced yet. Please check again later.',
    emptyPast: 'There are no past events yet.',
    loadMore: 'Show more',
    shown: 'Showing {shown} of {total}',
    subscribe: 'Calendar subscription',
    subscribeHint: 'All published events in your calendar (Google, Outlook, Apple), kept up to date.',
  },
  event: {
    allEvents: 'All events',
    when: 'When',
    where: 'Venue',
    online: 'Online',
    onlineLink: 'Link to join online',
    timeZoneNote: 'Times are given in {zone}.',
    about: 'About the event',
    agenda: 'Agenda',
    agendaEmpty: 'The agenda will be published soon.',
    speakers: 'On the programme',
    speakersSoon: 'The people on the programme will be announced soon.',
    agendaSpeakers: 'With {names}',
    addToCalendar: 'Add to calendar',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    icsFile: 'Calendar file (.ics)',
    opensInNewTab: '(opens in a new tab)',
    partners: 'Partners',
    themes: 'Advocacy themes',
    cancelled: 'This event has been cancelled.',
    cancellationReason: 'Reason: {reason}',
    draftNotice: 'Draft: only organisers can see this page.',
    notFoundHeading: 'Event not found',
    notFoundText:
      'There is no event at this address. The link may be wrong, or the event is not published yet.',
  },
  registration: {
    heading: 'Registration',
    seats: 'Seats',
    seatsCount: '{count}',
    mode: 'How to register',
    opensAt: 'Registration opens on {date}.',
    closesAt: 'Registration closes on {date}.',
    seatsLeft: 'Seats left: {count}',
    open: 'Registration is open.',
    register: 'Register',
    full: 'All seats are taken – you can join the waiting list.',
    joinWaitList: 'Join the waiting list',
    closed: 'Registration is closed.',
    inviteOnly: 'Taking part is by invitation from the organisers only.',
    past: 'This event has already taken place.',
    cancelled: 'Registration is closed because the event has been cancelled.',
  },
};

/** The public list of events and the event page. */
export const eventsText = { bg, en };
// Loaded with the pages that import this file, not with the app: see core/i18n/texts.ts.
registerTexts(eventsText);
