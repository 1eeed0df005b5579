import type { RecommendationStatus, Sector } from '@roundtable/contracts';

/** The people and the summary of the past round table (21 May 2024), seeded by demo-summary.ts. */

export interface DemoParticipant {
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

export const PARTICIPANTS: DemoParticipant[] = [
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

export const BODY = `## За кръглата маса

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

export const KEY_POINTS = [
  'Холистичната подкрепа на ранното детско развитие изисква съвместна работа на социалния, образователния и здравния сектор.',
  'Партньорството с общините позволява услугите за деца и семейства да се развиват там, където живеят децата.',
  'Общите супервизии помагат на специалистите да се справят с трудни случаи и да учат един от друг.',
  'Най-голяма нужда от подкрепа имат децата в ранна възраст от уязвими групи и техните семейства.',
];

export interface DemoRecommendation {
  text: string;
  owner: string;
  dueDate: string | null;
  status: RecommendationStatus;
  /** How it stood when it was made, where it has changed since (with the day of the change). */
  madeAs?: { dueDate: string | null; status: RecommendationStatus; changedOn: string };
}

export const RECOMMENDATIONS: DemoRecommendation[] = [
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
