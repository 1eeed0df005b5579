import type { FollowedUpRecommendation } from './themes';
import type { Sector } from './vocabulary';

/** The summary after an event (issue 7): Markdown body, key points, recommendations and attendance. */

export const RECOMMENDATION_STATUSES = ['proposed', 'in-progress', 'done', 'dropped'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const SUMMARY_BODY_MAX_LENGTH = 50_000;
export const KEY_POINTS_MAX = 20;
export const KEY_POINT_MAX_LENGTH = 500;
export const RECOMMENDATIONS_MAX = 50;
export const RECOMMENDATION_TEXT_MAX_LENGTH = 1_000;
export const RECOMMENDATION_OWNER_MAX_LENGTH = 200;
/** Organisations listed by name in the statistics; the rest are counted together as "other". */
export const STATS_ORGANISATIONS_MAX = 15;

export interface RecommendationInput {
  /** Present for a recommendation that exists: its history goes on. Absent for a new one. */
  id?: string;
  text: string;
  /** The sector or organisation that owns it. */
  owner?: string | null;
  /** `YYYY-MM-DD`. */
  dueDate?: string | null;
  status: RecommendationStatus;
}

/** `PUT /api/events/{id}/summary`: the whole summary; recommendations left out are removed. */
export interface SummaryInput {
  body: string;
  keyPoints: string[];
  recommendations: RecommendationInput[];
}

/** A recommendation as it was after one change, with the date of the change. */
export interface RecommendationChange {
  at: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  status: RecommendationStatus;
}

export interface Recommendation {
  id: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  status: RecommendationStatus;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the first entry is the recommendation as it was made. */
  history: RecommendationChange[];
}

export interface AttendanceCount {
  /** Confirmed registrations (walk-ins included). */
  registered: number;
  checkedIn: number;
}

/** Attendance from the check-ins. */
export interface AttendanceStats extends AttendanceCount {
  /** Confirmed but never checked in. */
  noShows: number;
  walkIns: number;
  bySector: ({ sector: Sector } & AttendanceCount)[];
  /** EKATTE municipality code; null for people who named none. Most checked-in first. */
  byMunicipality: ({ municipality: string | null } & AttendanceCount)[];
  /** Most checked-in first, at most STATS_ORGANISATIONS_MAX; `other` counts the rest. */
  byOrganisation: ({ organization: string } & AttendanceCount)[];
  otherOrganisations: AttendanceCount;
}

/**
 * `GET /api/events/{id}/summary`: public once published; organisers see it before. `bodyHtml` is the body
 * rendered by the API's one Markdown sanitiser, safe to put in a page as it is.
 */
export interface Summary {
  eventId: string;
  body: string;
  bodyHtml: string;
  keyPoints: string[];
  recommendations: Recommendation[];
  /** Recommendations of earlier events carried to this one (decision 0033); public: from published summaries. */
  followsUp: FollowedUpRecommendation[];
  stats: AttendanceStats;
  publishedAt: string | null;
  updatedAt: string | null;
}

/** `POST /api/events/{id}/summary/preview`: the body as the page, the e-mail and the PDF will show it. */
export interface SummaryPreviewInput {
  body: string;
}
export interface SummaryPreview {
  html: string;
}
