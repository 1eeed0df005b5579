import type { FollowedUpRecommendation } from '@roundtable/contracts';
import { In, type EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import { EventSummaryEntity, type RecommendationEntity } from '../summary/summary.entities';
import { RecommendationFollowUpEntity } from './theme.entities';
import { toEventRef } from './theme.mapper';

/**
 * What an event follows up: recommendations of earlier events carried to it. `publicOnly` keeps those whose own
 * summary is published (the public summary page); organisers see them all.
 */
export async function followedUpAt(
  manager: EntityManager,
  eventId: string,
  publicOnly: boolean,
): Promise<FollowedUpRecommendation[]> {
  const followUps = await manager.find(RecommendationFollowUpEntity, {
    where: { eventId },
    relations: { recommendation: { event: true } },
    order: { at: 'ASC' },
  });
  if (followUps.length === 0) return [];
  const sourceIds = followUps.map((f) => (f.recommendation as RecommendationEntity).eventId);
  const published = new Set(
    (await manager.findBy(EventSummaryEntity, { eventId: In(sourceIds) }))
      .filter((summary) => summary.publishedAt !== null)
      .map((summary) => summary.eventId),
  );
  return followUps.flatMap((followUp) => {
    const recommendation = followUp.recommendation as RecommendationEntity;
    if (publicOnly && !published.has(recommendation.eventId)) return [];
    return [
      {
        id: recommendation.id,
        text: recommendation.text,
        owner: recommendation.owner,
        dueDate: recommendation.dueDate,
        status: recommendation.status,
        event: toEventRef(recommendation.event as EventEntity),
        note: followUp.note,
      },
    ];
  });
}
