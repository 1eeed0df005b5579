import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TrackedRecommendation } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import {
  EventSummaryEntity,
  RecommendationChangeEntity,
  RecommendationEntity,
} from '../summary/summary.entities';
import type { UserEntity } from '../users/user.entity';
import type { FollowUpInputDto, RecommendationStatusDto, TrackerQueryDto } from './dto/tracker.dto';
import { dayIn, isOverdue, OPEN_STATUSES } from './overdue';
import { EventThemeEntity, RecommendationFollowUpEntity, ThemeEntity } from './theme.entities';
import { toEventRef } from './theme.mapper';
import { trackerCsv } from './tracker-csv';

/** The CSV holds at most this many rows; the filters narrow a larger tracker. */
const CSV_ROWS_MAX = 10_000;

/**
 * Every recommendation of every summary in one list (decision 0033): filtered by theme, status, owner, due date
 * and overdue; a status change with a note goes into the recommendation's history; a recommendation can be
 * carried to a later event, where it shows as followed up.
 */
@Injectable()
export class TrackerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  today(now = new Date()): string {
    return dayIn(this.config.defaultTimezone, now);
  }

  async list(query: TrackerQueryDto) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.filtered(query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.track(this.dataSource.manager, rows), total, page, pageSize };
  }

  async csv(query: TrackerQueryDto, viewer: UserEntity): Promise<{ filename: string; body: string }> {
    const rows = await this.filtered(query).take(CSV_ROWS_MAX).getMany();
    const items = await this.track(this.dataSource.manager, rows);
    const themes = await this.dataSource.manager.find(ThemeEntity, {});
    return {
      filename: `recommendations-${this.today()}.csv`,
      body: trackerCsv(items, new Map(themes.map((theme) => [theme.id, theme])), viewer.language),
    };
  }

  /** Every owner the recommendations name, for the tracker's owner filter (an exact match). */
  async owners(): Promise<{ items: string[]; total: number }> {
    const rows: { owner: string }[] = await this.dataSource
      .getRepository(RecommendationEntity)
      .createQueryBuilder('recommendation')
      .select('DISTINCT recommendation.owner', 'owner')
      .where('recommendation.owner IS NOT NULL')
      .getRawMany();
    const items = rows.map((row) => row.owner).sort((a, b) => a.localeCompare(b, 'bg'));
    return { items, total: items.length };
  }

  async one(id: string): Promise<TrackedRecommendation> {
    const manager = this.dataSource.manager;
    const recommendation = await manager.findOne(RecommendationEntity, {
      where: { id },
      relations: { event: true },
    });
    if (!recommendation) throw new DomainError('RECOMMENDATION_NOT_FOUND');
    const [tracked] = await this.track(manager, [recommendation]);
    return tracked as TrackedRecommendation;
  }

  /**
   * A new status, or a note alone: one history row with the note. The same status without a note changes
   * nothing. Done in one transaction with the recommendation read under it, so two changes at once both land.
   */
  async changeStatus(id: string, input: RecommendationStatusDto): Promise<TrackedRecommendation> {
    await inTransaction(this.dataSource, async (manager) => {
      const recommendation = await manager.findOneBy(RecommendationEntity, { id });
      if (!recommendation) throw new DomainError('RECOMMENDATION_NOT_FOUND');
      const note = input.note ?? null;
      if (recommendation.status === input.status && note === null) return;
      const now = new Date();
      await manager.update(RecommendationEntity, { id }, { status: input.status, updatedAt: now });
      await manager.insert(RecommendationChangeEntity, {
        id: randomUUID(),
        recommendationId: id,
        at: now,
        text: recommendation.text,
        owner: recommendation.owner,
        dueDate: recommendation.dueDate,
        status: input.status,
        note,
      });
      audit('recommendation.status', { recommendationId: id, eventId: recommendation.eventId });
    });
    return this.one(id);
  }

  /** Carries the recommendation to an event that starts after its own; carrying it there again changes nothing. */
  async followUp(id: string, input: FollowUpInputDto): Promise<TrackedRecommendation> {
    await inTransaction(this.dataSource, async (manager) => {
      const recommendation = await manager.findOne(RecommendationEntity, {
        where: { id },
        relations: { event: true },
      });
      if (!recommendation) throw new DomainError('RECOMMENDATION_NOT_FOUND');
      const target = await manager.findOneBy(EventEntity, { id: input.eventId });
      if (!target) throw new DomainError('EVENT_NOT_FOUND');
      if (target.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const source = recommendation.event as EventEntity;
      if (target.startsAt.getTime() <= source.startsAt.getTime())
        throw new DomainError('FOLLOW_UP_NOT_LATER');
      await manager
        .createQueryBuilder()
        .insert()
        .into(RecommendationFollowUpEntity)
        .values({ recommendationId: id, eventId: target.id, note: input.note ?? null, at: new Date() })
        .orIgnore()
        .updateEntity(false)
        .execute();
      audit('recommendation.followed-up', { recommendationId: id, eventId: target.id });
    });
    return this.one(id);
  }

  private filtered(query: TrackerQueryDto): SelectQueryBuilder<RecommendationEntity> {
    const builder = this.dataSource
      .getRepository(RecommendationEntity)
      .createQueryBuilder('recommendation')
      .innerJoinAndSelect('recommendation.event', 'event');
    if (query.theme) {
      builder.andWhere(
        (sub) =>
          'recommendation.eventId IN ' +
          sub
            .subQuery()
            .select('link.eventId')
            .from(EventThemeEntity, 'link')
            .innerJoin(ThemeEntity, 'theme', 'theme.id = link.themeId')
            .where('theme.slug = :theme OR theme.id = :theme')
            .getQuery(),
        { theme: query.theme.toLowerCase() },
      );
    }
    if (query.eventId) builder.andWhere('recommendation.eventId = :eventId', { eventId: query.eventId });
    if (query.status) builder.andWhere('recommendation.status = :status', { status: query.status });
    if (query.owner) builder.andWhere('recommendation.owner = :owner', { owner: query.owner });
    if (query.dueFrom) builder.andWhere('recommendation.dueDate >= :dueFrom', { dueFrom: query.dueFrom });
    if (query.dueTo) builder.andWhere('recommendation.dueDate <= :dueTo', { dueTo: query.dueTo });
    if (query.overdue === 'true') {
      builder.andWhere(
        'recommendation.status IN (:...open) AND recommendation.dueDate IS NOT NULL AND recommendation.dueDate < :today',
        { open: OPEN_STATUSES, today: this.today() },
      );
    } else if (query.overdue === 'false') {
      builder.andWhere(
        '(recommendation.status NOT IN (:...open) OR recommendation.dueDate IS NULL OR recommendation.dueDate >= :today)',
        { open: OPEN_STATUSES, today: this.today() },
      );
    }
    // Newest event first, then the summary's own order; the id breaks ties so pages never repeat a row.
    return builder
      .orderBy('event.startsAt', 'DESC')
      .addOrderBy('recommendation.eventId', 'ASC')
      .addOrderBy('recommendation.position', 'ASC')
      .addOrderBy('recommendation.id', 'ASC');
  }

  /** The rows as the tracker shows them, with history, follow-ups, themes and whether the summary is public. */
  private async track(
    manager: EntityManager,
    rows: RecommendationEntity[],
  ): Promise<TrackedRecommendation[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const eventIds = [...new Set(rows.map((row) => row.eventId))];
    const [changes, followUps, links, summaries] = await Promise.all([
      manager.find(RecommendationChangeEntity, {
        where: { recommendationId: In(ids) },
        order: { at: 'ASC', id: 'ASC' },
      }),
      manager.find(RecommendationFollowUpEntity, {
        where: { recommendationId: In(ids) },
        relations: { event: true },
        order: { at: 'ASC' },
      }),
      manager.findBy(EventThemeEntity, { eventId: In(eventIds) }),
      manager.findBy(EventSummaryEntity, { eventId: In(eventIds) }),
    ]);
    const published = new Set(summaries.filter((s) => s.publishedAt !== null).map((s) => s.eventId));
    const today = this.today();
    return rows.map((row) => ({
      id: row.id,
      text: row.text,
      owner: row.owner,
      dueDate: row.dueDate,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      event: toEventRef(row.event as EventEntity),
      themes: links.filter((link) => link.eventId === row.eventId).map((link) => link.themeId),
      overdue: isOverdue(row, today),
      summaryPublished: published.has(row.eventId),
      history: changes
        .filter((change) => change.recommendationId === row.id)
        .map((change) => ({
          at: change.at.toISOString(),
          text: change.text,
          owner: change.owner,
          dueDate: change.dueDate,
          status: change.status,
          note: change.note,
        })),
      followUps: followUps
        .filter((followUp) => followUp.recommendationId === row.id)
        .map((followUp) => ({
          event: toEventRef(followUp.event as EventEntity),
          at: followUp.at.toISOString(),
          note: followUp.note,
        })),
    }));
  }
}
