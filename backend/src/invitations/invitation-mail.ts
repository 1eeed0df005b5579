import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { itipInvitation, parseMailbox, type ItipMethod } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { calendarEventFacts, eventMailData } from '../events/event-mail-data';
import { EventEntity } from '../events/event.entity';
import { LinkTokensService } from '../links/link-tokens.service';
import { MailComposers, type BatchCache, type ComposedMail } from '../mail/mail-composers';
import { formatDeadline } from '../mail/mail-format';
import type { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { TemplateRenderer } from '../mail/template-renderer';
import { InvitationEntity } from './invitation.entity';
import { RESPONSE_LABELS, ROLE_LABELS } from './invitation-labels';
import { isOpen, participationStatus } from './invitation-rules';

/**
 * Renders the invitation messages from the current state at send time. A message whose reason has gone (a
 * reminder for an invitation answered meanwhile) is dropped rather than sent.
 */
@Injectable()
export class InvitationMail implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly composers: MailComposers,
    private readonly renderer: TemplateRenderer,
    private readonly links: LinkTokensService,
  ) {}

  onModuleInit(): void {
    this.composers.register('invitation', (row, manager, cache) => this.invitation(row, manager, cache));
    this.composers.register('invitation-reminder', (row, manager, cache) =>
      this.reminder(row, manager, cache),
    );
    this.composers.register('invitation-answer', (row, manager, cache) => this.answer(row, manager, cache));
    this.composers.register('invitation-revoked', (row, manager, cache) => this.revoked(row, manager, cache));
    this.composers.register('invitation-answered', (row, manager) => this.answered(row, manager));
  }

  private async invitation(
    row: OutboxMessageEntity,
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
    return { ...mail, calendar: this.calendar('REQUEST', invitation, event) };
  }

  private async reminder(
    row: OutboxMessageEntity,
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
    row: OutboxMessageEntity,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    // A later answer queued its own confirmation.
    if (invitation.respondedAt?.getTime() !== row.payload['answeredAt']) return null;
    const status = invitation.status;
    if (status !== 'accepted' && status !== 'declined' && status !== 'tentative' && status !== 'delegated')
      return null;
    const mail = this.renderer.render('invitation-answer', row.language, {
      ...(await this.common(invitation, event, manager)),
      accepted: status === 'accepted',
      declined: status === 'declined',
      tentative: status === 'tentative',
      delegated: status === 'delegated',
      deputyName: (row.payload['deputyName'] as string | null) ?? null,
    });
    const keeps = status === 'accepted' || status === 'tentative';
    return { ...mail, calendar: this.calendar(keeps ? 'REQUEST' : 'CANCEL', invitation, event) };
  }

  private async revoked(
    row: OutboxMessageEntity,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const { invitation, event } = await this.load(row, manager, cache);
    if (invitation.status !== 'revoked') return null;
    const mail = this.renderer.render('invitation-revoked', row.language, {
      name: invitation.name,
      event: eventMailData(event, row.language, this.config.publicUrl),
      roleLabel: ROLE_LABELS[row.language][invitation.role],
    });
    return { ...mail, calendar: this.calendar('CANCEL', invitation, event) };
  }

  /** To the organiser: who answered what. */
  private async answered(row: OutboxMessageEntity, manager: EntityManager): Promise<ComposedMail | null> {
    const invitation = await manager.findOneByOrFail(InvitationEntity, {
      id: row.payload['invitationId'] as string,
    });
    const event = await manager.findOneByOrFail(EventEntity, { id: invitation.eventId });
    const status = row.payload['status'] as keyof (typeof RESPONSE_LABELS)['bg'];
    return this.renderer.render('invitation-answered', row.language, {
      name: row.recipientName,
      event: eventMailData(event, row.language, this.config.publicUrl),
      inviteeName: invitation.name,
      inviteeOrganization: invitation.organization,
      roleLabel: ROLE_LABELS[row.language][invitation.role],
      responseLabel: RESPONSE_LABELS[row.language][status] ?? status,
      comment: (row.payload['comment'] as string | null) ?? null,
      deputyName: (row.payload['deputyName'] as string | null) ?? null,
      manageUrl: `${this.config.publicUrl}/organizer/events/${event.id}/invitations?lang=${row.language}`,
    });
  }

  private async load(row: OutboxMessageEntity, manager: EntityManager, cache: BatchCache) {
    const invitation = await manager.findOneByOrFail(InvitationEntity, { id: row.invitationId as string });
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

  private calendar(method: ItipMethod, invitation: InvitationEntity, event: EventEntity) {
    const ics = itipInvitation({
      method,
      event: calendarEventFacts(event),
      organizer: parseMailbox(this.config.mailFrom),
      attendee: {
        email: invitation.email,
        name: invitation.name,
        status: participationStatus(invitation.status),
        rsvp: invitation.status === 'pending',
      },
    });
    return { method, ics };
  }
}
