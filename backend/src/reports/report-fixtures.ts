import type { Language, Sector } from '@roundtable/contracts';
import type { ReportEvent } from './pdf';

/** An event of 21 May 2031, 9:30 – 13:30 in Sofia, for the documents' specs. */
export function reportEvent(language: Language = 'bg'): ReportEvent {
  return {
    title: 'Кръгла маса „Приобщаващо образование“',
    slug: 'kragla-masa',
    language,
    startsAt: new Date('2031-05-21T06:30:00Z'),
    endsAt: new Date('2031-05-21T10:30:00Z'),
    timezone: 'Europe/Sofia',
    venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
    onlineUrl: null,
  };
}

export function person(firstName: string, lastName: string, sector: Sector = 'municipal') {
  return { firstName, lastName, organization: 'Община Габрово', position: 'експерт', sector };
}
