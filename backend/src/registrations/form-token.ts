import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The public registration form's bot guard (decision 0010): a token the form fetches when it opens, signed with
 * the time, and checked when it is sent. A person takes seconds to fill the form; a script posting at once, or
 * a token from yesterday, is refused. A hidden field a person never sees (the honeypot) must come back empty.
 */
export const FORM_GUARD = {
  /** Faster than this from opening the form to sending it is not a person typing. */
  minFillMs: 3_000,
  /** A form left open longer is reloaded; by then the event's seats may have changed too. */
  maxAgeMs: 24 * 60 * 60_000,
  /** The body fields the form sends besides the registration: the token, and the honeypot, left empty. */
  tokenField: 'formToken',
  honeypotField: 'website',
} as const;

export type FormCheck = 'ok' | 'missing' | 'forged' | 'tooFast' | 'expired';

/** `<issuedAt>.<nonce>.<mac>`: the time in the clear, so checking needs nothing stored. */
export function issueFormToken(key: Buffer, eventId: string, issuedAt: number): string {
  const nonce = randomBytes(9).toString('base64url');
  return `${issuedAt}.${nonce}.${mac(key, eventId, issuedAt, nonce)}`;
}

export function checkFormToken(key: Buffer, eventId: string, token: unknown, now: number): FormCheck {
  if (typeof token !== 'string' || token === '') return 'missing';
  const [time, nonce, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !/^\d{1,15}$/.test(time ?? '') || !nonce || !signature) return 'forged';
  const issuedAt = Number(time);
  const expected = Buffer.from(mac(key, eventId, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  if (now - issuedAt < FORM_GUARD.minFillMs) return 'tooFast';
  if (now - issuedAt > FORM_GUARD.maxAgeMs) return 'expired';
  return 'ok';
}

/** Bound to the event, so a token fetched for one event's form does not open another's. */
function mac(key: Buffer, eventId: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', key).update(`${eventId}.${issuedAt}.${nonce}`).digest('base64url');
}
