import ICAL from 'ical.js';
import { eventUid, itipInvitation, publishedCalendar, type CalendarEventFacts } from './ics';

const organizer = { name: 'Roundtable', email: 'events@example.org' };

function anEvent(overrides: Partial<CalendarEventFacts> = {}): CalendarEventFacts {
  return {
    id: '6f1c1f5e-8d1f-4c55-9b7a-3b0c7e1d2a10',
    title: 'Кръгла маса',
    description: 'Първи ред\nвтори ред; със запетая, и \\ наклонена черта',
    startsAt: new Date('2026-03-10T07:00:00Z'),
    endsAt: new Date('2026-03-10T09:00:00Z'),
    timezone: 'Europe/Sofia',
    venue: { name: 'Зала 1', address: 'ул. Шипка 6', city: 'София' },
    onlineUrl: null,
    sequence: 0,
    status: 'published',
    ...overrides,
  };
}

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

const forgedEvent = [
  'X\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT',
  'UID:forged@attacker.example',
  'URL:https://attacker.example/',
  'SUMMARY:Forged',
  'END:VEVENT\r\n',
].join('\r\n');

describe('the .ics builder keeps what people typed inside its own value', () => {
  it('a calendar name with line breaks adds no event and keeps its text', () => {
    const event = anEvent();
    const ics = publishedCalendar([event], organizer, forgedEvent);
    const calendar = parse(ics);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    expect(vevents[0].getFirstPropertyValue('uid')).toBe(eventUid(event.id, organizer.email));
    expect(vevents[0].getFirstProperty('url')).toBeNull();
    // ical.js does not know X-WR-CALNAME as TEXT, so it hands back the escaped value.
    expect(String(calendar.getFirstPropertyValue('x-wr-calname')).replace(/\\n/g, '\n')).toBe(
      forgedEvent.replace(/\r\n/g, '\n'),
    );
    expect(ics).not.toMatch(/^UID:forged/m);
  });

  it('titles, descriptions and places with breaks, commas and semicolons round-trip', () => {
    const event = anEvent({ title: forgedEvent, venue: { name: 'A; B', address: 'C, D', city: 'E\\F' } });
    const vevents = parse(
      publishedCalendar([event, anEvent({ id: 'second' })], organizer, 'Feed'),
    ).getAllSubcomponents('vevent');
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([
      eventUid(event.id, organizer.email),
      eventUid('second', organizer.email),
    ]);
    expect(vevents[0].getFirstPropertyValue('summary')).toBe(forgedEvent.replace(/\r\n/g, '\n'));
    expect(vevents[0].getFirstPropertyValue('description')).toBe(event.description);
    expect(vevents[0].getFirstPropertyValue('location')).toBe('A; B, C, D, E\\F');
    expect(vevents[1].getFirstPropertyValue('summary')).toBe('Кръгла маса');
  });

  it("a deputy's name with quotes, colons and breaks stays the CN; role and address do not change", () => {
    const name = 'Мария "Ива":mailto:boss@attacker.example";ROLE=CHAIR;X="^\nnext';
    const ics = itipInvitation({
      method: 'REQUEST',
      event: anEvent(),
      organizer: { name: 'Org "Team"', email: organizer.email },
      attendee: { name, email: 'deputy@example.org', status: 'NEEDS-ACTION', rsvp: true },
    });
    const vevents = parse(ics).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const attendees = vevents[0].getAllProperties('attendee');
    expect(attendees).toHaveLength(1);
    expect(attendees[0].getParameter('cn')).toBe(name);
    expect(attendees[0].getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendees[0].getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(attendees[0].getParameter('rsvp')).toBe('TRUE');
    expect(attendees[0].getFirstValue()).toBe('mailto:deputy@example.org');
    const organizerProperty = vevents[0].getFirstProperty('organizer');
    expect(organizerProperty?.getParameter('cn')).toBe('Org "Team"');
    expect(organizerProperty?.getFirstValue()).toBe(`mailto:${organizer.email}`);
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const title = 'Дълго заглавие на кръгла маса '.repeat(10).trim();
    const ics = publishedCalendar([anEvent({ title })], organizer, 'Feed');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);
  });
});

describe('one event version is generated once and stamped per copy', () => {
  const invite = (event: CalendarEventFacts, stamp: Date, email = 'a@example.org') =>
    parse(
      itipInvitation({
        method: 'REQUEST',
        event,
        organizer,
        attendee: { email, name: 'А', status: 'NEEDS-ACTION', rsvp: true },
        stamp,
      }),
    ).getFirstSubcomponent('vevent') as ICAL.Component;

  it('each copy carries its own DTSTAMP and attendee', () => {
    const event = anEvent();
    const first = invite(event, new Date('2026-01-02T03:04:05Z'));
    const second = invite(event, new Date('2026-02-03T04:05:06Z'), 'b@example.org');
    expect(first.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-02T03:04:05Z');
    expect(second.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-03T04:05:06Z');
    expect(second.getFirstPropertyValue('attendee')).toBe('mailto:b@example.org');
  });

  it('a new time, zone, sequence or cancellation is never answered from an earlier version', () => {
    const stamp = new Date('2026-01-02T03:04:05Z');
    const event = anEvent({ id: 'versions' });
    invite(event, stamp);
    const moved = invite(
      anEvent({
        id: 'versions',
        startsAt: new Date('2026-03-11T07:00:00Z'),
        endsAt: new Date('2026-03-11T09:00:00Z'),
      }),
      stamp,
    );
    expect(moved.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-03-11T09:00:00');
    const rezoned = invite(anEvent({ id: 'versions', timezone: 'Europe/London' }), stamp);
    expect(rezoned.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    expect(invite(anEvent({ id: 'versions', sequence: 3 }), stamp).getFirstPropertyValue('sequence')).toBe(3);
    expect(
      invite(anEvent({ id: 'versions', status: 'cancelled' }), stamp).getFirstPropertyValue('status'),
    ).toBe('CANCELLED');
  });
});
