import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Recommendation, Summary, SummaryPreview } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { DomainError, validationFailed } from '../common/domain-error';
import { renderMarkdown } from '../common/markdown';
import { inTransaction } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import { emitWebhooks } from '../webhooks/webhook-emitter';
import { EventEntity } from '../events/event.entity';
import { RecommendationFollowUpEntity } from '../themes/theme.entities';
import { followedUpAt } from '../themes/follow-ups';
import type { UserEntity } from '../users/user.entity';
import { attendanceStats } from './attendance-stats';
import type { RecommendationInputDto, SummaryInputDto } from './dto/summary.dto';
import { recommendationChanged, unknownRecommendationIds } from './recommendation-changes';
import { SummaryMail } from './summary-mail';
import { toRecommendation, toSummary } from './summary.mapper';
import { EventSummaryEntity, RecommendationChangeEntity, RecommendationEntity } from './summary.entities';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Organisers and admins see a summary before it is published, and drafts' summaries. */
export function isOrganiser(viewer: UserEntity | undefined): boolean {
  return viewer?.role === 'admin' || viewer?.role === 'organizer';
}

/** Everything the summary's readers (page, PDF, CSV) need, read once. */
export interface SummaryView {
  event: EventEntity;
  summary: Summary;
}

/**
 * The summary after an event (decision 0022): the organiser writes and rewrites it, publishing makes it public
 * and mails the attendees once, and recommendations stay editable afterwards with each change kept.
 */
@Injectable()
export class SummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: SummaryMail,
    private readonly jobs: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Public once published (and the event is not a draft); organisers always, an empty summary with the
   * statistics before anything was saved. Anyone else gets SUMMARY_NOT_FOUND until it is published.
   */
  view(idOrSlug: string, viewer?: UserEntity): Promise<SummaryView> {
    return this.load(idOrSlug, isOrganiser(viewer));
  }

  /** As organisers see it, for the reporting pack (built by a job, for an organiser). */
  viewForOrganisers(eventId: string): Promise<SummaryView> {
    return this.load(eventId, true);
  }

  private async load(idOrSlug: string, organiser: boolean): Promise<SummaryView> {
    const manager = this.dataSource.manager;
    const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() };
    const event = await manager.findOneBy(EventEntity, where);
    if (!event || (event.status === 'draft' && !organiser)) throw new DomainError('EVENT_NOT_FOUND');
    const summary = await this.read(manager, event.id, !organiser);
    if (!organiser && !summary.publishedAt) throw new DomainError('SUMMARY_NOT_FOUND');
    return { event, summary };
  }

  async get(idOrSlug: string, viewer?: UserEntity): Promise<Summary> {
    return (await this.view(idOrSlug, viewer)).summary;
  }

  preview(body: string): SummaryPreview {
    return { html: renderMarkdown(body) };
  }

  /**
   * The whole summary: body, key points and the recommendations in the given order. A recommendation with an id
   * goes on (one history row when what it says changed), one without is new, one left out is removed. An id that
   * is not the event's is a field error and nothing changes.
   */
  async save(eventId: string, input: SummaryInputDto): Promise<Summary> {
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(EventEntity, { id: eventId }))) throw new DomainError('EVENT_NOT_FOUND');
      const existing = await manager.findBy(RecommendationEntity, { eventId });
      const errors = unknownRecommendationIds(input.recommendations, new Set(existing.map((r) => r.id)));
      if (errors.length > 0) throw validationFailed(errors);
      const now = new Date();
      const kept = new Set(input.recommendations.flatMap((recommendation) => recommendation.id ?? []));
      const removed = existing.filter((recommendation) => !kept.has(recommendation.id)).map((r) => r.id);
      if (removed.length > 0) {
        await manager.delete(RecommendationChangeEntity, { recommendationId: In(removed) });
        await manager.delete(RecommendationFollowUpEntity, { recommendationId: In(removed) });
        await manager.delete(RecommendationEntity, { id: In(removed) });
      }
      const byId = new Map(existing.map((recommendation) => [recommendation.id, recommendation]));
      for (const [position, recommendation] of input.recommendations.entries()) {
        await this.saveRecommendation(manager, eventId, position, recommendation, byId, now);
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(EventSummaryEntity)
        .values({ eventId, body: input.body, keyPoints: input.keyPoints, publishedAt: null, updatedAt: now })
        .orIgnore()
        .updateEntity(false)
        .execute();
      await manager.update(
        EventSummaryEntity,
        { eventId },
        { body: input.body, keyPoints: input.keyPoints, updatedAt: now },
      );
    });
    return this.read(this.dataSource.manager, eventId);
  }

  /**
   * Publishes once: `publishedAt` is set by an UPDATE that only matches while it is empty, and only the request
   * whose UPDATE changed the row queues the e-mails, in the same transaction. Two clicks or two instances at
   * once therefore send one message per person; publishing again sends nothing (the dedupe keys agree).
   */
  async publish(eventId: string): Promise<Summary> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await manager.findOneBy(EventEntity, { id: eventId });
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      if (!(await manager.existsBy(EventSummaryEntity, { eventId })))
        throw new DomainError('SUMMARY_NOT_FOUND');
      const publishedAt = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(EventSummaryEntity)
        .set({ publishedAt })
        .where('eventId = :eventId AND publishedAt IS NULL', { eventId })
        .execute();
      if (result.affected !== 1) return;
      const queued = await this.mail.queueForAttendees(manager, event);
      audit('summary.published', { eventId, mails: queued });
      await emitWebhooks(this.jobs, manager, [
        {
          type: 'summary.published',
          data: {
            eventId,
            publishedAt: publishedAt.toISOString(),
            url: `${this.config.publicUrl}/events/${event.slug}/summary`,
          },
        },
      ]);
    });
    return this.read(this.dataSource.manager, eventId);
  }

  /** `publicOnly`: what the event follows up only from published summaries, as the public page shows it. */
  async read(manager: EntityManager, eventId: string, publicOnly = false): Promise<Summary> {
    const summary = await manager.findOneBy(EventSummaryEntity, { eventId });
    return toSummary(
      eventId,
      summary,
      await this.recommendations(manager, eventId),
      await attendanceStats(manager, eventId),
      await followedUpAt(manager, eventId, publicOnly),
    );
  }

  private async recommendations(manager: EntityManager, eventId: string): Promise<Recommendation[]> {
    const recommendations = await manager.find(RecommendationEntity, {
      where: { eventId },
      order: { position: 'ASC' },
    });
    if (recommendations.length === 0) return [];
    const changes = await manager.find(RecommendationChangeEntity, {
      where: { recommendationId: In(recommendations.map((recommendation) => recommendation.id)) },
      order: { at: 'ASC' },
    });
    return recommendations.map((recommendation) =>
      toRecommendation(
        recommendation,
        changes.filter((change) => change.recommendationId === recommendation.id),
      ),
    );
  }

  private async saveRecommendation(
    manager: EntityManager,
    eventId: string,
    position: number,
    input: RecommendationInputDto,
    existing: Map<string, RecommendationEntity>,
    now: Date,
  ): Promise<void> {
    const fields = {
      text: input.text,
      owner: input.owner ?? null,
      dueDate: input.dueDate ?? null,
      status: input.status,
    };
    const before = input.id ? existing.get(input.id) : undefined;
    if (before) {
      const changed = recommendationChanged(before, fields);
      if (!changed && before.position === position) return;
      await manager.update(
        RecommendationEntity,
        { id: before.id },
        changed ? { ...fields, position, updatedAt: now } : { position },
      );
      if (changed) await this.insertChange(manager, before.id, fields, now);
      return;
    }
    const id = randomUUID();
    await manager.insert(RecommendationEntity, {
      id,
      eventId,
      position,
      ...fields,
      createdAt: now,
      updatedAt: now,
    });
    await this.insertChange(manager, id, fields, now);
  }

  private async insertChange(
    manager: EntityManager,
    recommendationId: string,
    fields: Pick<RecommendationChangeEntity, 'text' | 'owner' | 'dueDate' | 'status'>,
    at: Date,
  ): Promise<void> {
    await manager.insert(RecommendationChangeEntity, {
      id: randomUUID(),
      recommendationId,
      at,
      ...fields,
      note: null,
    });
  }
}
