import type { RecommendationStatus } from '@roundtable/contracts';

/** Statuses that still wait for something to happen; a recommendation past its due date in one is overdue. */
export const OPEN_STATUSES: readonly RecommendationStatus[] = ['proposed', 'in-progress'];

/** The calendar day (`YYYY-MM-DD`) it is at `now` in `zone`. */
export function dayIn(zone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Overdue: still open and its due day is over, the day counted in the organisation's zone (DEFAULT_TIMEZONE),
 * so that the tracker's filter, its flag and the e-mail agree for every event (decision 0033).
 */
export function isOverdue(
  recommendation: { status: RecommendationStatus; dueDate: string | null },
  today: string,
): boolean {
  return (
    OPEN_STATUSES.includes(recommendation.status) &&
    recommendation.dueDate !== null &&
    recommendation.dueDate < today
  );
}
