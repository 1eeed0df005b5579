import { In, type EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { HeldSeats } from '../seats/seat-holders';
import { RegistrationEntity } from './registration.entity';
import { promoteFromWaitList } from './seat-allocation';
import { confirmedSeats, countRegistrations } from './seat-counts';

/**
 * Gives the seats that are free to the wait list, in its order (see promoteFromWaitList), and answers whom it
 * promoted. Call it inside the transaction that freed the seats, with the event locked (`lockEvent`).
 */
export async function promoteWaitList(
  manager: EntityManager,
  event: EventEntity,
  held: HeldSeats,
): Promise<RegistrationEntity[]> {
  const counts = await countRegistrations(manager, event.id);
  const room = {
    capacity: event.capacity,
    quotas: event.sectorQuotas,
    confirmed: confirmedSeats(counts),
    held,
  };
  if (counts.byStatus.waitlisted === 0 || room.confirmed.total + held.total >= room.capacity) return [];
  const queue = await manager
    .getRepository(RegistrationEntity)
    .createQueryBuilder('registration')
    .select(['registration.id', 'registration.sector'])
    .where('registration.eventId = :eventId AND registration.status = :status', {
      eventId: event.id,
      status: 'waitlisted',
    })
    .orderBy('registration.queuedAt', 'ASC')
    .addOrderBy('registration.id', 'ASC')
    .getMany();
  const ids = promoteFromWaitList(room, queue);
  if (ids.length === 0) return [];
  await manager.update(RegistrationEntity, { id: In(ids) }, { status: 'confirmed', queuedAt: null });
  return manager.findBy(RegistrationEntity, { id: In(ids) });
}

/** The place of a wait-listed registration in its queue, 1 being the next to be promoted. */
export async function waitlistPosition(manager: EntityManager, registrationId: string): Promise<number> {
  // Compared in SQL against the row itself, so no instant travels as a parameter (SQLite stores them as text).
  const rows: { n: string | number }[] = await manager.query(
    `SELECT COUNT(*) AS n FROM registrations other JOIN registrations me ON me.id = ?
     WHERE other.eventId = me.eventId AND other.status = 'waitlisted'
       AND (other.queuedAt < me.queuedAt OR (other.queuedAt = me.queuedAt AND other.id <= me.id))`,
    [registrationId],
  );
  return Number(rows[0]?.n ?? 0);
}
