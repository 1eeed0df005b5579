import type { AgendaItemInput, EventInput, RegistrationInput } from '@roundtable/contracts';

let titles = 0;

/** A valid event 10:00–13:00 Sofia time on 21 May 2031; override what the test is about. */
export function anEventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: `Кръгла маса ${++titles}`,
    description: 'Добри практики за холистична подкрепа на ранното детско развитие.',
    startsAt: '2031-05-21T10:00',
    endsAt: '2031-05-21T13:00',
    timezone: 'Europe/Sofia',
    language: 'bg',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    capacity: 40,
    registrationMode: 'open',
    partners: ['The Human Safety Net България'],
    ...overrides,
  };
}

export function anAgendaItem(overrides: Partial<AgendaItemInput> = {}): AgendaItemInput {
  return {
    title: 'Откриване',
    startsAt: '2031-05-21T10:00',
    endsAt: '2031-05-21T10:30',
    kind: 'talk',
    speakerIds: [],
    ...overrides,
  };
}

/** The value, or a clear failure naming what was missing. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

let registrants = 0;

/** A valid registration of a new person; override what the test is about. */
export function aRegistrationInput(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  const n = ++registrants;
  return {
    firstName: 'Мария',
    lastName: `Петрова ${n}`,
    email: `participant-${n}@example.bg`,
    organization: 'Община Раковски',
    position: 'Експерт',
    sector: 'municipal',
    municipality: 'PDV25',
    language: 'bg',
    consents: { processing: true, media: false, publishName: true, followUp: true },
    ...overrides,
  };
}
