import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INVITATION_LIMITS,
  type BulkInvitationResult,
  type FieldError,
  type Invitation,
  type Page,
  type SentDrafts,
  type Speaker,
} from '@roundtable/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CalendarHolders } from '../calendar/calendar-holders';
import { InjectConfig } from '../common/config.token';
import { DomainError, validationFailed } from '../common/domain-error';
import { toFieldErrors, validationOptions } from '../common/validation';
import type { AppConfig } from '../config/config';
import { EventEntity } from '../events/event.entity';
import { parseEventTime } from '../events/event-time';
import { EventsService } from '../events/events.service';
import { JobQueue } from '../jobs/job-queue';
import type { UserEntity } from '../users/user.entity';
import { InvitationInputDto, type BulkInvitationDto } from './dto/invitation-input.dto';
import { readInvitationCsv } from './invitation-csv';
import { invitationSubject } from './invitation-mail';
import { InvitationEntity } from './invitation.entity';
import { toInvitation, toSpeaker } from './invitation.mapper';
import { partstatOf } from '../calendar/itip-rules';
import { calendarStanding, HOLDING_STATUSES, HOLDS_SEAT, isOpen } from './invitation-rules';
import { SeatHolders } from '../seats/seat-holders';
import { seatsHeldByInvitations } from './invitation-seats';
import { GuestSeats, holdsSeat } from './guest-seats';

const MAX_BULK_ROWS = INVITATION_LIMITS.bulkRows;

@Injectable()
export class InvitationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly holders: CalendarHolders,
    private readonly seats: SeatHolders,
    private readonly events: EventsService,
    private readonly guests: GuestSeats,
  ) {}

  onModuleInit(): void {
    this.seats.register((manager, eventId) => seatsHeldByInvitations(manager, eventId));
    // Invitees hold the event in their calendar from the first REQUEST until they decline or lose the invitation.
    this.holders.register(async (manager, eventId) => {
      const invitations = await manager.findBy(InvitationEntity, { eventId, status: In(HOLDING_STATUSES) });
      return invitations.map((invitation) => ({
        key: `invitation:${invitation.id}`,
        email: invitation.email,
        name: invitation.name,
        language: invitation.language,
        status: partstatOf(calendarStanding(invitation.status)),
        subject: invitationSubject(invitation),
      }));
    });
  }

  async invite(eventId: string, input: InvitationInputDto, actor: UserEntity): Promise<Invitation> {
    const [created] = await this.create(eventId, [input], actor);
    return created;
  }

  /**
   * Many invitations at once, from rows or a CSV. Every row is checked first; one bad row creates nothing and
   * the answer names each bad row and field (`rows.3.email`), so the organiser fixes the sheet and sends again.
   */
  async inviteMany(
    eventId: string,
    body: BulkInvitationDto,
    actor: UserEntity,
  ): Promise<BulkInvitationResult> {
    const { rows, errors } = await this.readRows(body);
    if (errors.length > 0) throw validationFailed(errors);
    const items = await this.create(eventId, rows, actor, { bulk: true });
    return { items, total: items.length };
  }

  async list(eventId: string): Promise<Page<Invitation>> {
    const event = await this.event(this.dataSource.manager, eventId);
    const invitations = await this.dataSource
      .getRepository(InvitationEntity)
      .find({ where: { eventId }, order: { createdAt: 'ASC', name: 'ASC' } });
    const deliveries = await this.jobs.deliveryOf(
      'invitation',
      invitations.map((invitation) => invitation.id),
      ['invitation'],
    );
    const byId = new Map(invitations.map((invitation) => [invitation.id, invitation]));
    const items = invitations.map((invitation) =>
      toInvitation(invitation, event.timezone, {
        delivery: deliveries.get(invitation.id) ?? null,
        delegatedTo: invitation.delegatedToId ? byId.get(invitation.delegatedToId) : null,
      }),
    );
    return { items, total: items.length };
  }

  async resend(id: string): Promise<Invitation> {
    return this.organiserAction(id, async (manager, invitation) => {
      const sent = await this.jobs.count(manager, 'invitation', invitationSubject(invitation));
      await this.queueInvitation(manager, invitation, sent + 1);
    });
  }

  async remind(id: string): Promise<Invitation> {
    return this.organiserAction(id, async (manager, invitation) => {
      // Keyed by the reminders already finished: clicks while one waits to go out queue nothing more, and a
      // click after it went out reminds again.
      const finished = await this.jobs.count(manager, 'invitation-reminder', invitationSubject(invitation), [
        'done',
        'superseded',
        'failed',
      ]);
      await this.jobs.mail(manager, 'invitation-reminder', {
        dedupeKey: `invitation:${invitation.id}:reminder:manual:after:${finished}`,
        eventId: invitation.eventId,
        subject: invitationSubject(invitation),
        to: { email: invitation.email, name: invitation.name },
        language: invitation.language,
        payload: {},
      });
    });
  }

  async revoke(id: string): Promise<Invitation> {
    return this.organiserAction(
      id,
      async (manager, invitation) => {
        const heldSeat = holdsSeat(invitation);
        const wasDraft = invitation.status === 'draft';
        invitation.status = 'revoked';
        await manager.save(invitation);
        // A draft was never sent: nobody to tell.
        if (wasDraft) return;
        if (heldSeat) await this.guests.release(manager, await this.guests.lock(manager, invitation.eventId));
        await this.jobs.mail(manager, 'invitation-revoked', {
          dedupeKey: `invitation:${invitation.id}:revoked`,
          eventId: invitation.eventId,
          subject: invitationSubject(invitation),
          to: { email: invitation.email, name: invitation.name },
          language: invitation.language,
          payload: {},
        });
      },
      { drafts: true },
    );
  }

  /**
   * Sends a draft invitation (one copied into the next event of a series): it becomes pending and its e-mail is
   * queued, exactly as a new invitation's. The conditional update decides between two clicks at once.
   */
  async send(id: string): Promise<Invitation> {
    return this.organiserAction(
      id,
      async (manager, invitation) => {
        if (invitation.status !== 'draft') throw new DomainError('INVITATION_NOT_DRAFT');
        await this.sendDraft(manager, invitation);
      },
      { drafts: true },
    );
  }

  /** Sends every draft invitation of the event; a draft whose person was invited meanwhile stays a draft. */
  async sendDrafts(eventId: string): Promise<SentDrafts> {
    return this.guests.transaction(async (manager) => {
      const event = await this.event(manager, eventId);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const drafts = await manager.find(InvitationEntity, {
        where: { eventId, status: 'draft' },
        order: { createdAt: 'ASC', name: 'ASC' },
      });
      let sent = 0;
      for (const invitation of drafts) {
        if (await this.sendDraft(manager, invitation, { skipInvited: true })) sent++;
      }
      return { sent };
    });
  }

  private async sendDraft(
    manager: EntityManager,
    invitation: InvitationEntity,
    options: { skipInvited?: boolean } = {},
  ): Promise<boolean> {
    const open = await manager.countBy(InvitationEntity, {
      eventId: invitation.eventId,
      email: invitation.email,
      status: In(HOLDING_STATUSES),
    });
    if (open > 0) {
      if (options.skipInvited) return false;
      throw new DomainError('ALREADY_INVITED');
    }
    const { affected } = await manager.update(
      InvitationEntity,
      { id: invitation.id, status: 'draft' },
      { status: 'pending' },
    );
    if (!affected) {
      if (options.skipInvited) return false;
      throw new DomainError('INVITATION_NOT_DRAFT');
    }
    invitation.status = 'pending';
    await this.queueInvitation(manager, invitation, 1);
    return true;
  }

  /** The panel as the public sees it: accepted panelists, speakers and moderators who agreed to be named. */
  async speakers(idOrSlug: string, viewer?: UserEntity): Promise<Speaker[]> {
    const event = await this.events.find(idOrSlug, viewer);
    const invitations = await this.dataSource.getRepository(InvitationEntity).find({
      where: {
        eventId: event.id,
        status: 'accepted',
        publishName: true,
        role: In(['panelist', 'speaker', 'moderator']),
      },
      order: { role: 'ASC', name: 'ASC' },
    });
    return invitations.map(toSpeaker);
  }

  /**
   * Creates invitations and queues their e-mails in one transaction (the caller's, when given). A person who
   * already has an open invitation is a 409 for a single invitation and a per-row error in a bulk one.
   */
  async create(
    eventId: string,
    inputs: InvitationInputDto[],
    actor: UserEntity | null,
    options: { manager?: EntityManager; bulk?: boolean } = {},
  ) {
    const guestSectors = inputs.flatMap((input) =>
      input.role === HOLDS_SEAT.role ? [input.sector ?? null] : [],
    );
    const run = async (tx: EntityManager) => {
      // Guests hold seats: the event is locked first, like every change of seats, so two invitations sent at
      // once cannot both take the last one.
      const event =
        guestSectors.length > 0 ? await this.guests.lock(tx, eventId) : await this.event(tx, eventId);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      const emails = inputs.map((input) => input.email.toLowerCase());
      const open = await tx.findBy(InvitationEntity, {
        eventId,
        email: In(emails),
        status: In(HOLDING_STATUSES),
      });
      const taken = new Set(open.map((invitation) => invitation.email));
      const duplicates: FieldError[] = emails.flatMap((email, index) =>
        taken.has(email) || emails.indexOf(email) !== index
          ? [{ field: `rows.${index}.email`, rule: 'alreadyInvited', message: `${email} is already invited` }]
          : [],
      );
      if (duplicates.length > 0 && !options.bulk) throw new DomainError('ALREADY_INVITED');
      if (duplicates.length > 0) throw validationFailed(duplicates);
      if (guestSectors.length > 0) await this.guests.assertRoomFor(tx, event, guestSectors);
      const now = new Date();
      const invitations = inputs.map((input) =>
        tx.create(InvitationEntity, {
          id: randomUUID(),
          eventId,
          email: input.email.toLowerCase(),
          name: input.name,
          role: input.role,
          organization: input.organization ?? null,
          position: input.position ?? null,
          sector: input.sector ?? null,
          language: input.language ?? event.language,
          message: input.message?.trim() || null,
          respondBy: input.respondBy ? parseEventTime(input.respondBy, event.timezone) : null,
          status: 'pending',
          invitedById: actor?.id ?? null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      // updateEntity(false): after a multi-row insert TypeORM merges the database's values back into the
      // objects by position, and SQLite may return the rows in another order, which swapped people's fields and
      // sent each invitee the other's link. These objects are complete as built; nothing needs merging.
      await tx
        .createQueryBuilder()
        .insert()
        .into(InvitationEntity)
        .values(invitations)
        .updateEntity(false)
        .execute();
      for (const invitation of invitations) await this.queueInvitation(tx, invitation, 1);
      return invitations.map((invitation) =>
        toInvitation(invitation, event.timezone, { delivery: queued() }),
      );
    };
    return options.manager ? run(options.manager) : this.guests.transaction(run);
  }

  async queueInvitation(manager: EntityManager, invitation: InvitationEntity, number: number): Promise<void> {
    await this.jobs.mail(manager, 'invitation', {
      dedupeKey: `invitation:${invitation.id}:sent:${number}`,
      eventId: invitation.eventId,
      subject: invitationSubject(invitation),
      to: { email: invitation.email, name: invitation.name },
      language: invitation.language,
      payload: {},
    });
  }

  private async organiserAction(
    id: string,
    act: (manager: EntityManager, invitation: InvitationEntity) => Promise<void>,
    options: { drafts?: boolean } = {},
  ): Promise<Invitation> {
    // A revocation frees a guest's seat and may promote someone: at the isolation that moving seats needs.
    await this.guests.transaction(async (manager) => {
      const invitation = await manager.findOneBy(InvitationEntity, { id });
      if (!invitation) throw new DomainError('INVITATION_NOT_FOUND');
      // A draft (never sent) may be sent or revoked; nothing else is done to one.
      const allowDraft = options.drafts && invitation.status === 'draft';
      if (!isOpen(invitation.status) && !allowDraft) throw new DomainError('INVITATION_CLOSED');
      const event = await this.event(manager, invitation.eventId);
      if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
      await act(manager, invitation);
    });
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id });
    const event = await this.event(this.dataSource.manager, invitation.eventId);
    const delivery = (await this.jobs.deliveryOf('invitation', [id], ['invitation'])).get(id) ?? null;
    return toInvitation(invitation, event.timezone, { delivery });
  }

  private async event(manager: EntityManager, id: string): Promise<EventEntity> {
    const event = await manager.findOneBy(EventEntity, { id });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return event;
  }

  private async readRows(
    body: BulkInvitationDto,
  ): Promise<{ rows: InvitationInputDto[]; errors: FieldError[] }> {
    const errors: FieldError[] = [];
    let raw: unknown[] = body.rows ?? [];
    if (body.csv !== undefined) {
      try {
        const csv = readInvitationCsv(body.csv);
        raw = csv.rows;
        for (const column of csv.unknownColumns) {
          errors.push({ field: 'csv', rule: 'unknownColumn', message: `unknown column "${column}"` });
        }
      } catch (error) {
        errors.push({
          field: 'csv',
          rule: 'csvSyntax',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (raw.length === 0 && errors.length === 0)
      errors.push({ field: 'rows', rule: 'arrayNotEmpty', message: 'no rows to invite' });
    if (raw.length > MAX_BULK_ROWS)
      errors.push({ field: 'rows', rule: 'arrayMaxSize', message: `at most ${MAX_BULK_ROWS} rows` });
    const rows = raw.map((row) =>
      plainToInstance(InvitationInputDto, {
        ...(body.respondBy ? { respondBy: body.respondBy } : {}),
        ...(body.message ? { message: body.message } : {}),
        ...(typeof row === 'object' && row !== null ? row : {}),
      }),
    );
    for (const [index, row] of rows.entries()) {
      errors.push(...toFieldErrors(await validate(row, validationOptions), `rows.${index}`));
    }
    return { rows, errors };
  }
}

function queued() {
  return { status: 'queued' as const, attempts: 0 };
}
