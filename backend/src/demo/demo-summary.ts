import type { RecommendationStatus, Sector } from '@roundtable/contracts';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { insertRegistration } from '../registrations/registration-insert';
import { RegistrationEntity } from '../registrations/registration.entity';
import { consentsGiven, emailKey, searchText } from '../registrations/registrations.service';
import {
  EventSummaryEntity,
  RecommendationChangeEntity,
  RecommendationEntity,
} from '../summary/summary.entities';

/**
 * The after-event story of the past round table (21 May 2024): who registered and who came, and the published
 * summary with its recommendations, one of them followed up since. Written straight into the tables: the event
 * is over, so the registration rules would refuse it, and publishing here must send nobody any mail.
 */

interface DemoParticipant {
  firstName: string;
  lastName: string;
  organization: string;
  position: string;
  sector: Sector;
  municipality: string | null;
  /** Sofia wall-clock time of the check-in; null for a no-show. */
  checkedIn: string | null;
  /** Came without registering: no e-mail address, checked in by staff at the door. */
  walkIn?: boolean;
}

const PARTICIPANTS: DemoParticipant[] = [
  {
    firstName: 'Ивана',
    lastName: 'Георгиева',
    organization: 'Община Пловдив',
    position: 'Главен експерт „Социални дейности“',
    sector: 'municipal',
    municipality: 'PDV22',
    checkedIn: '09:41',
  },
  {
    firstName: 'Стоян',
    lastName: 'Колев',
    organization: 'Община Раковски',
    position: 'Директор на дирекция',
    sector: 'municipal',
    municipality: 'PDV25',
    checkedIn: '09:38',
  },
  {
    firstName: 'Николина',
    lastName: 'Дойчева',
    organization: 'Община Раковски',
    position: 'Експерт „Образование“',
    sector: 'municipal',
    municipality: 'PDV25',
    checkedIn: '09:39',
  },
  {
    firstName: 'Петя',
    lastName: 'Маринова',
    organization: 'Столична община',
    position: 'Началник на отдел',
    sector: 'municipal',
    municipality: 'SOF46',
    checkedIn: '09:52',
  },
  {
    firstName: 'Георги',
    lastName: 'Атанасов',
    organization: 'Община Самоков',
    position: 'Заместник-кмет',
    sector: 'municipal',
    municipality: 'SFO39',
    checkedIn: null,
  },
  {
    firstName: 'Десислава',
    lastName: 'Пенева',
    organization: 'Регионална здравна инспекция – Пловдив',
    position: 'Инспектор',
    sector: 'health',
    municipality: 'PDV22',
    checkedIn: '09:47',
  },
  {
    firstName: 'д-р Любомир',
    lastName: 'Кирилов',
    organization: 'УМБАЛ „Св. Георги“',
    position: 'Педиатър',
    sector: 'health',
    municipality: 'PDV22',
    checkedIn: '09:55',
  },
  {
    firstName: 'Радка',
    lastName: 'Тодорова',
    organization: 'Детска ясла „Радост“',
    position: 'Медицинска сестра',
    sector: 'health',
    municipality: 'SOF46',
    checkedIn: null,
  },
  {
    firstName: 'Силвия',
    lastName: 'Христова',
    organization: 'ДГ „Слънчице“, Раковски',
    position: 'Директор',
    sector: 'education',
    municipality: 'PDV25',
    checkedIn: '09:44',
  },
  {
    firstName: 'Мирослава',
    lastName: 'Ненова',
    organization: 'ДГ „Детелина“, Пловдив',
    position: 'Старши учител',
    sector: 'education',
    municipality: 'PDV22',
    checkedIn: '09:58',
  },
  {
    firstName: 'Боряна',
    lastName: 'Стефанова',
    organization: 'Регионално управление на образованието – София-град',
    position: 'Старши експерт',
    sector: 'government',
    municipality: 'SOF46',
    checkedIn: '10:03',
  },
  {
    firstName: 'Ангел',
    lastName: 'Вълчев',
    organization: 'Дирекция „Социално подпомагане“ – Раковски',
    position: 'Социален работник',
    sector: 'government',
    municipality: 'PDV25',
    checkedIn: '09:49',
  },
  {
    firstName: 'Теодора',
    lastName: 'Русева',
    organization: 'Център за обществена подкрепа – Пловдив',
    position: 'Психолог',
    sector: 'social',
    municipality: 'PDV22',
    checkedIn: '09:36',
  },
  {
    firstName: 'Калина',
    lastName: 'Илиева',
    organization: 'Център за обществена подкрепа – Пловдив',
    position: 'Социален работник',
    sector: 'social',
    municipality: 'PDV22',
    checkedIn: '09:37',
  },
  {
    firstName: 'Веселин',
    lastName: 'Божилов',
    organization: 'Комплекс за социални услуги – Самоков',
    position: 'Ръководител',
    sector: 'social',
    municipality: 'SFO39',
    checkedIn: null,
  },
  {
    firstName: 'Елица',
    lastName: 'Младенова',
    organization: 'Фондация „За Нашите Деца“',
    position: 'Социален работник',
    sector: 'ngo',
    municipality: 'SOF46',
    checkedIn: '09:30',
  },
  {
    firstName: 'Мартин',
    lastName: 'Горанов',
    organization: 'Национална мрежа за децата',
    position: 'Експерт „Политики“',
    sector: 'ngo',
    municipality: 'SOF46',
    checkedIn: '10:06',
  },
  {
    firstName: 'Гергана',
    lastName: 'Пейчева',
    organization: 'Сдружение „Родители“',
    position: 'Координатор',
    sector: 'ngo',
    municipality: null,
    checkedIn: '09:59',
  },
  {
    firstName: 'Виолета',
    lastName: 'Андонова',
    organization: 'ДГ „Слънчице“, Раковски',
    position: 'Учител',
    sector: 'education',
    municipality: null,
    checkedIn: '10:12',
    walkIn: true,
  },
  {
    firstName: 'Пламен',
    lastName: 'Чолаков',
    organization: 'Община Раковски',
    position: 'Експерт',
    sector: 'municipal',
    municipality: null,
    checkedIn: '10:15',
    walkIn: true,
  },
];

const BODY = `## За кръглата маса

Фондация „За Нашите Деца“, в партньорство с The Human Safety Net България, проведе кръгла маса „Добри практики за холистична подкрепа на ранното детско развитие“. В нея участваха представители на местната власт, специалисти от трите ключови сфери – социална, образователна и здравна, и експерти от неправителствения сектор.

## Моделът на работа на фондацията

Г-жа Мариана Соколова, регионален мениджър „Социални и интегрирани услуги“, представи модела, който организацията формира и надгражда: **комплексна подкрепа** за физическото, социалното, емоционалното и познавателното развитие на детето, подкрепа за семейството и съвместна работа със специалистите от детските ясли, детските градини и лечебните заведения.

## Партньорството с общините

Г-жа Татяна Бакова, заместник-кмет на община Раковски, заедно с панелистите постави акцент върху развитието на услугите за деца и техните семейства чрез партньорство между общините и фондацията. Бяха представени практики от общини в областите София и Пловдив.

> „Събира ни взаимното доверие и желанието да създадем по-добри възможности за развитието на всяко дете в ранна възраст.“ – г-н Трендафил Меретев, мениджър „Проекти и застъпничество“

## Съвместно учене

Участниците обсъдиха практиката за съвместно учене на професионалистите, работещи с деца, чрез *общи супервизии*, и как тя им помага:

- да се справят с предизвикателствата в своята сфера;
- да отговарят на различните нужди на децата в ранна възраст и техните семейства;
- да достигат до децата от уязвими групи.
`;

const KEY_POINTS = [
  'Холистичната подкрепа на ранното детско развитие изисква съвместна работа на социалния, образователния и здравния сектор.',
  'Партньорството с общините позволява услугите за деца и семейства да се развиват там, където живеят децата.',
  'Общите супервизии помагат на специалистите да се справят с трудни случаи и да учат един от друг.',
  'Най-голяма нужда от подкрепа имат децата в ранна възраст от уязвими групи и техните семейства.',
];

interface DemoRecommendation {
  text: string;
  owner: string;
  dueDate: string | null;
  status: RecommendationStatus;
  /** How it stood when it was made, where it has changed since (with the day of the change). */
  madeAs?: { dueDate: string | null; status: RecommendationStatus; changedOn: string };
}

const RECOMMENDATIONS: DemoRecommendation[] = [
  {
    text: 'Да се осигури помещение и график за ежемесечни общи супервизии на специалистите от социалните услуги, детските градини и здравните заведения.',
    owner: 'Община Пловдив',
    dueDate: '2024-12-31',
    status: 'done',
    madeAs: { dueDate: '2024-09-30', status: 'proposed', changedOn: '2024-11-18' },
  },
  {
    text: 'Да се включат педиатрите и патронажните сестри в ранното откриване на деца с нужда от подкрепа.',
    owner: 'РЗИ',
    dueDate: '2025-03-31',
    status: 'in-progress',
  },
  {
    text: 'Да се разкрие услуга за ранна интервенция в община Раковски с подкрепата на фондацията.',
    owner: 'Община Раковски',
    dueDate: '2025-06-30',
    status: 'proposed',
  },
  {
    text: 'Да се проведе обучение за детските учители за работа със семействата на деца от уязвими групи.',
    owner: 'Регионално управление на образованието',
    dueDate: '2024-10-31',
    status: 'done',
  },
  {
    text: 'Да се изготви общ наръчник с добрите практики, представени на кръглата маса.',
    owner: 'Фондация „За Нашите Деца“',
    dueDate: null,
    status: 'dropped',
  },
];

const ZONE = 'Europe/Sofia';
const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toJSDate();
const transliterate = (text: string) =>
  text
    .toLowerCase()
    .replace(/^д-р /, '')
    .replace(/[а-я]/g, (letter) => LATIN['абвгдежзийклмнопрстуфхцчшщъьюя'.indexOf(letter)] ?? '');
const LATIN = 'a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya'.split(' ');

/** Registrations, check-ins and the published summary of the past round table; nothing is mailed. */
export async function seedPastRoundTableStory(
  dataSource: DataSource,
  eventId: string,
  privacyNoticeVersion: string,
): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    for (const [index, person] of PARTICIPANTS.entries()) {
      await insertRegistration(
        manager,
        demoRegistration(manager, eventId, index, person, privacyNoticeVersion),
      );
    }
    await seedSummary(manager, eventId);
  });
}

function demoRegistration(
  manager: EntityManager,
  eventId: string,
  index: number,
  person: DemoParticipant,
  privacyNoticeVersion: string,
): RegistrationEntity {
  const email = person.walkIn
    ? ''
    : `${transliterate(person.firstName)}.${transliterate(person.lastName)}@example.bg`;
  // Registered over the fortnight before the event; walk-ins at the door.
  const createdAt = person.walkIn
    ? at('2024-05-21', person.checkedIn ?? '10:00')
    : at(`2024-05-${String(6 + (index % 14)).padStart(2, '0')}`, `1${index % 8}:15`);
  return manager.create(RegistrationEntity, {
    id: randomUUID(),
    eventId,
    firstName: person.firstName,
    lastName: person.lastName,
    email,
    activeEmailKey: email ? emailKey(email) : null,
    organization: person.organization,
    position: person.position,
    sector: person.sector,
    municipality: person.municipality,
    phone: null,
    accessibilityNeeds: null,
    searchText: searchText({ ...person, email }),
    language: 'bg',
    consents: consentsGiven(
      { processing: true, media: !person.walkIn, publishName: !person.walkIn, followUp: index % 3 !== 0 },
      createdAt,
      privacyNoticeVersion,
    ),
    status: 'confirmed',
    queuedAt: null,
    invitationId: null,
    checkedInAt: person.checkedIn ? at('2024-05-21', person.checkedIn) : null,
    checkedInById: null,
    walkIn: person.walkIn === true,
    createdAt,
    updatedAt: createdAt,
  });
}

async function seedSummary(manager: EntityManager, eventId: string): Promise<void> {
  const written = at('2024-05-24', '16:30');
  await manager.insert(EventSummaryEntity, {
    eventId,
    body: BODY,
    keyPoints: KEY_POINTS,
    publishedAt: at('2024-05-27', '10:00'),
    updatedAt: at('2024-11-18', '11:20'),
  });
  for (const [position, recommendation] of RECOMMENDATIONS.entries()) {
    const id = randomUUID();
    const { madeAs, ...now } = recommendation;
    const changedAt = madeAs ? at(madeAs.changedOn, '11:20') : written;
    await manager.insert(RecommendationEntity, {
      id,
      eventId,
      position,
      text: now.text,
      owner: now.owner,
      dueDate: now.dueDate,
      status: now.status,
      createdAt: written,
      updatedAt: changedAt,
    });
    const states = madeAs
      ? [
          { at: written, ...now, dueDate: madeAs.dueDate, status: madeAs.status },
          { at: changedAt, ...now },
        ]
      : [{ at: written, ...now }];
    for (const state of states) {
      await manager.insert(RecommendationChangeEntity, {
        id: randomUUID(),
        recommendationId: id,
        at: state.at,
        text: state.text,
        owner: state.owner,
        dueDate: state.dueDate,
        status: state.status,
      });
    }
  }
}
