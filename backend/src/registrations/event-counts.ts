import {
  INVITATION_STATUSES,
  REGISTRATION_STATUSES,
  type EventCounts,
  type EventCountsById,
} from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';

/** Registrations and invitations by status for each of the events, in two grouped queries. */
export async function eventCounts(manager: EntityManager, eventIds: string[]): Promise<EventCountsById> {
  if (eventIds.length === 0) return {};
  const marks = eventIds.map(() => '?').join(', ');
  const known: { id: string }[] = await manager.query(
    `SELECT id FROM events WHERE id IN (${marks})`,
    eventIds,
  );
  const counts: EventCountsById = Object.fromEntries(known.map(({ id }) => [id, zeros()]));
  const registrations: { eventId: string; status: string; n: string | number }[] = await manager.query(
    `SELECT eventId, status, COUNT(*) AS n FROM registrations WHERE eventId IN (${marks}) GROUP BY eventId, status`,
    eventIds,
  );
  const invitations: { eventId: string; status: string; n: string | number }[] = await manager.query(
    `SELECT eventId, status, COUNT(*) AS n FROM invitations WHERE eventId IN (${marks}) GROUP BY eventId, status`,
    eventIds,
  );
  for (const row of registrations) {
    const of = counts[row.eventId]?.registrations as Record<string, number> | undefined;
    if (of && row.status in of) of[row.status] += Number(row.n);
  }
  for (const row of invitations) {
    const of = counts[row.eventId]?.invitations as Record<string, number> | undefined;
    if (of && row.status in of) of[row.status] += Number(row.n);
  }
  return counts;
}

function zeros(): EventCounts {
  return {
    registrations: Object.fromEntries(
      REGISTRATION_STATUSES.map((s) => [s, 0]),
    ) as EventCounts['registrations'],
    invitations: Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as EventCounts['invitations'],
  };
}
