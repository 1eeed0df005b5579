import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError, Series } from '@roundtable/contracts';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { DomainError, validationFailed } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { inTransaction } from '../database/transaction';
import { AgendaItemEntity } from '../events/agenda-item.entity';
import type { EventDto } from '../events/dto/event.dto';
import { EventEntity } from '../events/event.entity';
import { checkAgenda, checkEventTimes } from '../events/event-rules';
import { formatEventTime, parseEventTime } from '../events/event-time';
import { EventsService } from '../events/events.service';
import { slugify } from '../events/slug';
import { InvitationEntity } from '../invitations/invitation.entity';
import { lockEvent } from '../registrations/seat-counts';
import { attendanceByEvent, attendanceStats } from '../summary/attendance-stats';
import type { UserEntity } from '../users/user.entity';
import type { DuplicateEventDto } from './dto/series.dto';
import {
  copyAgendaItemDetails,
  copyEventSettings,
  copyInvitationDetails,
  PANEL_ROLES,
  shiftWallClock,
} from './event-copy';
import { ThemesService } from '../themes/themes.service';
import { SeriesEntity } from './series.entity';

const SLUG_ATTEMPTS = 5;

/**
 * Series of events (decision 0034): "next in the series" makes a draft copy of an event at a new time, and the
 * series page lists the events with their joint attendance.
 */
@Injectable()
export class SeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly themes: ThemesService,
  ) {}

  /**
   * A new draft event after `eventId`: its settings, agenda (moved in wall-clock time of the event's zone),
   * partners and quotas, and its panel invitations as drafts, which nothing mails until the organiser sends
   * them. Registrations, check-ins, materials and the summary stay with the original. The first duplicate
   * makes the series, from the original; the original is locked, so two at once make one series.
   */
  async duplicate(eventId: string, input: DuplicateEventDto, author: UserEntity): Promise<EventDto> {
    for (let attempt = 1; ; attempt++) {
      try {
        const id = await inTransaction(this.dataSource, (manager) =>
          this.copy(manager, eventId, input, author),
        );
        return await this.events.byId(id);
      } catch (error) {
        // Another event took the slug between the look-up and the insert: try the next number.
        if (!isUniqueViolation(error) || attempt === SLUG_ATTEMPTS) throw error;
      }
    }
  }

  async get(id: string): Promise<Series> {
    const manager = this.dataSource.manager;
    const series = await manager.findOneBy(SeriesEntity, { id });
    if (!series) throw new DomainError('SERIES_NOT_FOUND');
    const events = await manager.find(EventEntity, {
      where: { seriesId: id },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const ids = events.map((event) => event.id);
    const [counts, stats] = await Promise.all([
      attendanceByEvent(manager, ids),
      attendanceStats(manager, ids),
    ]);
    const now = new Date();
    return {
      id: series.id,
      title: series.title,
      createdAt: series.createdAt.toISOString(),
      events: events.map((event) => ({
        id: event.id,
        slug: event.slug,
        title: event.title,
        startsAt: formatEventTime(event.startsAt, event.timezone),
        endsAt: formatEventTime(event.endsAt, event.timezone),
        timezone: event.timezone,
        status: event.status,
        past: event.endsAt < now,
        registered: counts.get(event.id)?.registered ?? 0,
        checkedIn: counts.get(event.id)?.checkedIn ?? 0,
      })),
      stats,
    };
  }

  private async copy(
    manager: EntityManager,
    eventId: string,
    input: DuplicateEventDto,
    author: UserEntity,
  ): Promise<string> {
    const source = await lockEvent(manager, eventId);
    if (!source) throw new DomainError('EVENT_NOT_FOUND');
    const zone = source.timezone;
    const startsAt = parseEventTime(input.startsAt, zone);
    const endsAt = input.endsAt
      ? parseEventTime(input.endsAt, zone)
      : shiftWallClock(source.endsAt, source.startsAt, startsAt, zone);
    const move = (time: Date) => shiftWallClock(time, source.startsAt, startsAt, zone);
    const times = {
      startsAt,
      endsAt,
      registrationOpensAt: source.registrationOpensAt ? move(source.registrationOpensAt) : null,
      registrationClosesAt: source.registrationClosesAt ? move(source.registrationClosesAt) : null,
    };
    // A registration window that no longer fits the new end is dropped rather than refused: it is a default.
    if (times.registrationClosesAt && times.registrationClosesAt > endsAt) times.registrationClosesAt = null;
    const agenda = await manager.find(AgendaItemEntity, {
      where: { eventId: source.id },
      order: { position: 'ASC' },
    });
    const moved = agenda.map((item) => ({ item, startsAt: move(item.startsAt), endsAt: move(item.endsAt) }));
    const errors: FieldError[] = [];
    if (startsAt <= new Date()) {
      errors.push({
        field: 'startsAt',
        rule: 'startsInFuture',
        message: 'the next event must start in the future',
      });
    }
    errors.push(...checkEventTimes(times));
    if (errors.length === 0 && checkAgenda(moved, times).length > 0) {
      errors.push({
        field: 'endsAt',
        rule: 'agendaWithinEvent',
        message: 'the agenda, moved with the event, does not fit before this end',
      });
    }
    if (errors.length > 0) throw validationFailed(errors);

    let seriesId = source.seriesId;
    if (!seriesId) {
      seriesId = randomUUID();
      await manager.insert(SeriesEntity, { id: seriesId, title: source.title, createdById: author.id });
      await manager.update(EventEntity, { id: source.id }, { seriesId });
    }
    const title = input.title ?? source.title;
    const localDate = DateTime.fromJSDate(startsAt, { zone }).toISODate() as string;
    const event = manager.create(EventEntity, {
      ...copyEventSettings(source),
      ...times,
      id: randomUUID(),
      slug: await this.events.freeSlug(slugify(`${title} ${localDate}`), manager),
      title,
      status: 'draft',
      sequence: 0,
      cancellationReason: null,
      publishedAt: null,
      createdById: author.id,
      seriesId,
    });
    await manager.insert(EventEntity, event);
    await this.themes.copyEventThemes(manager, source.id, event.id);

    const invitationIds = await this.copyPanel(manager, source, event.id, move, author);
    const items = moved.map(({ item, startsAt: itemStarts, endsAt: itemEnds }) =>
      manager.create(AgendaItemEntity, {
        ...copyAgendaItemDetails(item),
        id: randomUUID(),
        eventId: event.id,
        startsAt: itemStarts,
        endsAt: itemEnds,
        speakerIds: item.speakerIds.flatMap((id) => {
          const copied = invitationIds.get(id);
          return copied ? [copied] : [];
        }),
      }),
    );
    if (items.length > 0) {
      // updateEntity(false): see events.service's replaceAgenda.
      await manager
        .createQueryBuilder()
        .insert()
        .into(AgendaItemEntity)
        .values(items)
        .updateEntity(false)
        .execute();
    }
    return event.id;
  }

  /**
   * The panel (not guests) as draft invitations: everyone invited except those the organiser withdrew and those
   * who handed their place on (their deputy's own invitation is copied). One draft per address. Answers, bio,
   * photo and consents are not copied: they were given for the one event. Nothing is queued to be mailed.
   * Answers the old invitation id → new id, for the agenda's speakers.
   */
  private async copyPanel(
    manager: EntityManager,
    source: EventEntity,
    eventId: string,
    move: (time: Date) => Date,
    author: UserEntity,
  ): Promise<Map<string, string>> {
    const panel = await manager.find(InvitationEntity, {
      where: {
        eventId: source.id,
        role: In([...PANEL_ROLES]),
        status: Not(In(['revoked', 'delegated'])),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const ids = new Map<string, string>();
    const byEmail = new Map<string, string>();
    const now = new Date();
    const drafts: InvitationEntity[] = [];
    for (const invitation of panel) {
      const existing = byEmail.get(invitation.email);
      if (existing) {
        ids.set(invitation.id, existing);
        continue;
      }
      const draft = manager.create(InvitationEntity, {
        ...copyInvitationDetails(invitation),
        id: randomUUID(),
        eventId,
        respondBy: invitation.respondBy ? move(invitation.respondBy) : null,
        status: 'draft',
        responseComment: null,
        respondedAt: null,
        delegatedFromId: null,
        delegatedToId: null,
        bio: null,
        photoKey: null,
        publishName: false,
        publishPhoto: false,
        consentVersion: null,
        consentedAt: null,
        invitedById: author.id,
        createdAt: now,
        updatedAt: now,
      });
      drafts.push(draft);
      ids.set(invitation.id, draft.id);
      byEmail.set(invitation.email, draft.id);
    }
    if (drafts.length > 0) {
      // updateEntity(false): see invitations.service's create.
      await manager
        .createQueryBuilder()
        .insert()
        .into(InvitationEntity)
        .values(drafts)
        .updateEntity(false)
        .execute();
    }
    return ids;
  }
}
