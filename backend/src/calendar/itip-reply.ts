import type { ParticipationStatus } from './ics';

/** What an iTIP REPLY (RFC 5546, 3.2.3) says: which event, and each ATTENDEE's answer. */
export interface ItipReply {
  uid: string;
  attendees: { email: string; partstat: ParticipationStatus }[];
}

interface ContentLine {
  name: string;
  params: Map<string, string>;
  value: string;
}

const PARTSTATS: readonly ParticipationStatus[] = ['NEEDS-ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE'];

/**
 * Reads the METHOD:REPLY of a calendar client, or null for anything else (a REQUEST, a PUBLISH, no VEVENT).
 * Only METHOD, the VEVENT's UID and its ATTENDEEs are read: never times, so a zone named the Windows way
 * (`FLE Standard Time`) or left without a VTIMEZONE cannot upset it, and no ORGANIZER is needed (outlook.com
 * sends none). ical.js is only a test dependency here, and these three properties are plain content lines
 * (RFC 5545, 3.1): unfolded, split at the first colon outside quotes, parameters split at semicolons outside quotes.
 */
export function readItipReply(ics: string): ItipReply | null {
  const lines = ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map(contentLine)
    .filter((line): line is ContentLine => line !== null);
  const method = lines
    .find((line) => line.name === 'METHOD')
    ?.value.trim()
    .toUpperCase();
  if (method !== 'REPLY') return null;
  const start = lines.findIndex(
    (line) => line.name === 'BEGIN' && line.value.trim().toUpperCase() === 'VEVENT',
  );
  if (start < 0) return null;
  const end = lines.findIndex(
    (line, index) => index > start && line.name === 'END' && line.value.trim().toUpperCase() === 'VEVENT',
  );
  const event = lines.slice(start + 1, end < 0 ? undefined : end);
  const uid = event.find((line) => line.name === 'UID')?.value.trim();
  if (!uid) return null;
  const attendees = event
    .filter((line) => line.name === 'ATTENDEE')
    .map((line) => ({
      email: calAddress(line.value),
      partstat: (line.params.get('PARTSTAT') ?? 'NEEDS-ACTION').toUpperCase() as ParticipationStatus,
    }))
    .filter((attendee) => attendee.email && PARTSTATS.includes(attendee.partstat));
  return { uid, attendees };
}

/** `mailto:Name@Host` (any case of the scheme) to `name@host`. */
function calAddress(value: string): string {
  const address = value.trim().replace(/^mailto:/i, '');
  return /^[^@\s]+@[^@\s]+$/.test(address) ? address.toLowerCase() : '';
}

function contentLine(line: string): ContentLine | null {
  let quoted = false;
  const cuts: number[] = [];
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') cuts.push(i);
    else if (!quoted && char === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const head = [0, ...cuts.map((cut) => cut + 1)].map((from, index) =>
    line.slice(from, index < cuts.length ? cuts[index] : colon),
  );
  const params = new Map<string, string>();
  for (const param of head.slice(1)) {
    const equals = param.indexOf('=');
    if (equals > 0) {
      params.set(param.slice(0, equals).trim().toUpperCase(), param.slice(equals + 1).replace(/^"|"$/g, ''));
    }
  }
  return { name: head[0].trim().toUpperCase(), params, value: line.slice(colon + 1) };
}
