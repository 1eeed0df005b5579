import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVE_REGISTRATION_STATUSES,
  type Registration,
  type RegistrationPage,
  type RegistrationStatus,
} from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { anonymiseAuditEntries } from '../audit/audit-retention';
import { audit } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { contactOfRegistration } from '../contacts/registration-contacts';
import { EventEntity } from '../events/event.entity';
import { JobQueue } from '../jobs/job-queue';
import { OrganisationService } from '../organisation/organisation.service';
import type { RegistrationInputDto } from './dto/registration-input.dto';
import type { RegistrationListQueryDto } from './dto/registration-list-query.dto';
import type { RegistrationUpdateDto } from './dto/registration-update.dto';
import { LinkTokenEntity } from '../links/link-token.entity';
import { anonymised, consentsChanged } from './personal-data';
import { RegistrationEntity } from './registration.entity';
import { toRegistration } from './registration.mapper';
import { listRegistrations } from './registration-list';
import { queueRegistrationMail } from './registration-messages';
import { SeatTransaction } from './seat-transaction';
import { registrationEvent } from '../webhooks/webhook-emitter';
import { waitlistPositions } from './wait-list';
import { RegistrationIntake } from './registration-intake';
import { searchText } from './registration-fields';

/**
 * What a change decided, as the transaction that made it saw it: the registration, and whom a freed seat went to.
 * Messages (confirmation, wait list, promotion) are queued from this in the same transaction.
 */
export interface RegistrationChange {
  event: EventEntity;
  registration: RegistrationEntity;
  promoted: RegistrationEntity[];
}

export interface RegisterOptions {
  manager?: EntityManager;
  /** An accepted guest invitation: the person takes the seat it held. */
  invitationId?: string;
}

@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: SeatTransaction,
    private readonly jobs: JobQueue,
    private readonly organisation: OrganisationService,
    private readonly intake: RegistrationIntake,
  ) {}

  /**
   * In the caller's transaction (`options.manager`), or from the public form by group commit with the other
   * requests for the event that arrive meanwhile (RegistrationIntake, decision 0025).
   */
  async register(
    eventId: string,
    input: RegistrationInputDto,
    options: RegisterOptions = {},
  ): Promise<Registration> {
    if (!options.manager) {
      const at = this.intake.arrival();
      return this.intake.submit(eventId, { input, invitationId: options.invitationId, at });
    }
    const change = await this.decideRegistration(options.manager, eventId, input, options);
    return this.answer(change.registration, options.manager);
  }

  /** Runs in the caller's transaction; takes a seat, a place on the wait list, or a pending review. */
  async decideRegistration(
    manager: EntityManager,
    eventId: string,
    input: RegistrationInputDto,
    options: RegisterOptions = {},
  ): Promise<RegistrationChange> {
    const request = { input, invitationId: options.invitationId, at: this.intake.arrival() };
    const { event, outcomes, promoted } = await this.intake.decide(manager, eventId, [request]);
    const [outcome] = outcomes;
    if (outcome instanceof DomainError) throw outcome;
    return { event: event as EventEntity, registration: outcome, promoted };
  }

  /** A pending registration gets a seat, or a place on the wait list when there is none for its sector. */
  async approve(id: string): Promise<Registration> {
    const change = await this.change(id, async (manager, event, registration) => {
      const refused = await this.seats.approve(manager, event, registration);
      if (refused) throw new DomainError(refused);
      return [];
    });
    return this.answer(change.registration);
  }

  /** Rejection frees the seat only of a confirmed registration; the wait list moves up into it. */
  async reject(id: string): Promise<Registration> {
    const change = await this.change(id, async (manager, event, registration) => {
      const heldSeat = registration.status === 'confirmed';
      const refused = await this.seats.reject(manager, registration);
      if (refused) throw new DomainError(refused);
      return heldSeat ? this.seats.promote(manager, event) : [];
    });
    return this.answer(change.registration);
  }

  /**
   * The person's own cancellation: their place frees and goes to the wait list, and they are told (with a CANCEL
   * for the REQUEST their calendar holds, if it holds one). A second cancellation answers the first's result.
   * `erase` also replaces their personal data now and withdraws every consent, keeping the row for the counts.
   */
  /**
   * `claim`, when given, runs first in the same transaction: a calendar reply's record (decision 0032), so that
   * the cancellation and the record of the message that asked for it commit together or not at all.
   */
  async cancel(
    id: string,
    { erase = false, claim }: { erase?: boolean; claim?: (manager: EntityManager) => Promise<void> } = {},
  ): Promise<Registration> {
    const change = await this.change(id, async (manager, event, registration) => {
      await claim?.(manager);
      if (registration.status === 'rejected' && !erase) throw new DomainError('REGISTRATION_NOT_ACTIVE');
      const heldSeat = registration.status === 'confirmed';
      if (isActive(registration.status)) {
        // Queued before the data is erased: the message goes to the address the person registered with.
        await queueRegistrationMail(this.jobs, manager, 'registration-cancelled', registration, {
          hadRequest: heldSeat,
        });
        registration.status = 'cancelled';
        registration.activeEmailKey = null;
        registration.queuedAt = null;
        await this.seats.emit(manager, [registrationEvent('registration.cancelled', registration)]);
      }
      const email = registration.email;
      if (erase) {
        const version = await this.organisation.privacyNoticeVersion(manager);
        Object.assign(registration, anonymised(registration.consents, new Date(), version));
      }
      await manager.save(registration);
      if (erase) {
        await manager.delete(LinkTokenEntity, { subjectType: 'registration', subjectId: id });
        await contactOfRegistration(manager, { kind: 'erased', emails: [email] });
        await anonymiseAuditEntries(manager, { registrationIds: [id], invitationIds: [] });
      }
      // By the person's own link: the only way here (decision 0036).
      audit(
        erase ? 'registration.erased' : 'registration.cancelled',
        { id, eventId: event.id, status: registration.status },
        { link: { type: 'registration', id }, withoutAddress: erase },
      );
      return heldSeat ? this.seats.promote(manager, event) : [];
    });
    return this.answer(change.registration);
  }

  /** What the person may change about themselves; not the e-mail (their identity here) nor the sector. */
  async update(id: string, patch: RegistrationUpdateDto): Promise<Registration> {
    const change = await this.change(id, async (manager, _event, registration) => {
      const { consents, ...fields } = patch;
      const followUpBefore = registration.consents.followUp?.given === true;
      for (const [field, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
        if (value !== undefined) Object.assign(registration, { [field]: value });
      }
      if (consents) {
        const version = await this.organisation.privacyNoticeVersion(manager);
        registration.consents = consentsChanged(registration.consents, consents, new Date(), version);
      }
      registration.searchText = searchText(registration);
      await manager.save(registration);
      await contactOfRegistration(manager, { kind: 'stored', registration, followUpBefore });
      audit(
        'registration.updated',
        { id, eventId: registration.eventId, fields: Object.keys(patch).join(',') },
        { link: { type: 'registration', id } },
      );
      return [];
    });
    return this.answer(change.registration);
  }

  async byId(id: string): Promise<Registration> {
    const registration = await this.dataSource.manager.findOneBy(RegistrationEntity, { id });
    if (!registration) throw new DomainError('REGISTRATION_NOT_FOUND');
    return this.answer(registration);
  }

  async list(eventId: string, query: RegistrationListQueryDto): Promise<RegistrationPage> {
    const exists = await this.dataSource.manager.existsBy(EventEntity, { id: eventId });
    if (!exists) throw new DomainError('EVENT_NOT_FOUND');
    return listRegistrations(this.dataSource.manager, eventId, query);
  }

  private async change(
    id: string,
    act: (
      manager: EntityManager,
      event: EventEntity,
      registration: RegistrationEntity,
    ) => Promise<RegistrationEntity[]>,
  ): Promise<RegistrationChange> {
    return this.seats.onRegistration(id, async (manager, event, registration) => {
      const promoted = await act(manager, event, registration);
      return { event, registration, promoted };
    });
  }

  /** Inside a caller's transaction, read through it: on SQLite anything else would wait for that transaction. */
  private async answer(
    registration: RegistrationEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Registration> {
    const positions = await waitlistPositions(
      manager,
      registration.eventId,
      registration.status === 'waitlisted' ? [registration.id] : [],
    );
    return toRegistration(registration, positions.get(registration.id) ?? null);
  }
}

function isActive(status: RegistrationStatus): boolean {
  return (ACTIVE_REGISTRATION_STATUSES as readonly RegistrationStatus[]).includes(status);
}
