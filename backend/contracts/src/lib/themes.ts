import type { Recommendation, RecommendationChange, RecommendationStatus } from './summary';

/** Advocacy themes (PRODUCT.md "Advocacy themes") and the recommendations tracker (issue 9, decision 0033). */

export const THEME_NAME_MAX_LENGTH = 200;
export const THEMES_MAX = 100;
export const EVENT_THEMES_MAX = 10;
export const RECOMMENDATION_NOTE_MAX_LENGTH = 1_000;
export const TRACKER_PAGE_SIZE_MAX = 100;

/** A theme as the API answers it. `retired` themes stay on the events that carry them and keep their page. */
export interface Theme {
  id: string;
  /** Chosen once from the English name and never changed: the public page `/themes/{slug}` is shared. */
  slug: string;
  name: { bg: string; en: string };
  position: number;
  retired: boolean;
}

/** `POST /api/themes` (admin). */
export interface ThemeInput {
  nameBg: string;
  nameEn: string;
}

/** `PATCH /api/themes/{id}` (admin): rename, retire or bring back. */
export interface ThemePatch {
  nameBg?: string;
  nameEn?: string;
  retired?: boolean;
}

/** `PUT /api/themes/order` (admin): every theme's id, in the new order. */
export interface ThemeOrderInput {
  ids: string[];
}

/** An event as the tracker and the theme page name it. */
export interface EventRef {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  timezone: string;
}

/** A change in the tracker: the summary's history entry, with the organiser's note when one was written. */
export interface TrackedChange extends RecommendationChange {
  note: string | null;
}

/** Where a recommendation was carried to be followed up. */
export interface FollowUp {
  event: EventRef;
  at: string;
  note: string | null;
}

/** One row of `GET /api/recommendations`. */
export interface TrackedRecommendation extends Omit<Recommendation, 'history'> {
  event: EventRef;
  themes: string[];
  /** Past its due date (in the event's time zone) and still proposed or in progress. */
  overdue: boolean;
  summaryPublished: boolean;
  history: TrackedChange[];
  followUps: FollowUp[];
}

export const TRACKER_OVERDUE_VALUES = ['true', 'false'] as const;

/** `GET /api/recommendations?theme=&status=&owner=&dueFrom=&dueTo=&overdue=&eventId=&page=&pageSize=`. */
export interface TrackerQuery {
  theme?: string;
  status?: RecommendationStatus;
  /** Exactly as written; `GET /api/recommendations/owners` lists them. */
  owner?: string;
  dueFrom?: string;
  dueTo?: string;
  overdue?: 'true' | 'false';
  eventId?: string;
  page?: number;
  pageSize?: number;
}

export interface TrackerPage {
  items: TrackedRecommendation[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/recommendations/{id}/status`. A note alone (same status) is kept in the history too. */
export interface RecommendationStatusInput {
  status: RecommendationStatus;
  note?: string | null;
}

/** `POST /api/recommendations/{id}/follow-ups`: carry it to a later event. */
export interface FollowUpInput {
  eventId: string;
  note?: string | null;
}

/** On the later event's summary: a recommendation from an earlier event this one follows up. */
export interface FollowedUpRecommendation {
  id: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  status: RecommendationStatus;
  event: EventRef;
  note: string | null;
}

/** A recommendation on the public theme page: only from published summaries. */
export interface PublicRecommendation {
  id: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  status: RecommendationStatus;
  updatedAt: string;
  followedUpIn: EventRef[];
}

/** `GET /api/themes/{slug}/page` (public): the theme's published events, newest first. */
export interface ThemePage {
  theme: Theme;
  events: (EventRef & {
    endsAt: string;
    summaryPublished: boolean;
    recommendations: PublicRecommendation[];
  })[];
}
