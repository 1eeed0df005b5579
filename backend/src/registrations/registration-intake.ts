import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Registration } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { together } from '../database/together';
import { contactOfRegistration } from '../contacts/registration-contacts';
import type { EventEntity } from '../events/event.entity';
import { ForegroundLoad } from '../jobs/foreground-load';
import { OrganisationService } from '../organisation/organisation.service';
import type { RegistrationInputDto } from './dto/registration-input.dto';
import { consentsGiven, emailKey, searchText } from './registration-fields';
import { insertRegistrations } from './registration-insert';
import { RegistrationEntity } from './registration.entity';
import { toRegistration } from './registration.mapper';
import {
  decideSeat,
  isRefusal,
  type RegistrationRefusal,
  type SeatCount,
  type SeatDecision,
} from './seat-allocation';
import { lockEvent } from './seat-counts';
import { SeatTransaction, type EventRoom } from './seat-transaction';
import { waitlistPositionsOfNewest } from './wait-list';
import { createdEvents } from '../webhooks/webhook-emitter';

/** One person asking for a place. */
export interface RegistrationRequest {
  input: RegistrationInputDto;
  /** An accepted guest invitation: the person takes the seat it held. */
  invitationId?: string;
  /**
   * When the request arrived (`RegistrationIntake.arrival`), before it waited for the event: the registration's
   * time (created, queued on the wait list, consents given) and the time the registration window is judged at.
   */
  at: Date;
}

/** What became of each request: its stored registration, or why it was refused. */
export type RegistrationOutcome = RegistrationEntity | DomainError;

export interface IntakeResult {
  /** Null when the event does not exist. */
  event: EventEntity | null;
  /** In the order of the requests. */
  outcomes: RegistrationOutcome[];
  /** Whom the wait list gave a seat that had been freed before these requests came. */
  promoted: RegistrationEntity[];
}

/**
 * Most requests decided in one transaction (decision 0025). Their rows are a few hundred bytes each; the bound is
 * on the time the event stays locked and on the size of the statements.
 */
export const MAX_BATCH = 100;

interface Waiting {
  request: RegistrationRequest;
  resolve: (registration: Registration) => void;
  reject: (error: unknown) => void;
}

/**
 * New registrations (PRODUCT.md, "Seats"), decided by group commit (decision 0025). Requests for one event that
 * arrive while a transaction for that event runs wait here, and the next transaction takes all of them: it locks
 * the event once, counts the room once, decides each request in the order they came exactly as one transaction
 * per request would, writes every row in multi-row inserts and commits once; then each request is answered on
 * its own. A refusal (a closed event, an address registered already) answers only its request; a failure of the
 * whole transaction (a database error) has each request tried again alone, so one bad request fails no other.
 *
 * Only the waiting is in this process; the decision is the database's: the event's row lock is still taken, so
 * several instances registering for one event still queue on it, and counts are read under it.
 */
@Injectable()
export class RegistrationIntake {
  private readonly queues = new Map<string, Waiting[]>();
  private lastArrival = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatTransaction,
    private readonly organisation: OrganisationService,
    private readonly load: ForegroundLoad,
  ) {}

  /**
   * The time of a request arriving now: the clock, or a millisecond after the previous request's time when the
   * clock has not moved on since. The wait list is in the order of these times (then ids): without the step, the
   * people of one batch who came in the same millisecond would queue in the order of their random ids. So,
   * within this instance, strictly first come, first served.
   */
  arrival(): Date {
    this.lastArrival = Math.max(Date.now(), this.lastArrival + 1);
    return new Date(this.lastArrival);
  }

  /** A request from the public form, decided with the others waiting for the same event. */
  submit(eventId: string, request: RegistrationRequest): Promise<Registration> {
    // The mail dispatcher holds back while people register (decision 0025).
    const answered = this.load.arrived();
    return new Promise<Registration>((resolve, reject) => {
      const queue = this.queues.get(eventId);
      if (queue) {
        queue.push({ request, resolve, reject });
        return;
      }
      const fresh = [{ request, resolve, reject }];
      this.queues.set(eventId, fresh);
      void this.drain(eventId, fresh);
    }).finally(() => answered());
  }

  /**
   * Decides `requests` in the caller's transaction, in their order: takes the event's lock, reads the room once,
   * and stores every registration that is not refused, with its contact and its message.
   */
  async decide(
    manager: EntityManager,
    eventId: string,
    requests: readonly RegistrationRequest[],
  ): Promise<IntakeResult> {
    // Statements that do not depend on each other are sent together (see `together`). The notice's version
    // needs no lock: the one in force in this transaction is the one these consents agree to.
    const [version, event] = await together(
      () => this.organisation.privacyNoticeVersion(manager),
      () => lockEvent(manager, eventId),
    );
    if (!event) {
      return { event, outcomes: requests.map(() => new DomainError('EVENT_NOT_FOUND')), promoted: [] };
    }
    // Only once the lock is ours: counted before it, the room could be a transaction out of date.
    const [roomAtLock, taken] = await together(
      () => this.seats.room(manager, event),
      () =>
        activeKeys(
          manager,
          eventId,
          requests.map(({ input }) => emailKey(input.email)),
        ),
    );
    // What does not depend on the seats first: the event's state and times, and addresses registered already
    // (earlier in this batch too). A transaction that would store nothing changes nothing, not even the wait list.
    const outcomes: (RegistrationOutcome | null)[] = requests.map((request) => {
      const decision = decideSeat(seatRequest(event, roomAtLock, roomAtLock.confirmed, request));
      if (isRefusal(decision)) return new DomainError(decision);
      const key = emailKey(request.input.email);
      if (taken.has(key)) return new DomainError('ALREADY_REGISTERED');
      taken.add(key);
      return null;
    });
    if (outcomes.every((outcome) => outcome !== null)) return { event, outcomes, promoted: [] };

    let room = roomAtLock;
    let promoted: RegistrationEntity[] = [];
    if (room.waitlisted > 0 && room.confirmed.total + room.held.total < room.capacity) {
      // A seat freed by something that did not move the wait list up belongs to the queue, not to a newcomer.
      promoted = await this.seats.promote(manager, event, room.held);
      if (promoted.length > 0) room = await this.seats.room(manager, event);
    }
    // Each takes a seat, or not, as if the ones before it had committed on their own.
    const confirmed: SeatCount = { total: room.confirmed.total, bySector: { ...room.confirmed.bySector } };
    const created: RegistrationEntity[] = [];
    requests.forEach((request, index) => {
      if (outcomes[index] !== null) return;
      const decision = decideSeat(seatRequest(event, room, confirmed, request));
      if (isRefusal(decision)) {
        outcomes[index] = new DomainError(decision);
        return;
      }
      const registration = newRegistration(manager, event, request, decision, version);
      if (decision === 'confirmed') {
        confirmed.total += 1;
        confirmed.bySector[request.input.sector] = (confirmed.bySector[request.input.sector] ?? 0) + 1;
      }
      outcomes[index] = registration;
      created.push(registration);
    });
    await together(
      () => insertRegistrations(manager, created),
      () => contactOfRegistration(manager, { kind: 'created', registrations: created }),
      () => this.seats.queueStatusMails(manager, created),
      () => this.seats.emit(manager, createdEvents(created)),
    );
    return { event, outcomes: outcomes as RegistrationOutcome[], promoted };
  }

  /** Runs batches for one event, one after another, until nobody waits; then the event's queue is gone. */
  private async drain(eventId: string, queue: Waiting[]): Promise<void> {
    while (queue.length > 0) {
      // One turn of the event loop first, so that requests already received join: on SQLite the transaction
      // never waits for I/O, and without this turn no request would arrive while one runs.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.splice(0, MAX_BATCH);
      // `run` settles every request itself; should it ever throw, nobody is left waiting, and the queue goes on.
      await this.run(eventId, batch).catch((error: unknown) => batch.forEach(({ reject }) => reject(error)));
    }
    this.queues.delete(eventId);
  }

  /** One transaction for `batch`, then each answered; never throws (every request is settled). */
  private async run(eventId: string, batch: Waiting[]): Promise<void> {
    let result: IntakeResult;
    try {
      result = await this.seats.run((manager) =>
        this.decide(
          manager,
          eventId,
          batch.map(({ request }) => request),
        ),
      );
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // Which request the database refused is not known: each alone, so that one fails no other.
      for (const waiting of batch) await this.run(eventId, [waiting]);
      return;
    }
    const stored = result.outcomes.filter((outcome) => outcome instanceof RegistrationEntity);
    let positions: Map<string, number>;
    try {
      positions = await waitlistPositionsOfNewest(
        this.dataSource.manager,
        eventId,
        stored.filter(({ status }) => status === 'waitlisted'),
      );
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, index) => {
      const outcome = result.outcomes[index];
      if (outcome instanceof DomainError) reject(outcome);
      else resolve(toRegistration(outcome, positions.get(outcome.id) ?? null));
    });
  }
}

/** Which of these addresses have an active registration for the event (over the unique index). */
async function activeKeys(manager: EntityManager, eventId: string, keys: string[]): Promise<Set<string>> {
  const rows = await manager.find(RegistrationEntity, {
    select: { id: true, activeEmailKey: true },
    where: { eventId, activeEmailKey: In([...new Set(keys)]) },
  });
  return new Set(rows.map((row) => row.activeEmailKey).filter((key) => key !== null));
}

function seatRequest(
  event: EventEntity,
  room: EventRoom,
  confirmed: SeatCount,
  request: RegistrationRequest,
) {
  return {
    ...room,
    confirmed,
    status: event.status,
    mode: event.registrationMode,
    opensAt: event.registrationOpensAt,
    closesAt: event.registrationClosesAt,
    endsAt: event.endsAt,
    now: request.at,
    sector: request.input.sector,
    viaInvitation: request.invitationId !== undefined,
  };
}

/** The registration as stored, every column given (nothing is read back). */
function newRegistration(
  manager: EntityManager,
  event: EventEntity,
  { input, invitationId, at }: RegistrationRequest,
  status: Exclude<SeatDecision, RegistrationRefusal>,
  privacyNoticeVersion: string,
): RegistrationEntity {
  return manager.create(RegistrationEntity, {
    id: randomUUID(),
    eventId: event.id,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    activeEmailKey: emailKey(input.email),
    organization: input.organization,
    position: input.position ?? null,
    sector: input.sector,
    municipality: input.municipality ?? null,
    phone: input.phone ?? null,
    accessibilityNeeds: input.accessibilityNeeds ?? null,
    searchText: searchText(input),
    language: input.language ?? event.language,
    consents: consentsGiven(input.consents, at, privacyNoticeVersion),
    status,
    queuedAt: status === 'waitlisted' ? at : null,
    invitationId: invitationId ?? null,
    checkedInAt: null,
    checkedInById: null,
    walkIn: false,
    createdAt: at,
    updatedAt: at,
  });
}
