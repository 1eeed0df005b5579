import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { InvitationResponse } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import { itipInvitation, parseMailbox } from '../calendar/ics';
import { itipForStanding } from '../calendar/itip-rules';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { calendarEventFacts, eventMailData } from '../events/event-mail-data';
import { EventEntity } from '../events/event.entity';
import { LinkTokensService } from '../links/link-tokens.service';
import { JobHandlers, type BatchCache, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob, MailKind } from '../jobs/job-kinds';
import { formatDeadline } from '../mail/mail-format';
import { TemplateRenderer } from '../mail/template-renderer';
import { InvitationEntity } from './invitation.entity';
import { RESPONSE_LABELS, ROLE_LABELS } from './invitation-labels';
import { calendarStanding, canRespond, isOpen } from './invitation-rules';

/** Nothing beyond the invitation (the job's subject) as it is when the message goes out. */
type CurrentState = Record<string, never>;

declare module '../jobs/job-kinds' {
  interface MailJobs {
    invitation: CurrentState;
    'invitation-reminder': CurrentState;
    /** The confirmation to the invitee; `answeredAt` tells a later answer's confirmation from this one. */
    'invitation-answer': { answeredAt: number; deputyName: string | null };
    'invitation-revoked': CurrentState;
    /** No answer by the respond-by date: the REQUEST they hold is cancelled. */
    'invitation-expired': CurrentState;
    /**
     * An answer given in the calendar that the page would have asked more for (decision 0032): a guest's
     * registration (`registration`), or a panelist's bio and consents (`profile`). The link finishes it.
     */
    'invitation-finish': { need: 'registration' | 'profile' };
    /** To the organiser, who answered what (the answer as given, whatever the invitation says later). */
    'invitation-answered': {
      invitationId: string;
      status: InvitationResponse | 'delegated';
      comment: string | null;
      deputyName: string | null;
    };
  }
}

/** The subject of every message about one invitation. */
export function invitationSubject(invitation: { id: string }) {
  return { type: 'invitation', id: invitation.id };
}

/**
 * Renders the invitation messages from the current state at send time. A message whose reason has gone (a
 * reminder for an invitation answered meanwhile) is dropped rather than sent.
 */
@Injectable()
export class InvitationMail implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly renderer: TemplateRenderer,
    private readonly links: LinkTokensService,
  ) {}

  onModuleInit(): void {
    this.handlers.mail('invitation', (job, manager, cache) => this.invitation(job, manager, cache));
    this.handlers.mail('invitation-reminder', (job, manager, cache) => this.reminder(job, manager, cache));
    this.handlers.mail('invitation-answer', (job, manager, cache) => this.answer(job, manager, cache));
    this.handlers.mail('invitation-revoked', (job, manager, cache) =>
      this.closed(job, 'revoked', manager, cache),
    );
    this.handlers.mail('invitation-expired', (job, manager, cache) =>
      this.closed(job, 'expired', manager, cache),
    );
    this.handlers.mail('invitation-answered', (job, manager) => this.answered(job, manager));
    this.handlers.mail('invitation-finish', (job, manager, cache) => this.finish(job, manager, cache));
  }

  private async invitation(
    row: MailJob<'invitation'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    if (!isOpen(invitation.status) || event.status === 'cancelled') return null;
    const delegatedBy = invitation.delegatedFromId
      ? await manager.findOneBy(InvitationEntity, { id: invitation.delegatedFromId })
      : null;
    const mail = this.renderer.render('invitation', row.language, {
      ...(await this.common(invitation, event, manager)),
      organizerName: parseMailbox(this.config.mailFrom).name || 'Roundtable',
      message: invitation.message,
      delegatedBy: delegatedBy?.name ?? null,
    });
    return { ...mail, calendar: this.calendar(invitation, event) };
  }

  private async reminder(
    row: MailJob<'invitation-reminder'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    if (invitation.status !== 'pending' || event.status === 'cancelled') return null;
    // Reminders carry links, not calendar files (PRODUCT.md).
    return this.renderer.render(
      'invitation-reminder',
      row.language,
      await this.common(invitation, event, manager),
    );
  }

  private async answer(
    row: MailJob<'invitation-answer'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    // A later answer queued its own confirmation.
    if (invitation.respondedAt?.getTime() !== row.payload.answeredAt) return null;
    const status = invitation.status;
    if (status !== 'accepted' && status !== 'declined' && status !== 'tentative' && status !== 'delegated')
      return null;
    const mail = this.renderer.render('invitation-answer', row.language, {
      ...(await this.common(invitation, event, manager)),
      accepted: status === 'accepted',
      declined: status === 'declined',
      tentative: status === 'tentative',
      delegated: status === 'delegated',
      deputyName: row.payload.deputyName,
    });
    return { ...mail, calendar: this.calendar(invitation, event) };
  }

  /** No calendar file: the person's calendar already holds the event, and the page decides the rest. */
  private async finish(
    row: MailJob<'invitation-finish'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    if (event.status === 'cancelled') return null;
    const registration = row.payload.need === 'registration';
    // Finished meanwhile (registered, or the profile given), or no longer open to it.
    const open = registration
      ? canRespond(invitation.status) && invitation.status !== 'accepted'
      : invitation.status === 'accepted' && !invitation.consentedAt;
    if (!open) return null;
    const { name, event: eventData, roleLabel, link } = await this.common(invitation, event, manager);
    return this.renderer.render('invitation-finish', row.language, {
      name,
      event: eventData,
      roleLabel,
      link,
      registration,
    });
  }

  /** Revoked by the organiser or expired unanswered: either way the invitee's calendar entry is cancelled. */
  private async closed(
    row: MailJob<'invitation-revoked' | 'invitation-expired'>,
    status: 'revoked' | 'expired',
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    if (invitation.status !== status) return null;
    const mail = this.renderer.render(row.kind, row.language, {
      name: invitation.name,
      event: eventMailData(event, row.language, this.config.publicUrl),
      roleLabel: ROLE_LABELS[row.language][invitation.role],
    });
    return { ...mail, calendar: this.calendar(invitation, event) };
  }

  /** To the organiser: who answered what. */
  private async answered(
    row: MailJob<'invitation-answered'>,
    manager: EntityManager,
  ): Promise<ComposedMail | null> {
    const invitation = await manager.findOneByOrFail(InvitationEntity, { id: row.payload.invitationId });
    const event = await manager.findOneByOrFail(EventEntity, { id: invitation.eventId });
    const { status } = row.payload;
    return this.renderer.render('invitation-answered', row.language, {
      name: row.to.name,
      event: eventMailData(event, row.language, this.config.publicUrl),
      inviteeName: invitation.name,
      inviteeOrganization: invitation.organization,
      roleLabel: ROLE_LABELS[row.language][invitation.role],
      responseLabel: RESPONSE_LABELS[row.language][status],
      comment: row.payload.comment,
      deputyName: row.payload.deputyName,
      manageUrl: `${this.config.publicUrl}/organizer/events/${event.id}/invitations?lang=${row.language}`,
    });
  }

  private async load(row: MailJob<MailKind>, manager: EntityManager, cache: BatchCache) {
    if (row.subject?.type !== 'invitation') throw new Error(`mail job ${row.id} is not about an invitation`);
    const invitation = await manager.findOneByOrFail(InvitationEntity, { id: row.subject.id });
    const event = await cache.get(`event:${invitation.eventId}`, () =>
      manager.findOneByOrFail(EventEntity, { id: invitation.eventId }),
    );
    return { invitation, event };
  }

  /** The fields most invitation messages share, with a freshly minted personal link. */
  private async common(invitation: InvitationEntity, event: EventEntity, manager: EntityManager) {
    const token = await this.links.mint('invitation', invitation.id, manager);
    return {
      name: invitation.name,
      event: eventMailData(event, invitation.language, this.config.publicUrl),
      roleLabel: ROLE_LABELS[invitation.language][invitation.role],
      respondBy: invitation.respondBy
        ? formatDeadline(invitation.respondBy, event.timezone, invitation.language)
        : null,
      link: `${this.config.publicUrl}/invitations/${token}?lang=${invitation.language}`,
    };
  }

  /** The .ics for the invitee as the invitation stands now; calendar/ decides METHOD, PARTSTAT and RSVP. */
  private calendar(invitation: InvitationEntity, event: EventEntity) {
    const { method, partstat, rsvp } = itipForStanding(calendarStanding(invitation.status));
    const ics = itipInvitation({
      method,
      event: calendarEventFacts(event),
      organizer: parseMailbox(this.config.mailFrom),
      attendee: {
        email: invitation.email,
        name: invitation.name,
        status: partstat,
        rsvp,
      },
    });
    return { method, ics };
  }
}
