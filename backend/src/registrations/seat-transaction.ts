import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACTIVE_REGISTRATION_STATUSES, type DomainErrorCode } from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { together } from '../database/together';
import { inTransaction } from '../database/transaction';
import type { EventEntity } from '../events/event.entity';
import { JobQueue } from '../jobs/job-queue';
import { SeatHolders, type HeldSeats } from '../seats/seat-holders';
import { messageForStatus, queueRegistrationMail, queueRegistrationMails } from './registration-messages';
import { RegistrationEntity } from './registration.entity';
import { allocateSeat, type SeatRoom } from './seat-allocation';
import { confirmedSeats, countRegistrations, lockEvent } from './seat-counts';
import { promoteWaitList } from './wait-list';
import { emitWebhooks, registrationEvent, type WebhookEvent } from '../webhooks/webhook-emitter';

/** The seats of an event as a transaction holding its lock sees them, with the length of its wait list. */
export interface EventRoom extends SeatRoom {
  waitlisted: number;
}

/**
 * The one way a change takes or frees a seat (PRODUCT.md, "Seats"): in a transaction, with the event locked
 * before anything is counted, the registration read again under the lock, the decision written with its
 * message queued, and a freed seat handed to the wait list, all committed together. RegistrationsService (one
 * registration) and RegistrationsAdminService (many at once, the wait list by hand) both go through it.
 */
@Injectable()
export class SeatTransaction {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly holders: SeatHolders,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * MySQL/MariaDB at READ COMMITTED: once the event's lock is ours, every count reads what the transaction before
   * us committed, not a snapshot from before we waited for the lock.
   */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const isolation = this.dataSource.options.type === 'better-sqlite3' ? undefined : 'READ COMMITTED';
    return inTransaction(this.dataSource, work, isolation);
  }

  /** `work` with the event locked, in a transaction of its own. */
  onEvent<T>(eventId: string, work: (manager: EntityManager, event: EventEntity) => Promise<T>): Promise<T> {
    return this.run(async (manager) => {
      const event = await lockEvent(manager, eventId);
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      return work(manager, event);
    });
  }

  /** `work` on one registration, read under its event's lock, in a transaction of its own. */
  onRegistration<T>(
    id: string,
    work: (manager: EntityManager, event: EventEntity, registration: RegistrationEntity) => Promise<T>,
  ): Promise<T> {
    return this.run(async (manager) => {
      const found = await manager.findOne(RegistrationEntity, {
        where: { id },
        select: { id: true, eventId: true },
      });
      if (!found) throw new DomainError('REGISTRATION_NOT_FOUND');
      const event = await lockEvent(manager, found.eventId);
      if (!event) throw new DomainError('REGISTRATION_NOT_FOUND');
      // Read again under the event's lock: a concurrent change to this registration has committed by now.
      const registration = await manager.findOneByOrFail(RegistrationEntity, { id });
      return work(manager, event, registration);
    });
  }

  /** Capacity, quotas, confirmed and held seats, and the wait list, counted under the event's lock. */
  async room(manager: EntityManager, event: EventEntity): Promise<EventRoom> {
    const [counts, held] = await together(
      () => countRegistrations(manager, event.id),
      () => this.holders.held(manager, event.id),
    );
    return {
      capacity: event.capacity,
      quotas: event.sectorQuotas,
      confirmed: confirmedSeats(counts),
      held,
      waitlisted: counts.byStatus.waitlisted,
    };
  }

  /**
   * A pending registration gets a seat, or a place on the wait list when there is none for its sector, and is
   * told. Answers why it cannot, changing nothing, for a registration that is not pending or a cancelled event.
   */
  async approve(
    manager: EntityManager,
    event: EventEntity,
    registration: RegistrationEntity,
  ): Promise<DomainErrorCode | null> {
    if (registration.status !== 'pending') return 'REGISTRATION_NOT_PENDING';
    if (event.status === 'cancelled') return 'EVENT_CANCELLED';
    const decision = allocateSeat(await this.room(manager, event), registration.sector);
    registration.status = decision;
    registration.queuedAt = decision === 'waitlisted' ? new Date() : null;
    await manager.save(registration);
    await this.queueStatusMail(manager, registration);
    if (decision === 'confirmed')
      await this.emit(manager, [registrationEvent('registration.confirmed', registration)]);
    return null;
  }

  /**
   * An active registration is rejected and told. Its seat, if it held one, is not handed on here: the caller
   * promotes once, after all its rejections. Answers why it cannot for one already cancelled or rejected.
   */
  async reject(manager: EntityManager, registration: RegistrationEntity): Promise<DomainErrorCode | null> {
    if (!(ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(registration.status))
      return 'REGISTRATION_NOT_ACTIVE';
    registration.status = 'rejected';
    registration.activeEmailKey = null;
    registration.queuedAt = null;
    await manager.save(registration);
    await queueRegistrationMail(this.jobs, manager, 'registration-rejected', registration, { message: null });
    return null;
  }

  /** Freed seats go to the wait list, in order, each promotion with its message. */
  async promote(manager: EntityManager, event: EventEntity, held?: HeldSeats): Promise<RegistrationEntity[]> {
    return promoteWaitList(manager, event, held ?? (await this.holders.held(manager, event.id)), this.jobs);
  }

  /** Webhooks about registrations, in the transaction that changed them (decision 0035). */
  emit(manager: EntityManager, events: readonly WebhookEvent[]): Promise<void> {
    return emitWebhooks(this.jobs, manager, events);
  }

  /** Told what their registration became: received for review, confirmed, or on the wait list. */
  queueStatusMail(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
    return this.queueStatusMails(manager, [registration]);
  }

  /** queueStatusMail for several registrations, in one statement. */
  async queueStatusMails(
    manager: EntityManager,
    registrations: readonly RegistrationEntity[],
  ): Promise<void> {
    await queueRegistrationMails(
      this.jobs,
      manager,
      registrations.flatMap((registration) => {
        const kind = messageForStatus(registration.status);
        return kind ? [{ kind, registration, payload: {} }] : [];
      }),
    );
  }
}
