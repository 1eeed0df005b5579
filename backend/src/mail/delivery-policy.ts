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
