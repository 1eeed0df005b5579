import type { MailTuning } from '../config/config';

/**
 * Exponential back-off with full jitter: attempt n waits a random time up to base * 2^(n-1), capped. Jitter
 * keeps hundreds of messages that failed together (an SMTP outage) from all retrying in the same instant.
 */
export function backoffDelay(
  attempt: number,
  tuning: Pick<MailTuning, 'backoffBaseMs' | 'backoffCapMs'>,
  random = Math.random,
): number {
  const ceiling = Math.min(tuning.backoffCapMs, tuning.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export type FailureKind = 'transient' | 'permanent';

interface SmtpError {
  code?: string;
  responseCode?: number;
  message?: string;
}

/**
 * Whether trying again can help. The server refusing the recipient or the message for good (5xx on RCPT or
 * DATA) is permanent; everything else (no connection, timeouts, 4xx "try later", even a login the server
 * refuses, which an admin can fix) is worth retrying.
 */
export function classifyFailure(error: unknown): FailureKind {
  const smtp = (error ?? {}) as SmtpError;
  const permanentCommand = smtp.code === 'EENVELOPE' || smtp.code === 'EMESSAGE';
  if (permanentCommand && typeof smtp.responseCode === 'number' && smtp.responseCode >= 500)
    return 'permanent';
  return 'transient';
}

/** A short description for the organiser's delivery column; never the message content. */
export function describeFailure(error: unknown): string {
  const smtp = (error ?? {}) as SmtpError;
  const text = smtp.message ?? String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}

/** Why a send failed, as a metric's label: a small fixed set, never the server's text (it may name people). */
export const SEND_FAILURE_REASONS = ['connection', 'timeout', 'rejected', 'other'] as const;
export type SendFailureReason = (typeof SEND_FAILURE_REASONS)[number];

const CONNECTION_CODES = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ECONNRESET',
  'ESOCKET',
  'EDNS',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETLS',
]);

/**
 * `timeout`: no answer in time (connecting, greeting or mid-conversation); `rejected`: the server answered
 * with a refusal (any 4xx or 5xx reply, a refused login); `connection`: no usable connection (refused, reset,
 * DNS, TLS); `other`: anything else (a template that failed to render, a bug).
 */
export function sendFailureReason(error: unknown): SendFailureReason {
  const smtp = (error ?? {}) as SmtpError;
  if (smtp.code === 'ETIMEDOUT' || /\btime(d)? ?out\b/i.test(smtp.message ?? '')) return 'timeout';
  if (smtp.code === 'EAUTH' || (typeof smtp.responseCode === 'number' && smtp.responseCode >= 400))
    return 'rejected';
  if (smtp.code && CONNECTION_CODES.has(smtp.code)) return 'connection';
  return 'other';
}
