import { addToCalendarLinks } from './calendar-links';

const event = {
  id: 'e1',
  title: 'Кръгла маса „Добри практики“',
  description: 'Описание',
  startsAt: new Date('2031-05-21T07:00:00Z'),
  endsAt: new Date('2031-05-21T10:00:00Z'),
  timezone: 'Europe/Sofia',
  venue: { name: 'Зала', address: 'ул. „Гюешево“ 21', city: 'София' },
  onlineUrl: null,
  sequence: 0,
  status: 'published' as const,
};

describe('addToCalendarLinks', () => {
  const links = addToCalendarLinks(event, 'https://roundtable.example/events/kragla-masa');

  it('gives Google the UTC instants and the event zone', () => {
    const url = new URL(links.google);
    expect(url.searchParams.get('dates')).toBe('20310521T070000Z/20310521T100000Z');
    expect(url.searchParams.get('ctz')).toBe('Europe/Sofia');
    expect(url.searchParams.get('text')).toBe(event.title);
    expect(url.searchParams.get('location')).toBe('Зала, ул. „Гюешево“ 21, София');
  });

  it('gives Outlook ISO instants', () => {
    const url = new URL(links.outlook);
    expect(url.searchParams.get('startdt')).toBe('2031-05-21T07:00:00.000Z');
    expect(url.searchParams.get('subject')).toBe(event.title);
  });
});
