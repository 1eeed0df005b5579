import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError, Theme, ThemePage } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError, validationFailed } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { formatEventTime } from '../events/event-time';
import { slugify, uniqueSlug } from '../events/slug';
import { EventSummaryEntity, RecommendationEntity } from '../summary/summary.entities';
import type { ThemeInputDto, ThemeListDto, ThemePatchDto } from './dto/theme.dto';
import { EventThemeEntity, RecommendationFollowUpEntity, ThemeEntity } from './theme.entities';
import { toEventRef, toTheme } from './theme.mapper';

/** The admin's list of advocacy themes and the themes each event carries (decision 0033). */
@Injectable()
export class ThemesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<ThemeListDto> {
    const themes = await this.dataSource.manager.find(ThemeEntity, { order: { position: 'ASC', id: 'ASC' } });
    return { items: themes.map(toTheme), total: themes.length };
  }

  async create(input: ThemeInputDto): Promise<Theme> {
    const id = randomUUID();
    await inTransaction(this.dataSource, async (manager) => {
      const themes = await manager.find(ThemeEntity, {});
      const now = new Date();
      await manager.insert(ThemeEntity, {
        id,
        slug: uniqueSlug(slugify(input.nameEn), new Set(themes.map((theme) => theme.slug))),
        nameBg: input.nameBg,
        nameEn: input.nameEn,
        position: Math.max(-1, ...themes.map((theme) => theme.position)) + 1,
        retiredAt: null,
        createdAt: now,
        updatedAt: now,
      });
    });
    audit('theme.created', { themeId: id });
    return this.get(id);
  }

  async update(id: string, patch: ThemePatchDto): Promise<Theme> {
    const theme = await this.dataSource.manager.findOneBy(ThemeEntity, { id });
    if (!theme) throw new DomainError('THEME_NOT_FOUND');
    const retiredAt =
      patch.retired === undefined ? theme.retiredAt : patch.retired ? (theme.retiredAt ?? new Date()) : null;
    await this.dataSource.manager.update(
      ThemeEntity,
      { id },
      {
        nameBg: patch.nameBg ?? theme.nameBg,
        nameEn: patch.nameEn ?? theme.nameEn,
        retiredAt,
        updatedAt: new Date(),
      },
    );
    audit('theme.updated', { themeId: id });
    return this.get(id);
  }

  /** Every theme, once each, in the new order; anything else is a field error and nothing changes. */
  async reorder(ids: string[]): Promise<ThemeListDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const themes = await manager.find(ThemeEntity, {});
      const known = new Set(themes.map((theme) => theme.id));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
        throw validationFailed([
          { field: 'ids', rule: 'unknownValue', message: 'ids must list every theme once' },
        ]);
      }
      for (const [position, id] of ids.entries()) {
        await manager.update(ThemeEntity, { id }, { position });
      }
    });
    return this.list();
  }

  private async get(id: string): Promise<Theme> {
    return toTheme(await this.dataSource.manager.findOneByOrFail(ThemeEntity, { id }));
  }

  /** The themes of each event, in the themes' order. */
  async themesOf(eventIds: string[], manager: EntityManager = this.dataSource.manager) {
    const byEvent = new Map<string, Theme[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return byEvent;
    const rows = await manager
      .createQueryBuilder(EventThemeEntity, 'link')
      .innerJoinAndSelect('link.theme', 'theme')
      .where('link.eventId IN (:...eventIds)', { eventIds })
      .orderBy('theme.position', 'ASC')
      .getMany();
    for (const row of rows) byEvent.get(row.eventId)?.push(toTheme(row.theme as ThemeEntity));
    return byEvent;
  }

  /** The next event of a series takes its predecessor's themes, except those the admin has retired since. */
  async copyEventThemes(manager: EntityManager, fromEventId: string, toEventId: string): Promise<void> {
    const links = await manager
      .createQueryBuilder(EventThemeEntity, 'link')
      .innerJoin(ThemeEntity, 'theme', 'theme.id = link.themeId')
      .where('link.eventId = :fromEventId AND theme.retiredAt IS NULL', { fromEventId })
      .getMany();
    if (links.length === 0) return;
    await manager.insert(
      EventThemeEntity,
      links.map((link) => ({ eventId: toEventId, themeId: link.themeId })),
    );
  }

  /**
   * Gives the event exactly these themes. An unknown id, or a retired theme the event does not already carry, is
   * a field error (`themeIds.N`) and nothing changes.
   */
  async setEventThemes(manager: EntityManager, eventId: string, themeIds: string[]): Promise<void> {
    const wanted = [...new Set(themeIds)];
    const themes = wanted.length > 0 ? await manager.findBy(ThemeEntity, { id: In(wanted) }) : [];
    const current = new Set(
      (await manager.findBy(EventThemeEntity, { eventId })).map((link) => link.themeId),
    );
    const byId = new Map(themes.map((theme) => [theme.id, theme]));
    const errors: FieldError[] = themeIds.flatMap((id, index) => {
      const theme = byId.get(id);
      if (theme && (theme.retiredAt === null || current.has(id))) return [];
      return [
        {
          field: `themeIds.${index}`,
          rule: 'unknownValue' as const,
          message: theme ? 'this theme is retired' : 'themeIds must name themes from GET /api/themes',
        },
      ];
    });
    if (errors.length > 0) throw validationFailed(errors);
    const removed = [...current].filter((id) => !wanted.includes(id));
    if (removed.length > 0) await manager.delete(EventThemeEntity, { eventId, themeId: In(removed) });
    const added = wanted.filter((id) => !current.has(id));
    if (added.length > 0) {
      await manager.insert(
        EventThemeEntity,
        added.map((themeId) => ({ eventId, themeId })),
      );
    }
  }

  /**
   * The public page of a theme: its published events, newest first, and the recommendations of those whose
   * summary is published, with status and the published events that follow them up. Nothing from a draft event
   * or an unpublished summary.
   */
  async page(slug: string): Promise<ThemePage> {
    const manager = this.dataSource.manager;
    const theme = await manager.findOneBy(ThemeEntity, { slug: slug.toLowerCase() });
    if (!theme) throw new DomainError('THEME_NOT_FOUND');
    const events = await manager
      .createQueryBuilder(EventEntity, 'event')
      .innerJoin(EventThemeEntity, 'link', 'link.eventId = event.id AND link.themeId = :themeId', {
        themeId: theme.id,
      })
      .where('event.status = :status', { status: 'published' })
      .orderBy('event.startsAt', 'DESC')
      .addOrderBy('event.id', 'ASC')
      .getMany();
    const eventIds = events.map((event) => event.id);
    const summaries =
      eventIds.length > 0 ? await manager.findBy(EventSummaryEntity, { eventId: In(eventIds) }) : [];
    const published = new Set(summaries.filter((s) => s.publishedAt !== null).map((s) => s.eventId));
    const recommendations =
      published.size > 0
        ? await manager.find(RecommendationEntity, {
            where: { eventId: In([...published]) },
            order: { position: 'ASC' },
          })
        : [];
    const followUps =
      recommendations.length > 0
        ? await manager.find(RecommendationFollowUpEntity, {
            where: { recommendationId: In(recommendations.map((r) => r.id)) },
            relations: { event: true },
            order: { at: 'ASC' },
          })
        : [];
    return {
      theme: toTheme(theme),
      events: events.map((event) => ({
        ...toEventRef(event),
        endsAt: formatEventTime(event.endsAt, event.timezone),
        summaryPublished: published.has(event.id),
        recommendations: recommendations
          .filter((r) => r.eventId === event.id)
          .map((r) => ({
            id: r.id,
            text: r.text,
            owner: r.owner,
            dueDate: r.dueDate,
            status: r.status,
            updatedAt: r.updatedAt.toISOString(),
            followedUpIn: followUps
              .filter((f) => f.recommendationId === r.id && (f.event as EventEntity).status === 'published')
              .map((f) => toEventRef(f.event as EventEntity)),
          })),
      })),
    };
  }
}
