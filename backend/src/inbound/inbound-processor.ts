import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvitationResponse } from '@roundtable/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { eventUid, parseMailbox, type ParticipationStatus } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { isUniqueViolation } from '../database/errors';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { invitationSubject } from '../invitations/invitation-mail';
import { HOLDS_SEAT } from '../invitations/invitation-rules';
import { InvitationResponsesService } from '../invitations/invitation-responses.service';
import { JobEntity } from '../jobs/job.entity';
import { JobQueue } from '../jobs/job-queue';
import { RegistrationEntity } from '../registrations/registration.entity';
import { emailKey } from '../registrations/registration-fields';
import { RegistrationsService } from '../registrations/registrations.service';
import { InboundMessageEntity, type InboundKind } from './inbound-message.entity';
import { readInbound, type BounceReport, type CalendarReply } from './inbound-reading';

/** What one message did: its outcome as recorded, `seen` when it had been processed before, null: not ours. */
export type InboundOutcome = string | null;

const RESPONSES: Partial<Record<ParticipationStatus, InvitationResponse>> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
};

/** The bounce reason as the organiser reads it: the report's words, cut to a readable length. */
const REASON_LENGTH = 500;

type Claim = (manager: EntityManager) => Promise<void>;
type Subject = { type: string; id: string };

/** The row a processed message leaves in `inbound_messages`. */
class InboundRecord {
  constructor(
    readonly key: string,
    readonly kind: InboundKind,
    readonly outcome: string,
    readonly subject: Subject | null,
  ) {}

  as(outcome: string): InboundRecord {
    return new InboundRecord(this.key, this.kind, outcome, this.subject);
  }

  async insert(manager: EntityManager): Promise<void> {
    await manager.insert(InboundMessageEntity, {
      key: this.key,
      kind: this.kind,
      outcome: this.outcome,
      subjectType: this.subject?.type ?? null,
      subjectId: this.subject?.id ?? null,
    });
  }
}

/**
 * Applies one message of the ORGANIZER mailbox (decision 0032): a calendar REPLY is recorded as the same answer
 * on the personal page would be, through the same services; a bounce marks that delivery `bounced`. Each effect
 * commits with the message's row in `inbound_messages`, whose key is unique, so a message read again, here or
 * by another instance, changes nothing. A message that is neither, or is about nothing of ours, is not recorded.
 */
@Injectable()
export class InboundProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly responses: InvitationResponsesService,
    private readonly registrations: RegistrationsService,
    private readonly jobs: JobQueue,
  ) {}

  async process(raw: Buffer): Promise<InboundOutcome> {
    const reading = await readInbound(raw);
    if (!reading) return null;
    if (await this.dataSource.getRepository(InboundMessageEntity).existsBy({ key: reading.key }))
      return 'seen';
    try {
      return reading.kind === 'reply' ? await this.reply(reading) : await this.bounce(reading);
    } catch (error) {
      // Another instance recorded it first: its effect stands, ours was rolled back.
      if (isUniqueViolation(error)) return 'seen';
      throw error;
    }
  }

  private async reply(reply: CalendarReply): Promise<InboundOutcome> {
    const event = await this.eventOf(reply.uid);
    if (!event) return null;
    const record = (outcome: string, subject?: Subject) => this.claim(reply.key, 'reply', outcome, subject);
    const response = reply.partstat ? RESPONSES[reply.partstat] : undefined;
    // A REPLY counts only for the attendee who sent it: anyone else's answer, or none, changes nothing.
    if (!reply.partstat) return this.recordOnly(record('not-from-attendee'));
    if (!response) return this.recordOnly(record('no-answer'));

    const registration = await this.dataSource.getRepository(RegistrationEntity).findOneBy({
      eventId: event.id,
      activeEmailKey: emailKey(reply.from),
    });
    if (registration) {
      const subject = { type: 'registration', id: registration.id };
      // A registration has no "maybe": accepted or tentative, the place is kept as it is (decision 0032).
      if (response !== 'declined') return this.recordOnly(record('unchanged', subject));
      return this.attempt(record('cancelled', subject), (claim) =>
        this.registrations.cancel(registration.id, { claim }),
      );
    }

    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({
      where: { eventId: event.id, email: reply.from },
      order: { createdAt: 'DESC' },
    });
    if (!invitation) return this.recordOnly(record('no-match'));
    const subject = invitationSubject(invitation);
    const isGuest = invitation.role === HOLDS_SEAT.role;
    if (isGuest && response === 'accepted') {
      // The page would ask for the registration form: the guest gets the link to it instead.
      return this.recordOnly(record('finish-mail', subject), (manager) =>
        this.queueFinish(manager, invitation, 'registration', reply.key),
      );
    }
    const askProfile = response === 'accepted' && !invitation.consentedAt;
    return this.attempt(record(response, subject), async (claim) => {
      await this.responses.respondFromCalendar(invitation.id, response, async (manager) => {
        await claim(manager);
        if (askProfile) await this.queueFinish(manager, invitation, 'profile', reply.key);
      });
    });
  }

  private async bounce(report: BounceReport): Promise<InboundOutcome> {
    const job = await this.jobOf(report.originalMessageId);
    if (!job) return null;
    const subject = { type: 'job', id: job.id };
    const failed = report.failed.find((recipient) => recipient.email === job.recipientEmail?.toLowerCase());
    if (!failed) return this.recordOnly(this.claim(report.key, 'dsn', 'not-failed', subject));
    return this.recordOnly(this.claim(report.key, 'dsn', 'bounced', subject), (manager) =>
      manager.update(
        JobEntity,
        { id: job.id },
        { bouncedAt: new Date(), bounceReason: failed.reason.slice(0, REASON_LENGTH) || 'bounced' },
      ),
    );
  }

  /** The event of a UID we gave out (`calendar/ics.ts`), or null for a UID of someone else's. */
  private async eventOf(uid: string): Promise<EventEntity | null> {
    const match = /^event-([0-9a-f-]{36})@/i.exec(uid);
    if (!match) return null;
    const organizer = parseMailbox(this.config.mailFrom).email;
    if (eventUid(match[1], organizer).toLowerCase() !== uid.toLowerCase()) return null;
    return this.dataSource.getRepository(EventEntity).findOneBy({ id: match[1].toLowerCase() });
  }

  /** The mail job whose message came back: its Message-ID is `<job id@our domain>` (job-runner.ts). */
  private async jobOf(messageId: string): Promise<JobEntity | null> {
    const match = /^([0-9a-f-]{36})@/i.exec(messageId);
    if (!match) return null;
    const job = await this.dataSource.getRepository(JobEntity).findOneBy({ id: match[1].toLowerCase() });
    return job?.messageId === `<${messageId}>` ? job : null;
  }

  private claim(key: string, kind: InboundKind, outcome: string, subject?: Subject): InboundRecord {
    return new InboundRecord(key, kind, outcome, subject ?? null);
  }

  /** Records the message, with `also` in the same transaction. */
  private async recordOnly(
    record: InboundRecord,
    also?: (manager: EntityManager) => Promise<unknown>,
  ): Promise<InboundOutcome> {
    await inTransaction(this.dataSource, async (manager) => {
      await record.insert(manager);
      await also?.(manager);
    });
    return record.outcome;
  }

  /**
   * Applies the answer through the feature's own service, which runs the record's insert in its transaction.
   * When the product forbids it (the invitation closed, the event cancelled), the message is recorded with that
   * reason instead, and nothing else changes.
   */
  private async attempt(
    record: InboundRecord,
    apply: (claim: Claim) => Promise<unknown>,
  ): Promise<InboundOutcome> {
    try {
      await apply((manager) => record.insert(manager));
      return record.outcome;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.recordOnly(record.as(error.code));
    }
  }

  private queueFinish(
    manager: EntityManager,
    invitation: InvitationEntity,
    need: 'registration' | 'profile',
    key: string,
  ): Promise<void> {
    return this.jobs.mail(manager, 'invitation-finish', {
      dedupeKey: `invitation:${invitation.id}:finish:${key.slice(0, 40)}`,
      subject: invitationSubject(invitation),
      eventId: invitation.eventId,
      to: { email: invitation.email, name: invitation.name },
      language: invitation.language,
      payload: { need },
    });
  }
}
