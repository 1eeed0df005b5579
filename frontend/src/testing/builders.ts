import type { AgendaItem, Event } from '@roundtable/contracts';

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
    status: 'draft',
    sequence: 0,
    cancellationReason: null,
    publishedAt: null,
    agenda: [],
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
