import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, Problem } from '@roundtable/contracts';
import type { I18n } from '../i18n/i18n.service';

/** The problem+json body of a failed API call, or null when the failure is not one (network, proxy page). */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string') {
    return body as Problem;
  }
  return null;
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  return problemOf(error)?.errors ?? [];
}

/**
 * A page-level sentence for a failed call, in the user's language: by `code`, then the server's own `detail`
 * for codes this app does not know yet, then a generic message.
 */
export function problemMessage(i18n: I18n, error: unknown): string {
  if (error instanceof HttpErrorResponse && error.status === 0) return i18n.t('code.NETWORK');
  if (error instanceof HttpErrorResponse && error.status === 429) {
    const seconds = Number(error.headers.get('Retry-After'));
    if (Number.isFinite(seconds) && seconds > 0) return i18n.t('errors.tooManyRequestsWait', { seconds });
  }
  const problem = problemOf(error);
  if (!problem) return i18n.t('code.UNKNOWN');
  return i18n.tryLabel('code', problem.code) || problem.detail || i18n.t('code.UNKNOWN');
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}
