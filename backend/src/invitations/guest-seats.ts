import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GuestRegistrationPrefill, Sector } from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { inTransaction } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import type { EventEntity } from '../events/event.entity';
import type { RegistrationEntity } from '../registrations/registration.entity';
import { RegistrationsService, type RegistrationChange } from '../registrations/registrations.service';
import { allocateSeat, guestsFit, type SeatRoom } from '../registrations/seat-allocation';
import { confirmedSeats, countRegistrations, lockEvent } from '../registrations/seat-counts';
import { promoteWaitList } from '../registrations/wait-list';
import { SeatHolders } from '../seats/seat-holders';
import type { GuestRegistrationDto } from './dto/guest-registration.dto';
import type { InvitationEntity } from './invitation.entity';
import { HOLDS_SEAT } from './invitation-rules';
import { splitName } from './name-split';

/**
 * The seat a guest invitation holds, from the side of invitations: it becomes the guest's registration when they
 * accept, and goes to the wait list when the invitation stops holding it (declined, handed on, revoked,
 * expired). Both happen in the transaction that changes the invitation, with the event locked, like every other
 * change of seats (see RegistrationsService).
 */
@Injectable()
export class GuestSeats {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    private readonly holders: SeatHolders,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * A transaction that may move seats. MySQL/MariaDB at READ COMMITTED, so that once the event's lock is ours
   * the counts read what the transaction before us committed, not a snapshot taken before we waited.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const isolation = this.dataSource.options.type === 'better-sqlite3' ? undefined : 'READ COMMITTED';
    return inTransaction(this.dataSource, work, isolation);
  }

  /** The event, locked for the rest of the transaction; call it before reading the invitation's status. */
  async lock(manager: EntityManager, eventId: string): Promise<EventEntity> {
    const event = await lockEvent(manager, eventId);
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return event;
  }

  /**
   * The guest takes the seat their invitation holds. Call it while the invitation is still pending in this
   * transaction, so the seat counts as held until the registration counts as confirmed: between the two, no
   * promotion can take it, and at commit both change at once. A guest who first answered "maybe" or "no" gave
   * the seat back; they may still accept while a seat for their sector is free, and otherwise the invitation is
   * closed to them (the public form, where open, puts them on the wait list).
   */
  async accept(
    manager: EntityManager,
    invitation: InvitationEntity,
    input: GuestRegistrationDto,
    heldSeat: boolean,
  ): Promise<RegistrationChange> {
    if (!heldSeat && !(await this.hasFreeSeat(manager, invitation.eventId, input.sector))) {
      throw new DomainError('INVITATION_CLOSED');
    }
    return this.registrations.decideRegistration(
      manager,
      invitation.eventId,
      { ...input, email: invitation.email, language: input.language ?? invitation.language },
      { invitationId: invitation.id },
    );
  }

  /**
   * Seats for guests about to be invited, within the capacity and the sectors' quotas (PRODUCT.md, "Seats");
   * otherwise the organiser raises them first. Call it with the event locked, before the invitations are stored.
   */
  async assertRoomFor(manager: EntityManager, event: EventEntity, sectors: (Sector | null)[]): Promise<void> {
    if (!guestsFit(await this.room(manager, event), sectors)) throw new DomainError('NO_SEAT_FOR_GUEST');
  }

  private async hasFreeSeat(manager: EntityManager, eventId: string, sector: Sector): Promise<boolean> {
    const event = await this.lock(manager, eventId);
    // The wait list comes first: a free seat it can take is not free for someone who gave theirs back.
    await this.release(manager, event);
    return allocateSeat(await this.room(manager, event), sector) === 'confirmed';
  }

  private async room(manager: EntityManager, event: EventEntity): Promise<SeatRoom> {
    return {
      capacity: event.capacity,
      quotas: event.sectorQuotas,
      confirmed: confirmedSeats(await countRegistrations(manager, event.id)),
      held: await this.holders.held(manager, event.id),
    };
  }

  /** After the invitation stopped holding its seat in this transaction: the wait list moves up into it. */
  async release(manager: EntityManager, event: EventEntity): Promise<RegistrationEntity[]> {
    return promoteWaitList(manager, event, await this.holders.held(manager, event.id), this.jobs);
  }
}

/** Whether this invitation holds a participant seat now. */
export function holdsSeat(invitation: Pick<InvitationEntity, 'role' | 'status'>): boolean {
  return invitation.role === HOLDS_SEAT.role && invitation.status === HOLDS_SEAT.status;
}

/** What the guest's registration form starts with; null for the panel's roles, who do not register. */
export function guestPrefill(invitation: InvitationEntity): GuestRegistrationPrefill | null {
  if (invitation.role !== HOLDS_SEAT.role) return null;
  return {
    ...splitName(invitation.name),
    email: invitation.email,
    organization: invitation.organization,
    position: invitation.position,
    sector: invitation.sector,
    language: invitation.language,
  };
}
