import type { EventStatus, RegistrationMode, Sector } from '@roundtable/contracts';

/** Seats taken, in all and per sector. */
export interface SeatCount {
  total: number;
  bySector: Partial<Record<Sector, number>>;
}

export interface SeatRoom {
  capacity: number;
  quotas: Partial<Record<Sector, number>>;
  /** Confirmed registrations. */
  confirmed: SeatCount;
  /** Seats held by others (pending guest invitations), which no registration may take. */
  held: SeatCount;
}

export interface SeatRequest extends SeatRoom {
  status: EventStatus;
  mode: RegistrationMode;
  opensAt: Date | null;
  closesAt: Date | null;
  endsAt: Date;
  now: Date;
  sector: Sector;
  /** Through a guest invitation, whose seat has been held for this person since it was sent. */
  viaInvitation: boolean;
}

/** Why a registration is refused; each is a domain error code. */
export const REGISTRATION_REFUSALS = [
  'EVENT_NOT_FOUND',
  'EVENT_CANCELLED',
  'EVENT_PAST',
  'REGISTRATION_NOT_OPEN',
  'REGISTRATION_CLOSED',
  'INVITATION_REQUIRED',
] as const;
export type RegistrationRefusal = (typeof REGISTRATION_REFUSALS)[number];

export type SeatDecision = 'confirmed' | 'waitlisted' | 'pending' | RegistrationRefusal;

export function isRefusal(decision: SeatDecision): decision is RegistrationRefusal {
  return (REGISTRATION_REFUSALS as readonly string[]).includes(decision);
}

/**
 * What becomes of a registration (PRODUCT.md, "Seats", "Registration modes"). A draft does not exist for the
 * public (an invited guest has seen it); a cancelled or ended event takes nobody. An invited guest takes the seat held for them, whatever the
 * mode or the registration times. Otherwise the registration times apply, invite-only refuses, approval waits for
 * the organiser holding no seat, and open takes a free seat or joins the wait list.
 */
export function decideSeat(request: SeatRequest): SeatDecision {
  if (request.status === 'cancelled') return 'EVENT_CANCELLED';
  if (request.now >= request.endsAt) return 'EVENT_PAST';
  // Guests may be invited before the event is published; their invitation already showed it to them.
  if (request.viaInvitation) return 'confirmed';
  if (request.status === 'draft') return 'EVENT_NOT_FOUND';
  if (request.opensAt && request.now < request.opensAt) return 'REGISTRATION_NOT_OPEN';
  if (request.closesAt && request.now >= request.closesAt) return 'REGISTRATION_CLOSED';
  if (request.mode === 'invite-only') return 'INVITATION_REQUIRED';
  if (request.mode === 'approval') return 'pending';
  return allocateSeat(request, request.sector);
}

/**
 * A seat for someone of `sector`: confirmed while confirmed plus held seats stay within the capacity and within
 * the sector's quota; wait-listed otherwise, even when other sectors' seats are free.
 */
export function allocateSeat(room: SeatRoom, sector: Sector): 'confirmed' | 'waitlisted' {
  if (room.confirmed.total + room.held.total >= room.capacity) return 'waitlisted';
  const quota = room.quotas[sector];
  const taken = (room.confirmed.bySector[sector] ?? 0) + (room.held.bySector[sector] ?? 0);
  if (quota !== undefined && taken >= quota) return 'waitlisted';
  return 'confirmed';
}

/**
 * Whether seats can be held now for guests invited at once, one after another as `allocateSeat` would confirm
 * them: confirmed and held seats never exceed the capacity or a sector's quota (PRODUCT.md, "Seats"). A guest
 * without a sector counts against the capacity only.
 */
export function guestsFit(room: SeatRoom, sectors: readonly (Sector | null)[]): boolean {
  const held: SeatCount = { total: room.held.total, bySector: { ...room.held.bySector } };
  for (const sector of sectors) {
    if (room.confirmed.total + held.total >= room.capacity) return false;
    if (sector) {
      if (allocateSeat({ ...room, held }, sector) !== 'confirmed') return false;
      held.bySector[sector] = (held.bySector[sector] ?? 0) + 1;
    }
    held.total += 1;
  }
  return true;
}

export interface QueuedRegistration {
  id: string;
  sector: Sector;
}

/**
 * Who leaves the wait list now: going down the queue in order, everyone whose sector still has room while seats
 * are free. A person whose sector is full keeps their place; someone behind them from another sector may pass.
 */
export function promoteFromWaitList(room: SeatRoom, queue: readonly QueuedRegistration[]): string[] {
  const confirmed: SeatCount = { total: room.confirmed.total, bySector: { ...room.confirmed.bySector } };
  const promoted: string[] = [];
  for (const person of queue) {
    if (confirmed.total + room.held.total >= room.capacity) break;
    if (allocateSeat({ ...room, confirmed }, person.sector) !== 'confirmed') continue;
    promoted.push(person.id);
    confirmed.total += 1;
    confirmed.bySector[person.sector] = (confirmed.bySector[person.sector] ?? 0) + 1;
  }
  return promoted;
}

/**
 * Whether anyone on the wait list could be promoted now: some sector with people waiting still has room. When
 * not, the queue need not be read at all; with one sector's quota full, every registration from another sector
 * would otherwise read the whole wait list to promote nobody.
 */
export function anyPromotable(room: SeatRoom, waitingBySector: Partial<Record<Sector, number>>): boolean {
  return (Object.entries(waitingBySector) as [Sector, number][]).some(
    ([sector, waiting]) => waiting > 0 && allocateSeat(room, sector) === 'confirmed',
  );
}
