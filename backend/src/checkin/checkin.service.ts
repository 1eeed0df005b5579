import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHECKIN_PAGE_SIZE_DEFAULT,
  type CheckInInput,
  type CheckInResult,
  type CheckinPeoplePage,
  type UndoCheckInResult,
} from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError, validationFailed } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { RegistrationEntity } from '../registrations/registration.entity';
import { consentsGiven, emailKey, searchText } from '../registrations/registration-fields';
import { allocateSeat, type SeatRoom } from '../registrations/seat-allocation';
import { confirmedSeats, countRegistrations, lockEvent } from '../registrations/seat-counts';
import { OrganisationService } from '../organisation/organisation.service';
import { SeatHolders } from '../seats/seat-holders';
import { StaffAccess } from '../staff/staff-access';
import type { UserEntity } from '../users/user.entity';
import { checkInTime, likePattern } from './checkin-rules';
import { toCheckinPerson } from './checkin.mapper';
import type { CheckinPeopleQueryDto, WalkInInputDto } from './dto/checkin.dto';
import { insertRegistration } from '../registrations/registration-insert';
import { JobQueue } from '../jobs/job-queue';
import { createdEvents, emitWebhooks, type WebhookEvent } from '../webhooks/webhook-emitter';

/** A check-in raced an undo this many times in a row: give up rather than loop. */
const CHECK_IN_ATTEMPTS = 3;

/** The door: who is expected, checking them in (and undoing it), and people who come without registering. */
@Injectable()
export class CheckinService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: StaffAccess,
    private readonly holders: SeatHolders,
    private readonly organisation: OrganisationService,
    private readonly jobs: JobQueue,
  ) {}

  /** Confirmed registrations of the event, walk-ins too, by last name then first name, searched and paged. */
  async people(eventId: string, user: UserEntity, query: CheckinPeopleQueryDto): Promise<CheckinPeoplePage> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(EventEntity, { id: eventId }))) throw new DomainError('EVENT_NOT_FOUND');
    await this.access.assertMayWorkAt(user, eventId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? CHECKIN_PAGE_SIZE_DEFAULT;
    const builder = manager
      .getRepository(RegistrationEntity)
      .createQueryBuilder('registration')
      .where('registration.eventId = :eventId', { eventId })
      .andWhere("registration.status = 'confirmed'");
    // `searchText` holds the names, the e-mail and the organisation lower-cased in JavaScript: the one place
    // where Cyrillic letter case is folded the same on SQLite (whose LIKE folds ASCII only) and MySQL.
    if (query.q?.trim()) {
      builder.andWhere("registration.searchText LIKE :q ESCAPE '!'", { q: likePattern(query.q) });
    }
    const [rows, total] = await builder
      .orderBy('registration.lastName', 'ASC')
      .addOrderBy('registration.firstName', 'ASC')
      .addOrderBy('registration.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toCheckinPerson), total, page, pageSize };
  }

  /**
   * Checks a confirmed registration in, once. One conditional UPDATE (`... WHERE checkedInAt IS NULL`) and the
   * number of rows it changed decide whether this request recorded it or an earlier one did: however many
   * phones send it at once, on SQLite or MySQL, exactly one records it and the rest answer `already` with the
   * first time.
   */
  async checkIn(id: string, user: UserEntity, { at, eventId }: CheckInInput): Promise<CheckInResult> {
    const registration = await this.load(id, user);
    if (eventId !== undefined && registration.eventId !== eventId)
      throw new DomainError('REGISTRATION_OTHER_EVENT');
    if (registration.status !== 'confirmed') throw new DomainError('REGISTRATION_NOT_CONFIRMED');
    const time = checkInTime(at === undefined ? undefined : new Date(at), registration.createdAt, new Date());
    if (time.error) throw validationFailed([time.error]);
    const repository = this.dataSource.getRepository(RegistrationEntity);
    for (let attempt = 1; attempt <= CHECK_IN_ATTEMPTS; attempt++) {
      // The webhook is written with the check-in, in one transaction (the outbox rule).
      const result = await inTransaction(this.dataSource, async (manager) => {
        const updated = await manager
          .createQueryBuilder()
          .update(RegistrationEntity)
          .set({ checkedInAt: time.at, checkedInById: user.id })
          .where("id = :id AND status = 'confirmed' AND checkedInAt IS NULL", { id })
          .execute();
        if (updated.affected === 1)
          await emitWebhooks(this.jobs, manager, [
            checkinEvent(await manager.findOneByOrFail(RegistrationEntity, { id })),
          ]);
        return updated;
      });
      const current = await repository.findOneByOrFail({ id });
      if (result.affected === 1) {
        audit('registration.checked-in', {
          id,
          eventId: current.eventId,
          at: time.at.toISOString(),
          recordedOffline: at !== undefined,
        });
        return { person: toCheckinPerson(current), already: false };
      }
      if (current.status !== 'confirmed') throw new DomainError('REGISTRATION_NOT_CONFIRMED');
      if (current.checkedInAt) return { person: toCheckinPerson(current), already: true };
      // Undone between our UPDATE and our read: try again.
    }
    throw new DomainError('INTERNAL');
  }

  /** Undoes a mistaken check-in; harmless when the person is not checked in. */
  async undo(id: string, user: UserEntity): Promise<UndoCheckInResult> {
    const registration = await this.load(id, user);
    const repository = this.dataSource.getRepository(RegistrationEntity);
    const result = await repository
      .createQueryBuilder()
      .update(RegistrationEntity)
      .set({ checkedInAt: null, checkedInById: null })
      .where('id = :id AND checkedInAt IS NOT NULL', { id })
      .execute();
    if (result.affected === 1) audit('registration.check-in-undone', { id, eventId: registration.eventId });
    return { person: toCheckinPerson(await repository.findOneByOrFail({ id })) };
  }

  /**
   * Someone at the door without a registration: a confirmed registration, checked in at once, within the
   * capacity and the sector's quota, or over them when the person at the door says so (`override`), which
   * leaves an audit line. Decided under the event's lock, as every seat is. No e-mail: they are in the room.
   */
  async walkIn(eventId: string, user: UserEntity, input: WalkInInputDto): Promise<CheckInResult> {
    await this.access.assertMayWorkAt(user, eventId);
    const registration = await this.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const key = input.email ? emailKey(input.email) : null;
      if (key && (await manager.existsBy(RegistrationEntity, { eventId, activeEmailKey: key })))
        throw new DomainError('ALREADY_REGISTERED');
      const room = await this.room(manager, event);
      const fits = allocateSeat(room, input.sector) === 'confirmed';
      if (!fits && input.override !== true) throw new DomainError('NO_SEAT_FREE');
      const now = new Date();
      const email = input.email ?? '';
      const created = manager.create(RegistrationEntity, {
        id: randomUUID(),
        eventId,
        firstName: input.firstName,
        lastName: input.lastName,
        email,
        activeEmailKey: key,
        organization: input.organization,
        position: input.position ?? null,
        sector: input.sector,
        municipality: null,
        phone: null,
        accessibilityNeeds: null,
        searchText: searchText({ ...input, email }),
        language: event.language,
        // Processing consent is given to the staff member on the spot (decision 0017); nothing optional.
        consents: consentsGiven(
          { processing: true },
          now,
          await this.organisation.privacyNoticeVersion(manager),
        ),
        status: 'confirmed',
        queuedAt: null,
        invitationId: null,
        checkedInAt: now,
        checkedInById: user.id,
        walkIn: true,
        createdAt: now,
        updatedAt: now,
      });
      await insertRegistration(manager, created);
      await emitWebhooks(this.jobs, manager, [...createdEvents([created]), checkinEvent(created)]);
      audit('registration.walk-in', { id: created.id, eventId, sector: created.sector, override: !fits });
      if (!fits) {
        audit('registration.overbooked', {
          id: created.id,
          eventId,
          sector: created.sector,
          capacity: event.capacity,
          quota: event.sectorQuotas[created.sector] ?? null,
          confirmed: room.confirmed.total + 1,
          held: room.held.total,
        });
      }
      return created;
    });
    return { person: toCheckinPerson(registration), already: false };
  }

  /** The registration, or 404; 403 for staff not assigned to its event. */
  private async load(id: string, user: UserEntity): Promise<RegistrationEntity> {
    const registration = await this.dataSource.manager.findOneBy(RegistrationEntity, { id });
    if (!registration) throw new DomainError('REGISTRATION_NOT_FOUND');
    await this.access.assertMayWorkAt(user, registration.eventId);
    return registration;
  }

  private async room(manager: EntityManager, event: EventEntity): Promise<SeatRoom> {
    return {
      capacity: event.capacity,
      quotas: event.sectorQuotas,
      confirmed: confirmedSeats(await countRegistrations(manager, event.id)),
      held: await this.holders.held(manager, event.id),
    };
  }

  /** READ COMMITTED on MySQL/MariaDB, as every seat decision: counts read under the lock are current. */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const isolation = this.dataSource.options.type === 'better-sqlite3' ? undefined : 'READ COMMITTED';
    return inTransaction(this.dataSource, work, isolation);
  }
}

/** What a partner system learns of a check-in: who by id, the event, the sector, when. */
function checkinEvent(registration: RegistrationEntity): WebhookEvent {
  return {
    type: 'checkin.created',
    data: {
      registrationId: registration.id,
      eventId: registration.eventId,
      sector: registration.sector,
      walkIn: registration.walkIn,
      checkedInAt: (registration.checkedInAt as Date).toISOString(),
    },
  };
}
