import type {
  AttendanceStats,
  FollowedUpRecommendation,
  Recommendation,
  Summary,
} from '@roundtable/contracts';
import { renderMarkdown } from '../common/markdown';
import type {
  EventSummaryEntity,
  RecommendationChangeEntity,
  RecommendationEntity,
} from './summary.entities';

export function toRecommendation(
  recommendation: RecommendationEntity,
  changes: RecommendationChangeEntity[],
): Recommendation {
  return {
    id: recommendation.id,
    text: recommendation.text,
    owner: recommendation.owner,
    dueDate: recommendation.dueDate,
    status: recommendation.status,
    createdAt: recommendation.createdAt.toISOString(),
    updatedAt: recommendation.updatedAt.toISOString(),
    history: changes.map((change) => ({
      at: change.at.toISOString(),
      text: change.text,
      owner: change.owner,
      dueDate: change.dueDate,
      status: change.status,
    })),
  };
}

/** The summary as the API answers it; before anything is saved, an empty one with the statistics. */
export function toSummary(
  eventId: string,
  summary: EventSummaryEntity | null,
  recommendations: Recommendation[],
  stats: AttendanceStats,
  followsUp: FollowedUpRecommendation[] = [],
): Summary {
  const body = summary?.body ?? '';
  return {
    eventId,
    body,
    bodyHtml: renderMarkdown(body),
    keyPoints: summary?.keyPoints ?? [],
    recommendations,
    followsUp,
    stats,
    publishedAt: summary?.publishedAt?.toISOString() ?? null,
    updatedAt: summary?.updatedAt.toISOString() ?? null,
  };
}
