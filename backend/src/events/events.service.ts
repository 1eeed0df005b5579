import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SECTORS,
  type EventStats,
  type FieldError,
  type Sector,
  type SectorStats,
} from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import { DomainError, validationFailed } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { isUniqueViolation } from '../database/errors';
import type { UserEntity } from '../users/user.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { CalendarChanges } from './calendar-changes';
import type { AgendaItemInputDto } from './dto/agenda-item-input.dto';
import type { EventInputDto, EventPatchDto } from './dto/event-input.dto';
import type { EventListQueryDto } from './dto/event-list-query.dto';
import type { EventDto, EventPageDto } from './dto/event.dto';
import { EventEntity } from './event.entity';
import {
  checkAgenda,
  checkEventTimes,
  checkSectorQuotas,
  isCalendarChange,
  type CalendarFacts,
} from './event-rules';
import { parseEventTime } from './event-time';
import { toEvent } from './event.mapper';
import { slugify, uniqueSlug } from './slug';
import { inTransaction } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import { confirmedSeats, countCheckedIn, countRegistrations, lockEvent } from '../registrations/seat-counts';
import { promoteWaitList } from '../registrations/wait-list';
import { SeatHolders } from '../seats/seat-holders';
import { CalendarHolders } from '../calendar/calendar-holders';
import { RegistrationEntity } from '../registrations/registration.entity';
import { EventStaffEntity } from '../staff/event-staff.entity';
import { StaffAccess, isStaff } from '../staff/staff-access';
import { ThemesService } from '../themes/themes.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG_ATTEMPTS = 5;

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly calendarChanges: CalendarChanges,
    private readonly seatHolders: SeatHolders,
    private readonly calendarHolders: CalendarHolders,
    private readonly jobs: JobQueue,
    private readonly staffAccess: StaffAccess,
    private readonly themes: ThemesService,
  ) {}

  async create(input: EventInputDto, author: UserEntity): Promise<EventDto> {
    const event = new EventEntity();
    Object.assign(event, {
      id: randomUUID(),
      status: 'draft',
      sequence: 0,
      sectorQuotas: {},
      partners: [],
      onlineUrl: null,
      registrationOpensAt: null,
      registrationClosesAt: null,
      cancellationReason: null,
      publishedAt: null,
      createdById: author.id,
      timezone: input.timezone ?? this.config.defaultTimezone,
    });
    this.apply(event, input);
    for (let attempt = 1; ; attempt++) {
      event.slug = await this.freeSlug(slugify(event.title));
      try {
        await inTransaction(this.dataSource, async (manager) => {
          await manager.insert(EventEntity, event);
          if (input.themeIds) await this.themes.setEventThemes(manager, event.id, input.themeIds);
        });
        break;
      } catch (error) {
        // Two events with the same title created at once: the loser takes the next number.
        if (!isUniqueViolation(error) || attempt === SLUG_ATTEMPTS) throw error;
      }
    }
    return this.get(event.id);
  }

  async update(id: string, patch: EventPatchDto): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      // Locked like every change of seats, so that a raised capacity or quota is given to the wait list exactly.
      const event = await lockEvent(manager, id);
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const before = calendarFacts(event);
      const seatsBefore = { capacity: event.capacity, quotas: { ...event.sectorQuotas } };
      this.apply(event, patch);
      await this.save(manager, event, before);
      if (patch.themeIds !== undefined) await this.themes.setEventThemes(manager, id, patch.themeIds);
      if (seatsMayHaveFreed(seatsBefore, event)) {
        await promoteWaitList(manager, event, await this.seatHolders.held(manager, id), this.jobs);
      }
    });
    return this.get(id);
  }

  async publish(id: string): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.load(manager, id);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      if (event.status === 'published') return;
      event.status = 'published';
      event.publishedAt = new Date();
      await manager.save(event);
    });
    return this.get(id);
  }

  async cancel(id: string, reason: string | undefined): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.load(manager, id);
      if (event.status === 'cancelled') throw new DomainError('EVENT_ALREADY_CANCELLED');
      // Nobody can still plan around a past event; cancelling it would only send confusing mail.
      if (event.endsAt <= new Date()) throw new DomainError('EVENT_PAST');
      const before = calendarFacts(event);
      event.status = 'cancelled';
      event.cancellationReason = reason || null;
      await this.save(manager, event, before);
    });
    return this.get(id);
  }

  /** Back to draft, only while nobody could have noticed it: no calendar holder, registration or invitation. */
  async unpublish(id: string): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.load(manager, id);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      if (event.status === 'draft') return;
      const [holders, registrations, invitations] = await Promise.all([
        this.calendarHolders.of(manager, id),
        manager.countBy(RegistrationEntity, { eventId: id }),
        manager.countBy(InvitationEntity, { eventId: id }),
      ]);
      if (holders.length + registrations + invitations > 0) throw new DomainError('EVENT_IN_USE');
      event.status = 'draft';
      event.publishedAt = null;
      await manager.save(event);
    });
    return this.get(id);
  }

  /** How many people a calendar change to this event would e-mail now: every calendar holder. */
  async calendarHolderCount(id: string): Promise<{ count: number }> {
    const manager = this.dataSource.manager;
    const event = await this.load(manager, id);
    if (event.status !== 'published') return { count: 0 };
    return { count: (await this.calendarHolders.of(manager, id)).length };
  }

  async replaceAgenda(id: string, items: AgendaItemInputDto[]): Promise<EventDto> {
    await inTransaction(this.dataSource, async (manager) => {
      const event = await this.load(manager, id);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const rows = items.map((item, position) =>
        manager.create(AgendaItemEntity, {
          id: randomUUID(),
          eventId: event.id,
          position,
          title: item.title,
          description: item.description?.trim() || null,
          startsAt: parseEventTime(item.startsAt, event.timezone),
          endsAt: parseEventTime(item.endsAt, event.timezone),
          kind: item.kind,
          speakerIds: item.speakerIds,
        }),
      );
      const errors = [...checkAgenda(rows, event), ...(await this.checkSpeakers(manager, event.id, items))];
      if (errors.length > 0) throw validationFailed(errors);
      await manager.delete(AgendaItemEntity, { eventId: event.id });
      // No merge-back into `rows` (see invitations.service): the agenda is read afresh below.
      if (rows.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AgendaItemEntity)
          .values(rows)
          .updateEntity(false)
          .execute();
      }
    });
    return this.get(id);
  }

  async list(query: EventListQueryDto, viewer?: UserEntity): Promise<EventPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(EventEntity).createQueryBuilder('event');
    if (isStaff(viewer)) {
      // Staff see the events they work at, whatever their status, and no other (decision 0017).
      builder.innerJoin(EventStaffEntity, 'staff', 'staff.eventId = event.id AND staff.userId = :staffId', {
        staffId: viewer.id,
      });
      if (query.status) builder.andWhere('event.status = :status', { status: query.status });
    } else if (!canSeeDrafts(viewer)) {
      builder.andWhere('event.status IN (:...visible)', { visible: ['published', 'cancelled'] });
    } else if (query.status) {
      builder.andWhere('event.status = :status', { status: query.status });
    }
    const now = new Date();
    if (query.when === 'upcoming') builder.andWhere('event.endsAt >= :now', { now });
    if (query.when === 'past') builder.andWhere('event.endsAt < :now', { now });
    // The id breaks ties, so that events starting at the same time never repeat or go missing between pages.
    builder
      .orderBy('event.startsAt', query.when === 'upcoming' ? 'ASC' : 'DESC')
      .addOrderBy('event.id', 'ASC');
    const [events, total] = await builder
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const agenda = await this.agendaOf(events.map((event) => event.id));
    const themes = await this.themes.themesOf(events.map((event) => event.id));
    const items = events.map((event) =>
      toEvent(
        event,
        agenda.filter((item) => item.eventId === event.id),
        this.config.publicUrl,
        themes.get(event.id),
      ),
    );
    return { items, total, page, pageSize };
  }

  /**
   * By id or slug. Drafts exist only for organisers; to anyone else they are not found. Staff see the events
   * they are assigned to, drafts too, and no other (decision 0017).
   */
  async find(idOrSlug: string, viewer?: UserEntity): Promise<EventDto> {
    const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() };
    const event = await this.dataSource.getRepository(EventEntity).findOneBy(where);
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    if (isStaff(viewer)) {
      if (!(await this.staffAccess.isAssigned(viewer.id, event.id))) throw new DomainError('EVENT_NOT_FOUND');
    } else if (event.status === 'draft' && !canSeeDrafts(viewer)) {
      throw new DomainError('EVENT_NOT_FOUND');
    }
    return {
      ...toEvent(
        event,
        await this.agendaOf([event.id]),
        this.config.publicUrl,
        (await this.themes.themesOf([event.id])).get(event.id),
      ),
      seatsLeft: await this.seatsLeft(event),
    };
  }

  /**
   * What the public page says is free: capacity less confirmed registrations and the seats guest invitations
   * hold. Read without the event's lock, so it is a hint; the registration itself decides under the lock.
   */
  private async seatsLeft(event: EventEntity): Promise<number> {
    const manager = this.dataSource.manager;
    const confirmed = confirmedSeats(await countRegistrations(manager, event.id)).total;
    const held = await this.seatHolders.held(manager, event.id);
    return Math.max(0, event.capacity - confirmed - held.total);
  }

  /**
   * The room as it stands: registrations by status and sector, the seats guest invitations hold, and who has
   * checked in (confirmed registrations with a check-in, walk-ins included).
   */
  async stats(id: string, viewer: UserEntity): Promise<EventStats> {
    const manager = this.dataSource.manager;
    const event = await this.load(manager, id);
    await this.staffAccess.assertMayWorkAt(viewer, id);
    const counts = await countRegistrations(manager, id);
    const checkedIn = await countCheckedIn(manager, id);
    const held = await this.seatHolders.held(manager, id);
    const bySector = Object.fromEntries(
      SECTORS.map((sector): [Sector, SectorStats] => [
        sector,
        {
          confirmed: counts.bySector[sector].confirmed,
          waitlisted: counts.bySector[sector].waitlisted,
          checkedIn: checkedIn.bySector[sector] ?? 0,
          quota: event.sectorQuotas[sector] ?? null,
        },
      ]),
    ) as Record<Sector, SectorStats>;
    return {
      capacity: event.capacity,
      confirmed: counts.byStatus.confirmed,
      waitlisted: counts.byStatus.waitlisted,
      pending: counts.byStatus.pending,
      heldByInvitations: held.total,
      checkedIn: checkedIn.total,
      bySector,
    };
  }

  /** Any status: for organisers' tools and for invitees, who may be invited before publication. */
  async byId(id: string): Promise<EventDto> {
    return this.get(id);
  }

  private async get(id: string): Promise<EventDto> {
    const event = await this.load(this.dataSource.manager, id);
    return toEvent(
      event,
      await this.agendaOf([id]),
      this.config.publicUrl,
      (await this.themes.themesOf([id])).get(id),
    );
  }

  private async load(manager: EntityManager, id: string): Promise<EventEntity> {
    const event = await manager.findOneBy(EventEntity, { id });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return event;
  }

  private agendaOf(eventIds: string[]): Promise<AgendaItemEntity[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AgendaItemEntity)
      .find({ where: { eventId: In(eventIds) }, order: { position: 'ASC' } });
  }

  /** Copies the given fields onto the event, resolving times in its zone, then checks rules across fields. */
  private apply(event: EventEntity, input: EventPatchDto): void {
    const zone = input.timezone ?? event.timezone;
    const time = (value: string | null | undefined, current: Date | null) =>
      value === undefined ? current : value === null ? null : parseEventTime(value, zone);
    event.timezone = zone;
    if (input.title !== undefined) event.title = input.title;
    if (input.description !== undefined) event.description = input.description;
    if (input.language !== undefined) event.language = input.language;
    if (input.venue !== undefined) event.venue = { ...input.venue };
    if (input.onlineUrl !== undefined) event.onlineUrl = input.onlineUrl || null;
    if (input.capacity !== undefined) event.capacity = input.capacity;
    if (input.registrationMode !== undefined) event.registrationMode = input.registrationMode;
    if (input.sectorQuotas !== undefined) event.sectorQuotas = input.sectorQuotas ?? {};
    if (input.partners !== undefined) event.partners = input.partners;
    event.startsAt = time(input.startsAt, event.startsAt) as Date;
    event.endsAt = time(input.endsAt, event.endsAt) as Date;
    event.registrationOpensAt = time(input.registrationOpensAt, event.registrationOpensAt);
    event.registrationClosesAt = time(input.registrationClosesAt, event.registrationClosesAt);
    const errors = [...checkEventTimes(event), ...checkSectorQuotas(event.sectorQuotas, event.capacity)];
    if (errors.length > 0) throw validationFailed(errors);
  }

  /** Saves a change; when calendars must follow it, raises SEQUENCE and announces it in the same transaction. */
  private async save(manager: EntityManager, event: EventEntity, before: CalendarFacts): Promise<void> {
    const announce = isCalendarChange(before, calendarFacts(event));
    if (announce) event.sequence += 1;
    await manager.save(event);
    if (announce) {
      await this.calendarChanges.announce(manager, {
        event,
        kind: event.status === 'cancelled' ? 'cancelled' : 'updated',
        before,
      });
    }
  }

  /** Speakers on an agenda item are this event's panel: invitations that are not guests and not closed. */
  private async checkSpeakers(
    manager: EntityManager,
    eventId: string,
    items: AgendaItemInputDto[],
  ): Promise<FieldError[]> {
    const ids = [...new Set(items.flatMap((item) => item.speakerIds))];
    if (ids.length === 0) return [];
    const panel = await manager.findBy(InvitationEntity, {
      id: In(ids),
      eventId,
      // Drafts too: the panel copied into the next event of a series, not sent yet (decision 0034).
      status: In(['draft', 'pending', 'accepted', 'tentative']),
      role: In(['panelist', 'speaker', 'moderator']),
    });
    const known = new Set(panel.map((invitation) => invitation.id));
    return items.flatMap((item, index) =>
      item.speakerIds
        .filter((id) => !known.has(id))
        .map(() => ({
          field: `${index}.speakerIds`,
          rule: 'speakerOnPanel',
          message: "each speaker must be an open invitation to this event's panel",
        })),
    );
  }

  /** A slug from `base` that no event has yet; read through `manager` when inside a transaction. */
  async freeSlug(base: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows = await manager
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .select('event.slug', 'slug')
      .where('event.slug = :base OR event.slug LIKE :numbered', { base, numbered: `${base}-%` })
      .getRawMany<{ slug: string }>();
    return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
  }
}

function canSeeDrafts(viewer: UserEntity | undefined): boolean {
  return viewer?.role === 'admin' || viewer?.role === 'organizer';
}

/** A larger capacity, or a quota raised or lifted, can let the wait list move up. */
function seatsMayHaveFreed(
  before: { capacity: number; quotas: Partial<Record<Sector, number>> },
  after: EventEntity,
): boolean {
  if (after.capacity > before.capacity) return true;
  return SECTORS.some((sector) => {
    const was = before.quotas[sector];
    const now = after.sectorQuotas[sector];
    return was !== undefined && (now === undefined || now > was);
  });
}

function calendarFacts(event: EventEntity): CalendarFacts {
  return {
    status: event.status,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timezone: event.timezone,
    venue: { ...event.venue },
    onlineUrl: event.onlineUrl,
  };
}
