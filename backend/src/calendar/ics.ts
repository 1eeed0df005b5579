import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';

/*
 * The one place that writes iCalendar. Every iTIP (RFC 5546) / iMIP (RFC 6047) rule of PRODUCT.md lives here:
 * zoned times with a VTIMEZONE (never the server's clock), DTSTAMP in UTC, ORGANIZER equal to the From address,
 * exactly one ATTENDEE per invitation, one UID per event for ever, SEQUENCE from the event, CANCEL with
 * STATUS:CANCELLED and no alarm. No URL goes in at all, personal or not: calendars get shared and synced to
 * places we do not control; the e-mail around the .ics carries the links.
 */

export type ItipMethod = 'REQUEST' | 'CANCEL';
export type ParticipationStatus = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

export interface CalendarEventFacts {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  venue: { name: string; address: string; city: string };
  onlineUrl: string | null;
  sequence: number;
  status: 'draft' | 'published' | 'cancelled';
}

export interface Mailbox {
  name: string;
  email: string;
}

const PRODUCT_ID = { company: 'Roundtable', product: 'Roundtable', language: 'EN' };

/** The UID an event keeps in every calendar for ever: the same for every attendee and every update. */
export function eventUid(eventId: string, organizerEmail: string): string {
  return `event-${eventId}@${organizerEmail.split('@')[1] ?? 'roundtable'}`;
}

/** Parses `Name <user@host>` (MAIL_FROM) into a mailbox. */
export function parseMailbox(value: string): Mailbox {
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (match) return { name: match[1].replace(/^"|"$/g, ''), email: match[2] };
  return { name: '', email: value.trim() };
}

/** An iTIP message for one recipient: METHOD:REQUEST (invitation, update) or METHOD:CANCEL. */
export function itipInvitation(input: {
  method: ItipMethod;
  event: CalendarEventFacts;
  organizer: Mailbox;
  attendee: Mailbox & { status: ParticipationStatus; rsvp: boolean };
  stamp?: Date;
}): string {
  const { method, event, organizer, attendee } = input;
  const skeleton = itipSkeleton(method, event, eventUid(event.id, organizer.email));
  const people = [
    contentLine('ORGANIZER', mailto(organizer.email), [
      ['CN', paramValue(organizer.name || organizer.email)],
    ]),
    contentLine('ATTENDEE', mailto(attendee.email), [
      ['ROLE', 'REQ-PARTICIPANT'],
      ['PARTSTAT', attendee.status],
      ['RSVP', attendee.rsvp ? 'TRUE' : 'FALSE'],
      ['CN', paramValue(attendee.name)],
    ]),
  ];
  return stamped(render(skeleton, [], [[...eventText(event), ...people]]), input.stamp ?? new Date());
}

/*
 * What ical-generator writes for an iTIP message (times, zones, UID, SEQUENCE, STATUS) is the same for every
 * recipient of one version of an event; only DTSTAMP differs. Generating it costs more than the rest of the
 * message (the VTIMEZONE is folded a character at a time), so a batch of 2,000 invitations makes it once and
 * stamps each copy. Kept for the last few versions seen: a key holds everything the text depends on.
 */
const SKELETONS_KEPT = 32;
const SKELETON_STAMP = 'DTSTAMP:19700101T000000Z';
const skeletons = new Map<string, string>();

function itipSkeleton(method: ItipMethod, event: CalendarEventFacts, uid: string): string {
  const cancelled = method === 'CANCEL' || event.status === 'cancelled';
  const key = [method, uid, event.sequence, +event.startsAt, +event.endsAt, event.timezone, cancelled].join(
    '|',
  );
  let text = skeletons.get(key);
  if (text === undefined) {
    const calendar = newCalendar(
      method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    );
    addEvent(calendar, event, {
      stamp: new Date(0),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      uid,
    });
    text = calendar.toString();
    const oldest = skeletons.keys().next();
    if (skeletons.size >= SKELETONS_KEPT && !oldest.done) skeletons.delete(oldest.value);
    skeletons.set(key, text);
  }
  return text;
}

/** The skeleton's DTSTAMP made the moment this copy was written (RFC 5545 3.8.7.2: UTC). */
function stamped(text: string, stamp: Date): string {
  const utc = stamp.toISOString().replace(/[-:]|\.\d{3}/g, '');
  return text.replace(SKELETON_STAMP, `DTSTAMP:${utc}`);
}

/** METHOD:PUBLISH: the public .ics of one event or the subscribable feed of all published events. */
export function publishedCalendar(events: CalendarEventFacts[], organizer: Mailbox, name: string): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  for (const event of events) {
    addEvent(calendar, event, {
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      uid: eventUid(event.id, organizer.email),
    }).organizer({ name: organizer.name || organizer.email, email: organizer.email });
  }
  const calendarName = [contentLine('NAME', escapeText(name)), contentLine('X-WR-CALNAME', escapeText(name))];
  return render(calendar.toString(), calendarName, events.map(eventText));
}

function newCalendar(method: ICalCalendarMethod): ICalCalendar {
  // A calendar-level zone name would drop the Z from DTSTAMP; the generator alone adds each VTIMEZONE.
  return ical({ prodId: PRODUCT_ID, method, timezone: { name: null, generator: vtimezone } });
}

/** The VTIMEZONE of a zone, without the TZURL line the generator adds (a URL, and one we do not need). */
function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone)?.replace(/^TZURL:.*\r?\n/m, '') ?? null;
}

function addEvent(
  calendar: ICalCalendar,
  event: CalendarEventFacts,
  options: { uid: string; status: ICalEventStatus; stamp?: Date },
) {
  const zoned = (instant: Date) => DateTime.fromJSDate(instant, { zone: event.timezone });
  return calendar.createEvent({
    id: options.uid,
    sequence: event.sequence,
    stamp: options.stamp ?? new Date(),
    start: zoned(event.startsAt),
    end: zoned(event.endsAt),
    timezone: event.timezone,
    status: options.status,
    alarms: [],
  });
}

/*
 * Every value a person typed (titles, descriptions, places, names) is written here, not by ical-generator,
 * which leaves the calendar name unescaped and quotes a CN with backslashes that no parser reads (a `"` in a
 * name ends the parameter and lets the rest pose as ROLE or an address). ical-generator writes only what we
 * compute: times, zones, UID, SEQUENCE, STATUS.
 */
function eventText(event: CalendarEventFacts): string[] {
  const text: [string, string][] = [
    ['SUMMARY', event.title],
    ['DESCRIPTION', event.description],
    ['LOCATION', location(event)],
  ];
  return text.filter(([, value]) => value).map(([name, value]) => contentLine(name, escapeText(value)));
}

/**
 * Adds the calendar's own lines after METHOD and each event's lines before its END:VEVENT, in order; drops the
 * empty SUMMARY ical-generator writes for an event given none.
 */
function render(calendar: string, calendarLines: string[], eventLines: string[][]): string {
  let index = 0;
  return calendar
    .replace(/^SUMMARY:\r\n/gm, '')
    .replace(/^METHOD:.*\r\n/m, (line) => line + calendarLines.map((added) => `${added}\r\n`).join(''))
    .replace(/^END:VEVENT\r\n/gm, (end) => [...(eventLines[index++] ?? []), end].join('\r\n'));
}

// RFC 5545 TEXT and param-value allow no control character but HTAB (line breaks are escaped separately).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped, so a value stays one value. */
function escapeText(value: string): string {
  return value
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/** RFC 5545 3.2 quoted param-value with RFC 6868's ^^, ^' and ^n for what a quoted string cannot hold. */
function paramValue(value: string): string {
  const encoded = value
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\n/g, '^n');
  return `"${encoded}"`;
}

/** A cal-address: an address cannot hold a break or a control character, so none gets through. */
function mailto(email: string): string {
  return `mailto:${email.replace(LINE_BREAK, '').replace(CONTROL, '')}`;
}

/** One content line, folded at 75 octets (RFC 5545 3.1) without splitting a character. */
function contentLine(name: string, value: string, params: [string, string][] = []): string {
  const line = `${name}${params.map(([key, parameter]) => `;${key}=${parameter}`).join('')}:${value}`;
  const folded: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > 75) {
      folded.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  folded.push(current);
  return folded.join('\r\n');
}

function location(event: CalendarEventFacts): string {
  const place = [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', ');
  return event.onlineUrl ? `${place} (+ online)` : place;
}
