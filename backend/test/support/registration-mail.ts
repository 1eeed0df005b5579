import type { ReceivedMail } from './test-mailbox';
import { calendarOf } from './test-mailbox';
import { parseInvite, type ParsedInvite } from './calendar';

/** The registrant's manage link in a message, and the token in it. */
export function manageLink(text: string): { url: string; token: string } {
  const match = /https?:\/\/\S+\/registrations\/([A-Za-z0-9_-]{40,})\S*/.exec(text);
  if (!match) throw new Error(`no manage link in:\n${text}`);
  return { url: match[0], token: match[1] };
}

/** The inline check-in QR code: the PNG the HTML shows by its Content-ID. */
export function inlineQr(mail: ReceivedMail): Buffer {
  const png = mail.parsed.attachments.find((attachment) => attachment.contentType === 'image/png');
  if (!png?.cid) throw new Error(`no inline PNG in "${mail.subject}"`);
  // mailparser puts an inline part in place of the `cid:` that names it: found there, the reference matched.
  if (!mail.html.includes('src="data:image/png;base64,'))
    throw new Error(`the HTML does not show cid:${png.cid}`);
  return png.content;
}

/**
 * The calendar checks every invite passes (as the mail pipeline's specs do): the MIME part's method= equals the
 * METHOD, the event's UID, ORGANIZER = From, the recipient as the one ATTENDEE, a VTIMEZONE, DTSTAMP in UTC.
 */
export function checkedInvite(
  mail: ReceivedMail,
  expected: { method: 'REQUEST' | 'CANCEL'; eventId: string; attendee: string },
): ParsedInvite {
  const part = calendarOf(mail);
  if (!new RegExp(`method=${expected.method}`, 'i').test(part.contentType))
    throw new Error(`calendar part is ${part.contentType}, not method=${expected.method}`);
  const invite = parseInvite(part.ics);
  const problems = [
    invite.method !== expected.method && `METHOD ${invite.method}`,
    invite.uid !== `event-${expected.eventId}@roundtable.test` && `UID ${invite.uid}`,
    invite.organizer !== mail.from && `ORGANIZER ${invite.organizer} is not From ${mail.from}`,
    (invite.attendees.length !== 1 || invite.attendees[0].email !== expected.attendee.toLowerCase()) &&
      `ATTENDEES ${JSON.stringify(invite.attendees)}`,
    invite.startZone &&
      !invite.timezones.includes(invite.startZone) &&
      `no VTIMEZONE for ${invite.startZone}`,
    !/^\d{8}T\d{6}Z$/.test(invite.dtstamp) && `DTSTAMP ${invite.dtstamp}`,
    /registrations\//.test(part.ics) && 'a personal link in the .ics',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`invite in "${mail.subject}": ${problems.join('; ')}`);
  return invite;
}
