import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BulkRegistrationAction,
  type BulkRegistrationOutcome,
  type BulkRegistrationResult,
  type DomainErrorCode,
  type EventCountsById,
  type Registration,
} from '@roundtable/contracts';
import { DataSource, In } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { JobQueue } from '../jobs/job-queue';
import { EventEntity } from '../events/event.entity';
import { eventCounts } from './event-counts';
import { exportFilename, registrationsCsv } from './export/registrations-export';
import { queueRegistrationMail } from './registration-messages';
import { RegistrationEntity } from './registration.entity';
import { toRegistration } from './registration.mapper';
import { allocateSeat } from './seat-allocation';
import { SeatTransaction } from './seat-transaction';
import { registrationEvent } from '../webhooks/webhook-emitter';
import { waitlistPositions } from './wait-list';

/** The organiser's work on many registrations at once, the wait list by hand, and the export. */
@Injectable()
export class RegistrationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatTransaction,
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
    const results = await this.seats.onEvent(eventId, async (manager, event) => {
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
            ? await this.seats.approve(manager, event, registration)
            : await this.seats.reject(manager, registration);
        if (action === 'reject' && heldSeat && !code) freedSeat = true;
        answers.push({ id, code });
      }
      if (freedSeat) await this.seats.promote(manager, event);
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
    const registration = await this.seats.onRegistration(id, async (manager, event, current) => {
      if (current.status !== 'waitlisted') throw new DomainError('REGISTRATION_NOT_WAITLISTED');
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const room = await this.seats.room(manager, event);
      const fits = allocateSeat(room, current.sector) === 'confirmed';
      if (!fits && !override) throw new DomainError('NO_SEAT_FREE');
      current.status = 'confirmed';
      current.queuedAt = null;
      await manager.save(current);
      // Moved up from the wait list by the organiser: told as anyone the wait list moves up is.
      await queueRegistrationMail(this.jobs, manager, 'registration-promoted', current, {});
      await this.seats.emit(manager, [registrationEvent('registration.confirmed', current)]);
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
}
