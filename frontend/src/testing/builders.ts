import type {
  AgendaItem,
  AttendanceStats,
  Event,
  Invitation,
  Material,
  PublicOrganisation,
  Recommendation,
  Registration,
  Speaker,
  Summary,
} from '@roundtable/contracts';

/** A Sofia round table as the API answers it; override what a test is about. */
export function anEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f',
    slug: 'kragla-masa',
    title: 'Кръгла маса „Ранно детско развитие“',
    description: 'Първи абзац.\n\nВтори абзац.',
    startsAt: '2026-05-21T10:00:00+03:00',
    endsAt: '2026-05-21T13:00:00+03:00',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    onlineUrl: null,
    capacity: 60,
    registrationMode: 'open',
    registrationOpensAt: null,
    registrationClosesAt: null,
    sectorQuotas: {},
    partners: [],
    themes: [],
    status: 'draft',
    sequence: 0,
    cancellationReason: null,
    publishedAt: null,
    agenda: [],
    seriesId: null,
    calendarLinks: {
      google: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=kragla-masa',
      outlook: 'https://outlook.office.com/calendar/0/deeplink/compose?subject=kragla-masa',
      ics: 'http://localhost:3000/api/events/kragla-masa/calendar.ics',
    },
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-04-01T09:00:00.000Z',
    ...overrides,
  };
}

let nextItem = 1;

export function anAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  const number = nextItem++;
  return {
    id: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
    title: 'Откриване',
    description: null,
    startsAt: '2026-05-21T10:00:00+03:00',
    endsAt: '2026-05-21T10:30:00+03:00',
    kind: 'talk',
    speakerIds: [],
    position: 0,
    ...overrides,
  };
}

let nextInvitation = 1;

/** A pending panelist invitation, its e-mail already delivered. */
export function anInvitation(overrides: Partial<Invitation> = {}): Invitation {
  const number = nextInvitation++;
  return {
    id: `10000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
    eventId: '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f',
    email: `panelist${number}@example.bg`,
    name: 'Татяна Бакова',
    role: 'panelist',
    organization: 'Община Раковски',
    position: 'Заместник-кмет',
    sector: 'municipal',
    language: 'bg',
    message: null,
    respondBy: null,
    status: 'pending',
    responseComment: null,
    respondedAt: null,
    respondedVia: null,
    delegatedFromId: null,
    delegatedTo: null,
    bio: null,
    hasPhoto: false,
    consents: { publishName: false, publishPhoto: false, version: null, givenAt: null },
    delivery: { status: 'sent', attempts: 1, sentAt: '2026-04-02T07:00:00.000Z' },
    createdAt: '2026-04-02T06:59:00.000Z',
    ...overrides,
  };
}

export function aSpeaker(overrides: Partial<Speaker> = {}): Speaker {
  return {
    invitationId: '10000000-0000-4000-8000-000000000999',
    name: 'Мариана Соколова',
    role: 'speaker',
    organization: 'Фондация „За Нашите Деца“',
    position: 'Регионален мениджър',
    bio: null,
    photoUrl: null,
    ...overrides,
  };
}

/** A confirmed registration of a municipal official, as the API answers it. */
export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  const consent = (given: boolean) => ({
    given,
    version: '2026-12',
    at: '2026-04-02T09:00:00.000Z',
  });
  return {
    id: '0b7f3c0e-8a43-4f7e-a1c5-6f0d0e6b1a21',
    eventId: '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f',
    firstName: 'Мария',
    lastName: 'Петрова',
    email: 'm.petrova@example.bg',
    organization: 'Община Раковски',
    position: 'Директор на дирекция',
    sector: 'municipal',
    municipality: 'PDV25',
    phone: null,
    accessibilityNeeds: null,
    language: 'bg',
    status: 'confirmed',
    waitlistPosition: null,
    consents: {
      processing: consent(true),
      media: consent(false),
      publishName: consent(true),
      followUp: consent(false),
    },
    invitationId: null,
    checkedInAt: null,
    walkIn: false,
    createdAt: '2026-04-02T09:00:00.000Z',
    updatedAt: '2026-04-02T09:00:00.000Z',
    ...overrides,
  };
}

/** The organisation as `GET /api/organisation/public` answers it. */
export function aPublicOrganisation(overrides: Partial<PublicOrganisation> = {}): PublicOrganisation {
  return {
    name: { bg: 'Фондация „За Нашите Деца“', en: 'For Our Children Foundation' },
    logoUrl: null,
    address: 'ул. „Гюешево“ 21, София',
    contactEmail: 'office@example.org',
    privacyNotice: {
      bg: 'Фондацията обработва личните Ви данни,\nза да организира събитието.',
      en: 'The foundation processes your personal data\nto organise the event.',
      version: '2031-04',
    },
    ...overrides,
  };
}

/** Attendance of a small round table: 12 confirmed, 9 came (one of them a walk-in), 3 did not. */
export function anAttendance(overrides: Partial<AttendanceStats> = {}): AttendanceStats {
  return {
    registered: 12,
    checkedIn: 9,
    noShows: 3,
    walkIns: 1,
    bySector: [
      { sector: 'municipal', registered: 7, checkedIn: 6 },
      { sector: 'education', registered: 5, checkedIn: 3 },
    ],
    byMunicipality: [
      { municipality: 'PDV25', registered: 6, checkedIn: 5 },
      { municipality: null, registered: 6, checkedIn: 4 },
    ],
    byOrganisation: [
      { organization: 'Община Раковски', registered: 6, checkedIn: 5 },
      { organization: 'ДГ „Слънце“', registered: 3, checkedIn: 2 },
    ],
    otherOrganisations: { registered: 3, checkedIn: 2 },
    ...overrides,
  };
}

let nextRecommendation = 1;

/** A recommendation made at the event and not touched since. */
export function aRecommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  const number = nextRecommendation++;
  const base = {
    text: 'Общините да осигурят транспорт до детските градини в малките населени места.',
    owner: 'Община Раковски',
    dueDate: '2024-09-30',
    status: 'proposed' as const,
  };
  return {
    id: `20000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
    ...base,
    createdAt: '2024-05-22T09:00:00.000Z',
    updatedAt: '2024-05-22T09:00:00.000Z',
    history: [{ at: '2024-05-22T09:00:00.000Z', ...base }],
    ...overrides,
  };
}

/** A published summary of the Sofia round table, as `GET /api/events/{id}/summary` answers it. */
export function aSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    eventId: '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f',
    body: '## Какво обсъдихме\n\nУчастниците обсъдиха **достъпа** до услуги.',
    bodyHtml: '<h2>Какво обсъдихме</h2>\n<p>Участниците обсъдиха <strong>достъпа</strong> до услуги.</p>',
    keyPoints: ['Нужен е общ регистър на услугите.', 'Транспортът е основната пречка.'],
    recommendations: [aRecommendation()],
    followsUp: [],
    stats: anAttendance(),
    publishedAt: '2024-05-24T07:00:00.000Z',
    updatedAt: '2024-05-24T07:00:00.000Z',
    ...overrides,
  };
}

let materials = 0;

export function aMaterial(overrides: Partial<Material> = {}): Material {
  materials++;
  return {
    id: `00000000-0000-4000-8000-${String(materials).padStart(12, '0')}`,
    eventId: '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f',
    title: 'Презентация на модела',
    filename: 'model.pdf',
    contentType: 'application/pdf',
    size: 870 * 1024,
    sha256: 'a'.repeat(64),
    visibility: 'public',
    kind: 'material',
    createdAt: '2026-05-21T12:00:00.000Z',
    ...overrides,
  };
}
