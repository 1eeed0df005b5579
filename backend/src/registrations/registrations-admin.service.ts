import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVE_REGISTRATION_STATUSES,
  type BulkRegistrationAction,
  type BulkRegistrationOutcome,
  type BulkRegistrationResult,
  type DomainErrorCode,
  type EventCountsById,
  type Registration,
} from '@roundtable/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import { EventEntity } from '../events/event.entity';
import { SeatHolders } from '../seats/seat-holders';
import { eventCounts } from './event-counts';
import { exportFilename, registrationsCsv } from './export/registrations-export';
import { messageForStatus, queueRegistrationMail } from './registration-messages';
import { RegistrationEntity } from './registration.entity';
import { toRegistration } from './registration.mapper';
import { allocateSeat, type SeatRoom } from './seat-allocation';
import { confirmedSeats, countRegistrations, lockEvent } from './seat-counts';
import { promoteWaitList, waitlistPositions } from './wait-list';

/** The organiser's work on many registrations at once, the wait list by hand, and the export. */
@Injectable()
export class RegistrationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly holders: SeatHolders,
    private readonly jobs: JobQueue,
  ) {}

  counts(eventIds: string[]): Promise<EventCountsById> {
    return eventCounts(this.dataSource.manager, [...new Set(eventIds)]);
  }

  async csv(eventId: string): Promise<{ filename: string; rows: AsyncGenerator<string> }> {
    const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return { filename: exportFilename(event), rows: registrationsCsv(this.dataSource.manager, event) };
  }

  /**
   * Approves or rejects each of `ids` in one transaction, under the event's lock: each approval sees the seats
   * the ones before it took. A registration that cannot take the action is left as it was and says why; the
   * others go ahead. Seats freed by rejections go to the wait list once, after all of them.
   */
  async bulk(
    eventId: string,
    action: BulkRegistrationAction,
    ids: string[],
  ): Promise<BulkRegistrationResult> {
    const unique = [...new Set(ids)];
    const results = await this.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      if (!event) throw new DomainError('EVENT_NOT_FOUND');
      const found = await manager.findBy(RegistrationEntity, { id: In(unique), eventId });
      const byId = new Map(found.map((registration) => [registration.id, registration]));
      let freedSeat = false;
      const answers: { id: string; code: DomainErrorCode | null }[] = [];
      for (const id of unique) {
        const registration = byId.get(id);
        if (!registration) {
          answers.push({ id, code: 'REGISTRATION_NOT_FOUND' });
          continue;
        }
        const heldSeat = registration.status === 'confirmed';
        const code =
          action === 'approve'
            ? await this.approveOne(manager, event, registration)
            : await this.rejectOne(manager, registration);
        if (action === 'reject' && heldSeat && !code) freedSeat = true;
        answers.push({ id, code });
      }
      if (freedSeat)
        await promoteWaitList(manager, event, await this.holders.held(manager, event.id), this.jobs);
      return { answers, byId };
    });
    const positions = await waitlistPositions(
      this.dataSource.manager,
      eventId,
      [...results.byId.values()].filter((r) => r.status === 'waitlisted').map((r) => r.id),
    );
    const outcomes = results.answers.map(({ id, code }): BulkRegistrationOutcome => {
      const registration = results.byId.get(id);
      if (code || !registration) return { id, ok: false, code: code ?? 'REGISTRATION_NOT_FOUND' };
      return { id, ok: true, registration: toRegistration(registration, positions.get(id) ?? null) };
    });
    return { outcomes };
  }

  /**
   * A wait-listed registration takes a seat: within the capacity and the sector's quota, or, with `override`,
   * over them. An override leaves an audit line, so a room over capacity can be traced to who decided it.
   */
  async confirm(id: string, override: boolean): Promise<Registration> {
    const registration = await this.transaction(async (manager) => {
      const found = await manager.findOne(RegistrationEntity, {
        where: { id },
        select: { id: true, eventId: true },
      });
      if (!found) throw new DomainError('REGISTRATION_NOT_FOUND');
      const event = await lockEvent(manager, found.eventId);
      if (!event) throw new DomainError('REGISTRATION_NOT_FOUND');
      // Read again under the event's lock: a concurrent change to this registration has committed by now.
      const current = await manager.findOneByOrFail(RegistrationEntity, { id });
      if (current.status !== 'waitlisted') throw new DomainError('REGISTRATION_NOT_WAITLISTED');
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const room = await this.room(manager, event);
      const fits = allocateSeat(room, current.sector) === 'confirmed';
      if (!fits && !override) throw new DomainError('NO_SEAT_FREE');
      current.status = 'confirmed';
      current.queuedAt = null;
      await manager.save(current);
      // Moved up from the wait list by the organiser: told as anyone the wait list moves up is.
      await queueRegistrationMail(this.jobs, manager, 'registration-promoted', current, {});
      if (!fits) {
        audit('registration.overbooked', {
          id: current.id,
          eventId: event.id,
          sector: current.sector,
          capacity: event.capacity,
          quota: event.sectorQuotas[current.sector] ?? null,
          confirmed: room.confirmed.total + 1,
          held: room.held.total,
        });
      }
      return current;
    });
    return toRegistration(registration, null);
  }

  private async approveOne(
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
    const kind = messageForStatus(decision);
    if (kind) await queueRegistrationMail(this.jobs, manager, kind, registration, {});
    return null;
  }

  private async rejectOne(
    manager: EntityManager,
    registration: RegistrationEntity,
  ): Promise<DomainErrorCode | null> {
    if (!(ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(registration.status))
      return 'REGISTRATION_NOT_ACTIVE';
    registration.status = 'rejected';
    registration.activeEmailKey = null;
    registration.queuedAt = null;
    await manager.save(registration);
    await queueRegistrationMail(this.jobs, manager, 'registration-rejected', registration, { message: null });
    return null;
  }

  private async room(manager: EntityManager, event: EventEntity): Promise<SeatRoom> {
    return {
      capacity: event.capacity,
      quotas: event.sectorQuotas,
      confirmed: confirmedSeats(await countRegistrations(manager, event.id)),
      held: await this.holders.held(manager, event.id),
    };
  }

  /** As RegistrationsService: READ COMMITTED on MariaDB, so counts read under the lock are current. */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const isolation = this.dataSource.options.type === 'better-sqlite3' ? undefined : 'READ COMMITTED';
    return inTransaction(this.dataSource, work, isolation);
  }
}
