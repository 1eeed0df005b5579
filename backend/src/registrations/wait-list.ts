import { In, type EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { JobQueue } from '../jobs/job-queue';
import type { HeldSeats } from '../seats/seat-holders';
import { RegistrationEntity } from './registration.entity';
import { queuePromotions } from './registration-messages';
import { anyPromotable, promoteFromWaitList } from './seat-allocation';
import { confirmedSeats, countRegistrations } from './seat-counts';

/**
 * Gives the seats that are free to the wait list, in its order (see promoteFromWaitList), queues each promoted
 * person's message (with the calendar invite) and answers whom it promoted. Call it inside the transaction that
 * freed the seats, with the event locked (`lockEvent`): a promotion and its message commit together.
 */
export async function promoteWaitList(
  manager: EntityManager,
  event: EventEntity,
  held: HeldSeats,
  jobs: JobQueue,
): Promise<RegistrationEntity[]> {
  const counts = await countRegistrations(manager, event.id);
  const room = {
    capacity: event.capacity,
    quotas: event.sectorQuotas,
    confirmed: confirmedSeats(counts),
    held,
  };
  if (counts.byStatus.waitlisted === 0 || room.confirmed.total + held.total >= room.capacity) return [];
  const waiting = Object.fromEntries(
    Object.entries(counts.bySector).map(([sector, byStatus]) => [sector, byStatus.waitlisted]),
  );
  if (!anyPromotable(room, waiting)) return [];
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
  const promoted = await manager.findBy(RegistrationEntity, { id: In(ids) });
  await queuePromotions(jobs, manager, promoted);
  return promoted;
}

/**
 * Places in the wait list (1 = next to be promoted) of the given registrations: for each, how many wait ahead of
 * it (by queuedAt, then id), counted over the (eventId, status, queuedAt) index. A count of the rows before one
 * place, not a ranking of the whole queue: asked for after every registration that joins a long wait list, and
 * for its e-mail, a ranking (reading and sorting every waiting row) grew with the queue.
 */
export async function waitlistPositions(
  manager: EntityManager,
  eventId: string,
  registrationIds: string[],
): Promise<Map<string, number>> {
  if (registrationIds.length === 0) return new Map();
  const waiting = `FROM registrations ahead WHERE ahead.eventId = r.eventId AND ahead.status = 'waitlisted'`;
  const rows: { id: string; earlier: string | number; tied: string | number }[] = await manager.query(
    `SELECT r.id,
       (SELECT COUNT(*) ${waiting} AND ahead.queuedAt < r.queuedAt) AS earlier,
       (SELECT COUNT(*) ${waiting} AND ahead.queuedAt = r.queuedAt AND ahead.id <= r.id) AS tied
     FROM registrations r
     WHERE r.eventId = ? AND r.status = 'waitlisted' AND r.id IN (${registrationIds.map(() => '?').join(', ')})`,
    [eventId, ...registrationIds],
  );
  return new Map(rows.map((row) => [row.id, Number(row.earlier) + Number(row.tied)]));
}
