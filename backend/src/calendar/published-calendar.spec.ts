import ICAL from 'ical.js';
import { publishedCalendar, type CalendarEventFacts } from './ics';

const event = (id: string): CalendarEventFacts => ({
  id,
  title: 'Кръгла маса',
  description: 'Описание',
  startsAt: new Date('2031-05-21T07:00:00Z'),
  endsAt: new Date('2031-05-21T10:00:00Z'),
  timezone: 'Europe/Sofia',
  venue: { name: 'Зала', address: 'ул. „Гюешево“ 21', city: 'София' },
  onlineUrl: null,
  sequence: 0,
  status: 'published',
});

describe('publishedCalendar (METHOD:PUBLISH)', () => {
  // RFC 5546, 3.2.1: ORGANIZER is required in every VEVENT of a PUBLISH; strict clients refuse the file.
  it('names the organiser in every event, of the single .ics and of the feed', () => {
    const organizer = { name: 'Община Раковски', email: 'events@rakovski.bg' };
    const ics = publishedCalendar([event('e1'), event('e2')], organizer, 'Събития');
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    for (const vevent of vevents) {
      const property = vevent.getFirstProperty('organizer');
      expect(property?.getFirstValue()).toBe('mailto:events@rakovski.bg');
      expect(property?.getParameter('cn')).toBe('Община Раковски');
    }
  });
});
