import { REGISTRATION_STATUSES, SECTORS, type RegistrationStatus, type Sector } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import type { SeatCount } from './seat-allocation';

export type StatusCounts = Record<RegistrationStatus, number>;

export interface RegistrationCounts {
  byStatus: StatusCounts;
  bySector: Record<Sector, StatusCounts>;
}

/** Registrations of an event by status and sector, in one grouped query over the (eventId, status, sector) index. */
export async function countRegistrations(
  manager: EntityManager,
  eventId: string,
): Promise<RegistrationCounts> {
  const rows: { status: RegistrationStatus; sector: Sector; n: string | number }[] = await manager.query(
    'SELECT status, sector, COUNT(*) AS n FROM registrations WHERE eventId = ? GROUP BY status, sector',
    [eventId],
  );
  const counts: RegistrationCounts = {
    byStatus: zeros(),
    bySector: Object.fromEntries(SECTORS.map((sector) => [sector, zeros()])) as Record<Sector, StatusCounts>,
  };
  for (const row of rows) {
    const n = Number(row.n);
    counts.byStatus[row.status] += n;
    counts.bySector[row.sector][row.status] += n;
  }
  return counts;
}

export function confirmedSeats(counts: RegistrationCounts): SeatCount {
  return {
    total: counts.byStatus.confirmed,
    bySector: Object.fromEntries(SECTORS.map((sector) => [sector, counts.bySector[sector].confirmed])),
  };
}

/**
 * The event, locked for the rest of the transaction: everything that takes or frees a seat of this event queues
 * here, so its counts cannot change between reading and writing. MySQL/MariaDB lock the row; SQLite runs one
 * transaction at a time already (decision 0006), and a row lock is not a thing it has.
 */
export async function lockEvent(manager: EntityManager, eventId: string): Promise<EventEntity | null> {
  const builder = manager
    .getRepository(EventEntity)
    .createQueryBuilder('event')
    .where('event.id = :eventId', {
      eventId,
    });
  if (manager.connection.options.type !== 'better-sqlite3') builder.setLock('pessimistic_write');
  return builder.getOne();
}

/** Confirmed registrations checked in at the door (walk-ins included), in all and by sector. */
export async function countCheckedIn(manager: EntityManager, eventId: string): Promise<SeatCount> {
  const rows: { sector: Sector; n: string | number }[] = await manager.query(
    "SELECT sector, COUNT(*) AS n FROM registrations WHERE eventId = ? AND status = 'confirmed' AND checkedInAt IS NOT NULL GROUP BY sector",
    [eventId],
  );
  const count: SeatCount = { total: 0, bySector: {} };
  for (const row of rows) {
    count.bySector[row.sector] = Number(row.n);
    count.total += Number(row.n);
  }
  return count;
}

function zeros(): StatusCounts {
  return Object.fromEntries(REGISTRATION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}
