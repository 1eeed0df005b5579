import type { Sector } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import type { HeldSeats } from '../seats/seat-holders';
import { InvitationEntity } from './invitation.entity';
import { HOLDS_SEAT } from './invitation-rules';

/**
 * The participant seats an event's invitations hold: a guest's, from the moment they are invited until they
 * answer or the invitation closes. Panelists, speakers and moderators sit on the panel, not in a seat.
 */
export async function seatsHeldByInvitations(manager: EntityManager, eventId: string): Promise<HeldSeats> {
  const rows: { sector: Sector | null; n: string | number }[] = await manager
    .createQueryBuilder(InvitationEntity, 'invitation')
    .select('invitation.sector', 'sector')
    .addSelect('COUNT(*)', 'n')
    .where('invitation.eventId = :eventId', { eventId })
    .andWhere('invitation.role = :role AND invitation.status = :status', HOLDS_SEAT)
    .groupBy('invitation.sector')
    .getRawMany();
  const held: HeldSeats = { total: 0, bySector: {} };
  for (const row of rows) {
    const count = Number(row.n);
    held.total += count;
    if (row.sector) held.bySector[row.sector] = count;
  }
  return held;
}
