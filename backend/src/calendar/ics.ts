import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from 'ical-generator';
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
const STATUS: Record<ParticipationStatus, ICalAttendeeStatus> = {
  'NEEDS-ACTION': ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
};

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
  const cancelled = method === 'CANCEL' || event.status === 'cancelled';
  const calendar = newCalendar(method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addEvent(calendar, event, {
    stamp: input.stamp,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    uid: eventUid(event.id, organizer.email),
  })
    .organizer({ name: organizer.name || organizer.email, email: organizer.email })
    .createAttendee({
      email: attendee.email,
      name: attendee.name,
      role: ICalAttendeeRole.REQ,
      status: STATUS[attendee.status],
      rsvp: attendee.rsvp,
    });
  return calendar.toString();
}

/** METHOD:PUBLISH: the public .ics of one event or the subscribable feed of all published events. */
export function publishedCalendar(events: CalendarEventFacts[], organizer: Mailbox, name: string): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH).name(name);
  for (const event of events) {
    addEvent(calendar, event, {
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      uid: eventUid(event.id, organizer.email),
    }).organizer({ name: organizer.name || organizer.email, email: organizer.email });
  }
  return calendar.toString();
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
    summary: event.title,
    description: event.description,
    location: location(event),
    status: options.status,
    alarms: [],
  });
}

function location(event: CalendarEventFacts): string {
  const place = [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', ');
  return event.onlineUrl ? `${place} (+ online)` : place;
}
