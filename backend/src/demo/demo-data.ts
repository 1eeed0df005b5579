import type { AgendaItemInput, EventInput, InvitationInput, UserRole } from '@roundtable/contracts';
import { PRIORITY_THEMES } from '../themes/priority-themes';
import { DateTime } from 'luxon';
import { firstBulgarianWorkingDay } from './bulgarian-holidays';

/** Printed at every `npm start`; these accounts exist only in demo mode. */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: UserRole }[] = [
  {
    email: 'organizer@roundtable.localhost',
    password: 'kragla-masa-2026',
    name: 'Елена Димитрова',
    role: 'organizer',
  },
  { email: 'admin@roundtable.localhost', password: 'kragla-masa-2026', name: 'Администратор', role: 'admin' },
  // Checks people in at the door of the upcoming round table (assigned by the seeder).
  { email: 'staff@roundtable.localhost', password: 'kragla-masa-2026', name: 'Петър Стоянов', role: 'staff' },
];

const FOUNDATION_VENUE = {
  name: 'Фондация „За Нашите Деца“, зала за обучения',
  address: 'кв. Сердика, ул. „Гюешево“ 21',
  city: 'София',
};

const PARTNERS = ['Фондация „За Нашите Деца“', 'The Human Safety Net България'];

export interface DemoPanelist extends InvitationInput {
  accepts: boolean;
  bio?: string;
  /** Agenda items (by title) this person speaks on. */
  speaksOn: string[];
}

export interface DemoEvent {
  input: EventInput;
  agenda: AgendaItemInput[];
  panel?: DemoPanelist[];
}

/**
 * The upcoming round table: a month from today, 9:30 – 13:30 in Sofia, moved to the next working day when
 * that falls on a weekend or an official holiday (nobody convenes officials on 1 January).
 */
export function upcomingRoundTable(today: DateTime): DemoEvent {
  const day = firstBulgarianWorkingDay(
    today.setZone('Europe/Sofia').plus({ days: 30 }).toISODate() as string,
  );
  const at = (time: string) => `${day}T${time}`;
  return {
    input: {
      title: 'Кръгла маса „Заедно за ранното детско развитие: сътрудничество между секторите в общините“',
      description: [
        'Фондация „За Нашите Деца“ и The Human Safety Net България канят представители на местната власт, ' +
          'специалисти от социалния, образователния и здравния сектор и експерти от неправителствения сектор ' +
          'на кръгла маса за холистичната подкрепа на ранното детско развитие.',
        'Ще представим модела на организацията за комплексна подкрепа на физическото, социалното, емоционалното ' +
          'и познавателното развитие на детето, подкрепата за семейството и съвместната работа със специалистите ' +
          'от детските ясли, детските градини и лечебните заведения.',
        'Във втората част ще обсъдим практиката за съвместно учене на професионалистите, работещи с деца, чрез ' +
          'общи супервизии, и как общините могат да развиват услугите за деца в ранна възраст и техните семейства, ' +
          'особено за децата от уязвими групи.',
      ].join('\n\n'),
      startsAt: at('09:30'),
      endsAt: at('13:30'),
      timezone: 'Europe/Sofia',
      language: 'bg',
      venue: FOUNDATION_VENUE,
      onlineUrl: null,
      capacity: 60,
      registrationMode: 'open',
      registrationClosesAt: DateTime.fromISO(at('18:00'), { zone: 'Europe/Sofia' }).minus({ days: 2 }).toISO({
        includeOffset: false,
        suppressMilliseconds: true,
      }),
      sectorQuotas: { municipal: 15, education: 12, health: 12, social: 12, ngo: 10 },
      partners: PARTNERS,
      themeIds: [PRIORITY_THEMES.earlyChildhood, PRIORITY_THEMES.communityServices],
    },
    agenda: [
      {
        title: 'Регистрация и кафе',
        startsAt: at('09:30'),
        endsAt: at('10:00'),
        kind: 'break',
        speakerIds: [],
      },
      {
        title: 'Откриване',
        startsAt: at('10:00'),
        endsAt: at('10:15'),
        kind: 'talk',
        speakerIds: [],
      },
      {
        title: 'Моделът за холистична подкрепа на ранното детско развитие',
        startsAt: at('10:15'),
        endsAt: at('10:45'),
        kind: 'talk',
        speakerIds: [],
      },
      {
        title: 'Панел: Партньорството на общините и социалните услуги за деца и семейства',
        description: 'Общини, детски градини, здравни заведения и социални услуги: как работят заедно.',
        startsAt: at('10:45'),
        endsAt: at('11:45'),
        kind: 'panel',
        speakerIds: [],
      },
      { title: 'Кафе пауза', startsAt: at('11:45'), endsAt: at('12:00'), kind: 'break', speakerIds: [] },
      {
        title: 'Дискусия: Съвместно учене и общи супервизии на специалистите',
        startsAt: at('12:00'),
        endsAt: at('13:00'),
        kind: 'discussion',
        speakerIds: [],
      },
      {
        title: 'Заключения и следващи стъпки',
        startsAt: at('13:00'),
        endsAt: at('13:30'),
        kind: 'discussion',
        speakerIds: [],
      },
    ],
    // The people the foundation's report names, and one made-up school head; the addresses are made up.
    panel: [
      {
        name: 'Трендафил Меретев',
        email: 't.meretev@example.org',
        role: 'moderator',
        organization: 'Фондация „За Нашите Деца“',
        position: 'Мениджър „Проекти и застъпничество“',
        sector: 'ngo',
        accepts: true,
        bio: 'Работи за по-добри възможности за развитието на всяко дете в ранна възраст чрез сътрудничество между секторите.',
        speaksOn: ['Откриване', 'Панел: Партньорството на общините и социалните услуги за деца и семейства'],
      },
      {
        name: 'Мариана Соколова',
        email: 'm.sokolova@example.org',
        role: 'speaker',
        organization: 'Фондация „За Нашите Деца“',
        position: 'Регионален мениджър „Социални и интегрирани услуги“',
        sector: 'ngo',
        accepts: true,
        bio: 'Представя модела на фондацията за комплексна подкрепа на детето и семейството.',
        speaksOn: ['Моделът за холистична подкрепа на ранното детско развитие'],
      },
      {
        name: 'Татяна Бакова',
        email: 't.bakova@example.org',
        role: 'panelist',
        organization: 'Община Раковски',
        position: 'Заместник-кмет',
        sector: 'municipal',
        accepts: true,
        speaksOn: ['Панел: Партньорството на общините и социалните услуги за деца и семейства'],
      },
      {
        name: 'Снежана Илиева',
        email: 's.ilieva@example.org',
        role: 'panelist',
        organization: 'ДГ „Слънце“',
        position: 'Директор',
        sector: 'education',
        accepts: false,
        speaksOn: [],
      },
    ],
  };
}

/** The foundation's real round table of 21 May 2024 (reference/round-table-2024-05-21.txt). */
export function pastRoundTable(): DemoEvent {
  const at = (time: string) => `2024-05-21T${time}`;
  return {
    input: {
      title: 'Кръгла маса „Добри практики за холистична подкрепа на ранното детско развитие“',
      description: [
        'Фондация „За Нашите Деца“, в партньорство с The Human Safety Net България, проведе кръгла маса ' +
          '„Добри практики за холистична подкрепа на ранното детско развитие“ в гр. София.',
        'Целта на събитието беше да запознае всички заинтересовани страни с модела, който организацията формира ' +
          'и надгражда, включващ комплексна подкрепа за физическото, социалното, емоционалното и познавателното ' +
          'развитие на детето, подкрепа за семейството и съвместна работа със специалисти от социалния, ' +
          'образователния и здравния сектор.',
        'В дискусиите бяха включени успешни практики за сътрудничество на специалисти от социалните услуги ' +
          'със специалисти от детски ясли, детски градини и лечебни заведения в общини от областите София и Пловдив.',
      ].join('\n\n'),
      startsAt: at('10:00'),
      endsAt: at('13:00'),
      timezone: 'Europe/Sofia',
      language: 'bg',
      venue: FOUNDATION_VENUE,
      capacity: 40,
      registrationMode: 'approval',
      partners: PARTNERS,
      themeIds: [PRIORITY_THEMES.earlyChildhood, PRIORITY_THEMES.communityServices],
    },
    agenda: [
      {
        title: 'Моделът на работа на „За Нашите Деца“',
        description: 'г-жа Мариана Соколова, регионален мениджър „Социални и интегрирани услуги“',
        startsAt: at('10:00'),
        endsAt: at('10:40'),
        kind: 'talk',
        speakerIds: [],
      },
      {
        title: 'Развитие на услугите за деца и семейства чрез партньорство с общините',
        description: 'г-жа Татяна Бакова, заместник-кмет на община Раковски, и панелистите',
        startsAt: at('10:40'),
        endsAt: at('11:40'),
        kind: 'panel',
        speakerIds: [],
      },
      { title: 'Кафе пауза', startsAt: at('11:40'), endsAt: at('12:00'), kind: 'break', speakerIds: [] },
      {
        title: 'Съвместно учене: общи супервизии на професионалистите, работещи с деца',
        startsAt: at('12:00'),
        endsAt: at('13:00'),
        kind: 'discussion',
        speakerIds: [],
      },
    ],
  };
}
