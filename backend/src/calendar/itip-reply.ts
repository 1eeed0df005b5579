import ICAL from 'ical.js';
import type { ParticipationStatus } from './ics';

/** What an iTIP REPLY (RFC 5546, 3.2.3) says: which event, and each ATTENDEE's answer. */
export interface ItipReply {
  uid: string;
  attendees: { email: string; partstat: ParticipationStatus }[];
}

const PARTSTATS: readonly ParticipationStatus[] = ['NEEDS-ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE'];

/**
 * Reads the METHOD:REPLY of a calendar client, or null for anything else (a REQUEST, a PUBLISH, no VEVENT, text
 * that is not iCalendar). ical.js parses the structure; only METHOD, the VEVENT's UID and its ATTENDEEs are read:
 * never times, so a zone named the Windows way (`FLE Standard Time`) or left without a VTIMEZONE cannot upset
 * it, and no ORGANIZER is needed (outlook.com sends none).
 */
export function readItipReply(ics: string): ItipReply | null {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch {
    return null;
  }
  const method = String(calendar.getFirstPropertyValue('method') ?? '')
    .trim()
    .toUpperCase();
  if (method !== 'REPLY') return null;
  const event = calendar.getFirstSubcomponent('vevent');
  const uid = String(event?.getFirstPropertyValue('uid') ?? '').trim();
  if (!event || !uid) return null;
  const attendees = event
    .getAllProperties('attendee')
    .map((property) => ({
      email: calAddress(String(property.getFirstValue() ?? '')),
      partstat: String(
        property.getParameter('partstat') ?? 'NEEDS-ACTION',
      ).toUpperCase() as ParticipationStatus,
    }))
    .filter((attendee) => attendee.email && PARTSTATS.includes(attendee.partstat));
  return { uid, attendees };
}

/** `mailto:Name@Host` (any case of the scheme) to `name@host`. */
function calAddress(value: string): string {
  const address = value.trim().replace(/^mailto:/i, '');
  return /^[^@\s]+@[^@\s]+$/.test(address) ? address.toLowerCase() : '';
}
