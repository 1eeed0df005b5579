import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INVITATION_LIMITS,
  PANELIST_CONSENTS,
  type GuestRegistrationPrefill,
  type AnswerChannel,
  type Invitation,
  type InvitationResponse,
} from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { DomainError, validationFailed } from '../common/domain-error';
import type { EventDto } from '../events/dto/event.dto';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { LinkTokensService } from '../links/link-tokens.service';
import { JobQueue } from '../jobs/job-queue';
import { emitWebhooks } from '../webhooks/webhook-emitter';
import { Storage, type OpenedFile } from '../storage/storage';
import { UserEntity } from '../users/user.entity';
import type { InvitationProfileDto, InvitationResponseDto } from './dto/invitation-input.dto';
import { InvitationEntity } from './invitation.entity';
import { invitationSubject } from './invitation-mail';
import { toInvitation } from './invitation.mapper';
import { canRespond, HOLDS_SEAT, statusAfter } from './invitation-rules';
import { GuestSeats, guestPrefill, holdsSeat } from './guest-seats';
import { InvitationsService } from './invitations.service';
import { reencodePhoto } from './photo-encoding';

/** What an upload may be, by its first bytes. */
const PHOTO_TYPES: { type: string; magic: (bytes: Buffer) => boolean }[] = [
  { type: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/webp',
    magic: (b) => b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP',
  },
];
/** What is kept, whatever was uploaded: reencodePhoto makes a JPEG. */
const PHOTO_CONTENT_TYPE = 'image/jpeg';
export const MAX_PHOTO_BYTES = INVITATION_LIMITS.photoBytes;

/** What an invitee does through the personal link in their e-mail: no account, the token is the key. */
@Injectable()
export class InvitationResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
    private readonly links: LinkTokensService,
    private readonly jobs: JobQueue,
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly guests: GuestSeats,
  ) {}

  async view(token: string): Promise<{
    invitation: Invitation;
    event: EventDto;
    registration: GuestRegistrationPrefill | null;
  }> {
    const invitation = await this.byToken(this.dataSource.manager, token);
    // Withdrawn: the link says so and shows nothing of the event, whose details may have changed since.
    if (invitation.status === 'revoked') throw new DomainError('INVITATION_REVOKED');
    const event = await this.events.byId(invitation.eventId);
    // Someone who handed the invitation on sees, later too, to whom.
    const delegatedTo = invitation.delegatedToId
      ? await this.dataSource.getRepository(InvitationEntity).findOneBy({ id: invitation.delegatedToId })
      : null;
    return {
      invitation: toInvitation(invitation, event.timezone, { delegatedTo }),
      event,
      registration: guestPrefill(invitation),
    };
  }

  async respond(token: string, answer: InvitationResponseDto): Promise<Invitation> {
    if (answer.deputy && answer.response !== 'declined') {
      throw validationFailed([
        { field: 'deputy', rule: 'deputyNeedsDecline', message: 'name a deputy only when declining' },
      ]);
    }
    const zone = await this.guests.transaction(async (manager) => {
      const { id } = await this.byToken(manager, token);
      return this.answer(manager, id, answer, 'page');
    });
    const saved = await this.byToken(this.dataSource.manager, token);
    return toInvitation(saved, zone);
  }

  /**
   * The answer the invitee gave in their calendar (Accept, Decline, Tentative: an iTIP REPLY read from the
   * ORGANIZER mailbox, decision 0032), recorded exactly as one given on the personal page. `claim` runs first in
   * the same transaction (it records the message, so that a second reading of it fails and changes nothing).
   */
  async respondFromCalendar(
    invitationId: string,
    response: InvitationResponse,
    claim: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.guests.transaction(async (manager) => {
      await claim(manager);
      await this.answer(manager, invitationId, { response }, 'calendar');
    });
  }

  /** Records an answer in the caller's transaction; returns the event's zone. */
  private async answer(
    manager: EntityManager,
    id: string,
    answer: InvitationResponseDto,
    via: AnswerChannel,
  ): Promise<string> {
    const { eventId } = await manager.findOneByOrFail(InvitationEntity, { id });
    // The event first, then the invitation read again under its lock: expiry or a revocation may just have closed it.
    const event = await this.guests.lock(manager, eventId);
    const invitation = await manager.findOneByOrFail(InvitationEntity, { id });
    if (event.status === 'cancelled') throw new DomainError('EVENT_CANCELLED');
    if (!canRespond(invitation.status)) throw new DomainError('INVITATION_CLOSED');
    checkGuestAnswer(invitation, answer);
    const heldSeat = holdsSeat(invitation);
    if (answer.deputy?.email === invitation.email) {
      throw validationFailed([
        { field: 'deputy.email', rule: 'deputyIsSelf', message: 'the deputy must be someone else' },
      ]);
    }
    invitation.status = statusAfter(answer.response, answer.deputy !== undefined);
    invitation.responseComment = answer.comment?.trim() || null;
    invitation.respondedAt = new Date();
    invitation.respondedVia = via;
    const registration = invitation.status === 'accepted' ? answer.registration : undefined;
    if (registration) await this.guests.accept(manager, invitation, registration, heldSeat);
    if (answer.deputy) {
      // Stored first, so that a guest's seat is free when the deputy's invitation takes it.
      await manager.save(invitation);
      const [deputy] = await this.invitations.create(
        invitation.eventId,
        [
          {
            email: answer.deputy.email,
            name: answer.deputy.name,
            role: invitation.role,
            organization: invitation.organization ?? undefined,
            sector: invitation.sector ?? undefined,
            language: invitation.language,
            message: invitation.message ?? undefined,
            respondBy: invitation.respondBy?.toISOString(),
          },
        ],
        null,
        { manager },
      );
      invitation.delegatedToId = deputy.id;
      await manager.update(
        InvitationEntity,
        { id: deputy.id },
        { delegatedFromId: invitation.id, invitedById: invitation.invitedById },
      );
    }
    await manager.save(invitation);
    if (heldSeat && !holdsSeat(invitation)) await this.guests.release(manager, event);
    await this.queueAnswerMail(manager, invitation, event, answer.deputy?.name ?? null, !!registration);
    await emitWebhooks(this.jobs, manager, [
      {
        type: 'invitation.answered',
        data: {
          invitationId: invitation.id,
          eventId: invitation.eventId,
          role: invitation.role,
          status: invitation.status,
          sector: invitation.sector,
          respondedAt: (invitation.respondedAt as Date).toISOString(),
        },
      },
    ]);
    audit(
      `invitation.${invitation.status}`,
      { id: invitation.id, eventId: invitation.eventId, role: invitation.role, deputy: !!answer.deputy, via },
      { link: { type: 'invitation', id: invitation.id } },
    );
    return event.timezone;
  }

  async updateProfile(token: string, profile: InvitationProfileDto): Promise<Invitation> {
    const invitation = await this.byToken(this.dataSource.manager, token);
    if (invitation.status !== 'accepted' && invitation.status !== 'tentative')
      throw new DomainError('INVITATION_NOT_ACCEPTED');
    Object.assign(invitation, {
      bio: profile.bio?.trim() || null,
      publishName: profile.publishName,
      publishPhoto: profile.publishPhoto,
      consentVersion: PANELIST_CONSENTS.version,
      consentedAt: new Date(),
    });
    await this.dataSource.getRepository(InvitationEntity).save(invitation);
    audit(
      'invitation.profile-updated',
      { id: invitation.id, eventId: invitation.eventId, publishName: profile.publishName },
      { link: { type: 'invitation', id: invitation.id } },
    );
    const event = await this.dataSource
      .getRepository(EventEntity)
      .findOneByOrFail({ id: invitation.eventId });
    return toInvitation(invitation, event.timezone);
  }

  async savePhoto(token: string, file: { buffer: Buffer; size: number } | undefined): Promise<Invitation> {
    const invitation = await this.byToken(this.dataSource.manager, token);
    if (invitation.status !== 'accepted' && invitation.status !== 'tentative')
      throw new DomainError('INVITATION_NOT_ACCEPTED');
    // The declared content type is the browser's guess; the first bytes are the truth.
    const kind =
      file && file.size <= MAX_PHOTO_BYTES ? PHOTO_TYPES.find((type) => type.magic(file.buffer)) : undefined;
    const photo = file && kind ? await reencodePhoto(file.buffer) : null;
    if (!photo) throw new DomainError('INVALID_PHOTO');
    const stored = await this.storage.put(photo, { contentType: PHOTO_CONTENT_TYPE });
    const previous = invitation.photoKey;
    invitation.photoKey = stored.key;
    try {
      await this.dataSource.getRepository(InvitationEntity).save(invitation);
    } catch (error) {
      await this.storage.remove(stored.key);
      throw error;
    }
    if (previous) await this.storage.remove(previous);
    audit(
      'invitation.photo-updated',
      { id: invitation.id, eventId: invitation.eventId },
      { link: { type: 'invitation', id: invitation.id } },
    );
    const event = await this.dataSource
      .getRepository(EventEntity)
      .findOneByOrFail({ id: invitation.eventId });
    return toInvitation(invitation, event.timezone);
  }

  /** A photo, only while its owner has agreed to publish it. */
  async photo(id: string): Promise<{ file: OpenedFile; type: string }> {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOneBy({ id });
    if (!invitation?.photoKey || !invitation.publishPhoto || invitation.status !== 'accepted') {
      throw new DomainError('PHOTO_NOT_FOUND');
    }
    const file = await this.storage.open(invitation.photoKey);
    if (!file) throw new DomainError('PHOTO_NOT_FOUND');
    return { file, type: PHOTO_CONTENT_TYPE };
  }

  private async byToken(manager: EntityManager, token: string): Promise<InvitationEntity> {
    const id = await this.links.resolve('invitation', token, manager);
    const invitation = id ? await manager.findOneBy(InvitationEntity, { id }) : null;
    if (!invitation) throw new DomainError('INVITATION_NOT_FOUND');
    return invitation;
  }

  /**
   * The invitee gets a confirmation (with the calendar updated or cleared); the organiser learns the answer. A
   * guest who accepted by registering gets only the registration's confirmation, queued with the registration:
   * it says the answer was recorded and carries the one REQUEST, the QR code and the manage link (decision 0014).
   */
  private async queueAnswerMail(
    manager: EntityManager,
    invitation: InvitationEntity,
    event: EventEntity,
    deputyName: string | null,
    registered: boolean,
  ): Promise<void> {
    const answeredAt = (invitation.respondedAt as Date).getTime();
    if (!registered) {
      await this.jobs.mail(manager, 'invitation-answer', {
        dedupeKey: `invitation:${invitation.id}:answer:${answeredAt}`,
        eventId: invitation.eventId,
        subject: invitationSubject(invitation),
        to: { email: invitation.email, name: invitation.name },
        language: invitation.language,
        payload: { answeredAt, deputyName },
      });
    }
    const organiser = event.createdById
      ? await manager.findOneBy(UserEntity, { id: event.createdById, active: true })
      : null;
    if (!organiser) return;
    const status = invitation.status;
    if (status !== 'accepted' && status !== 'declined' && status !== 'tentative' && status !== 'delegated')
      return;
    await this.jobs.mail(manager, 'invitation-answered', {
      dedupeKey: `invitation:${invitation.id}:answered:${answeredAt}`,
      eventId: invitation.eventId,
      subject: invitationSubject(invitation),
      to: { email: organiser.email, name: organiser.name },
      language: organiser.language,
      payload: {
        invitationId: invitation.id,
        status,
        comment: invitation.responseComment,
        deputyName,
      },
    });
  }
}

/**
 * A guest's acceptance is their registration, so it carries the form; nobody else's answer does. Once accepted,
 * the seat is a registration, changed or cancelled through the registration's own link, not by a new answer.
 */
function checkGuestAnswer(invitation: InvitationEntity, answer: InvitationResponseDto): void {
  const isGuest = invitation.role === HOLDS_SEAT.role;
  if (isGuest && invitation.status === 'accepted') throw new DomainError('INVITATION_CLOSED');
  if (isGuest && answer.response === 'accepted' && !answer.registration) {
    throw validationFailed([
      { field: 'registration', rule: 'required', message: 'registration is required to accept as a guest' },
    ]);
  }
  if (answer.registration && (!isGuest || answer.response !== 'accepted')) {
    throw validationFailed([
      {
        field: 'registration',
        rule: 'unknownField',
        message: "registration goes only with a guest's acceptance",
      },
    ]);
  }
}
