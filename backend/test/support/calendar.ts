import ICAL from 'ical.js';

export interface ParsedInvite {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: Date;
  startZone: string | null;
  dtstamp: string;
  organizer: string;
  attendees: { email: string; partstat: string; rsvp: string | null }[];
  alarms: number;
  timezones: string[];
  raw: string;
}

/** Reads an .ics with ical.js, as a calendar application would. */
export function parseInvite(ics: string): ParsedInvite {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== 1) throw new Error(`expected one VEVENT, found ${vevents.length}`);
  const vevent = vevents[0];
  const event = new ICAL.Event(vevent);
  const dtstart = vevent.getFirstProperty('dtstart');
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    start: event.startDate.toJSDate(),
    startZone: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
    dtstamp: /^DTSTAMP:(.*)$/m.exec(ics)?.[1]?.trim() ?? '',
    organizer: String(vevent.getFirstPropertyValue('organizer')).replace(/^mailto:/i, ''),
    attendees: vevent.getAllProperties('attendee').map((attendee) => ({
      email: String(attendee.getFirstValue())
        .replace(/^mailto:/i, '')
        .toLowerCase(),
      partstat: String(attendee.getParameter('partstat')),
      rsvp: (attendee.getParameter('rsvp') as string | undefined) ?? null,
    })),
    alarms: vevent.getAllSubcomponents('valarm').length,
    timezones: calendar
      .getAllSubcomponents('vtimezone')
      .map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    raw: ics,
  };
}
