import { In, type EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import type { JobQueue } from '../jobs/job-queue';
import type { HeldSeats } from '../seats/seat-holders';
import { RegistrationEntity } from './registration.entity';
import { queuePromotions } from './registration-messages';
import { emitWebhooks, registrationEvent } from '../webhooks/webhook-emitter';
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
  await emitWebhooks(
    jobs,
    manager,
    promoted.map((registration) => registrationEvent('registration.confirmed', registration)),
  );
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

/**
 * Places in the wait list of registrations that joined it together (one batch of the intake, decision 0025):
 * they are the newest in the queue, so one statement reads the queue from the earliest of them to its end, in
 * order, with the count of the rows ahead of that earliest one; each place is that count and the row's rank.
 * The same places as `waitlistPositions` (by queuedAt, then id, one snapshot), without a count per row, which
 * grew with the batch times the queue. Any of them that the read missed (the earliest was promoted meanwhile)
 * is placed by `waitlistPositions`.
 */
export async function waitlistPositionsOfNewest(
  manager: EntityManager,
  eventId: string,
  registrations: readonly Pick<RegistrationEntity, 'id' | 'queuedAt'>[],
): Promise<Map<string, number>> {
  const queued = registrations.filter(
    (registration): registration is typeof registration & { queuedAt: Date } =>
      registration.queuedAt !== null,
  );
  if (queued.length <= 1)
    return waitlistPositions(
      manager,
      eventId,
      queued.map(({ id }) => id),
    );
  const first = queued.reduce((earliest, registration) => {
    const byTime = registration.queuedAt.getTime() - earliest.queuedAt.getTime();
    return byTime < 0 || (byTime === 0 && registration.id < earliest.id) ? registration : earliest;
  });
  const rows: { id: string; ahead: string | number }[] = await manager.query(
    `SELECT w.id,
       (SELECT COUNT(*) FROM registrations a
         WHERE a.eventId = f.eventId AND a.status = 'waitlisted'
           AND (a.queuedAt < f.queuedAt OR (a.queuedAt = f.queuedAt AND a.id < f.id))) AS ahead
     FROM registrations f
     JOIN registrations w ON w.eventId = f.eventId AND w.status = 'waitlisted'
       AND (w.queuedAt > f.queuedAt OR (w.queuedAt = f.queuedAt AND w.id >= f.id))
     WHERE f.id = ? AND f.eventId = ? AND f.status = 'waitlisted'
     ORDER BY w.queuedAt, w.id`,
    [first.id, eventId],
  );
  const positions = new Map(rows.map((row, index) => [row.id, Number(row.ahead) + index + 1]));
  const missed = queued.filter(({ id }) => !positions.has(id)).map(({ id }) => id);
  for (const [id, position] of await waitlistPositions(manager, eventId, missed)) positions.set(id, position);
  return positions;
}
