import { createHash } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { ParticipationStatus } from '../calendar/ics';
import { readItipReply } from '../calendar/itip-reply';

/** A calendar client's answer: the .ics UID and the answer of the attendee who sent it. */
export interface CalendarReply {
  kind: 'reply';
  key: string;
  /** The From address, lower-cased. */
  from: string;
  uid: string;
  /** The sender's own answer; null when the REPLY carries no ATTENDEE with the sender's address. */
  partstat: ParticipationStatus | null;
}

/** A delivery status notification (RFC 3464) about one of the messages we sent. */
export interface BounceReport {
  kind: 'dsn';
  key: string;
  /** The Message-ID of our message, without the angle brackets. */
  originalMessageId: string;
  /** The recipients whose Action is `failed`, with the Status and Diagnostic-Code. */
  failed: { email: string; reason: string }[];
}

export type InboundReading = CalendarReply | BounceReport;

/**
 * What a message in the ORGANIZER mailbox is to us: a calendar REPLY, a bounce report, or null (anything else,
 * which is left alone). The key that makes processing happen once is the SHA-256 of the Message-ID, or of the
 * whole message when it has none.
 */
export async function readInbound(raw: Buffer): Promise<InboundReading | null> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true, skipTextToHtml: true });
  const key = createHash('sha256')
    .update(mail.messageId ?? raw)
    .digest('hex');
  return isReport(mail) ? readReport(raw, mail, key) : readReply(mail, key);
}

function readReply(mail: ParsedMail, key: string): CalendarReply | null {
  const from = mail.from?.value[0]?.address?.toLowerCase();
  if (!from) return null;
  // Gmail sends the REPLY twice, as the text/calendar alternative and as invite.ics: the first that reads wins.
  for (const part of mail.attachments) {
    const type = part.contentType.toLowerCase();
    const calendar =
      type === 'text/calendar' || type === 'application/ics' || /\.ics$/i.test(part.filename ?? '');
    if (!calendar) continue;
    const reply = readItipReply(part.content.toString('utf8'));
    if (!reply) continue;
    const own = reply.attendees.find((attendee) => attendee.email === from);
    return { kind: 'reply', key, from, uid: reply.uid, partstat: own?.partstat ?? null };
  }
  return null;
}

function isReport(mail: ParsedMail): boolean {
  const type = mail.headers.get('content-type') as
    { value?: string; params?: Record<string, string> } | undefined;
  return (
    type?.value?.toLowerCase() === 'multipart/report' &&
    type.params?.['report-type']?.toLowerCase() === 'delivery-status'
  );
}

async function readReport(raw: Buffer, mail: ParsedMail, key: string): Promise<BounceReport | null> {
  const returned = mail.attachments.find((part) =>
    ['message/rfc822', 'text/rfc822-headers'].includes(part.contentType.toLowerCase()),
  );
  if (!returned) return null;
  const original = await simpleParser(returned.content, { skipHtmlToText: true, skipTextToHtml: true });
  const originalMessageId = original.messageId?.replace(/^<|>$/g, '');
  if (!originalMessageId) return null;
  const boundary = (mail.headers.get('content-type') as { params: Record<string, string> }).params[
    'boundary'
  ];
  const status = boundary ? deliveryStatus(raw.toString('utf8'), boundary) : null;
  if (!status) return null;
  const failed = status.recipients
    .filter((fields) => fields.get('action')?.toLowerCase() === 'failed')
    .map((fields) => ({
      email: address(fields.get('final-recipient') ?? fields.get('original-recipient') ?? ''),
      reason: [fields.get('status'), fields.get('diagnostic-code')].filter(Boolean).join(' '),
    }))
    .filter((recipient) => recipient.email);
  return { kind: 'dsn', key, originalMessageId, failed };
}

/**
 * The message/delivery-status part of a report: its per-message block and one block per recipient, each a set
 * of header-like fields (RFC 3464, 2.1). mailparser reads it as text and merges it into the body, so the part
 * is taken from the report's own boundary.
 */
function deliveryStatus(raw: string, boundary: string): { recipients: Map<string, string>[] } | null {
  for (const part of raw.split(`--${boundary}`)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/^content-type:\s*message\/(global-)?delivery-status/im.test(headers)) continue;
    const blocks = part
      .slice(split.index + split[0].length)
      .replace(/\r?\n[ \t]+/g, ' ')
      .split(/(?:\r?\n){2,}/)
      .map(fieldsOf)
      .filter((fields) => fields.size > 0);
    return { recipients: blocks.slice(1) };
  }
  return null;
}

function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

/** `rfc822; Someone@Example.BG` to `someone@example.bg`. */
function address(field: string): string {
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  return value.trim().replace(/^<|>$/g, '').toLowerCase();
}
