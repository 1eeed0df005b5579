import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarHolders } from '../calendar/calendar-holders';
import { itipInvitation, parseMailbox } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { MailComposers, type BatchCache, type ComposedMail } from '../mail/mail-composers';
import type { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { OutboxService } from '../mail/outbox.service';
import { TemplateRenderer } from '../mail/template-renderer';
import { calendarEventFacts, eventMailData } from './event-mail-data';
import { EventEntity } from './event.entity';

export interface CalendarChange {
  event: EventEntity;
  kind: 'updated' | 'cancelled';
}

/**
 * When a published event's time, place or status changes, everyone holding it in a calendar gets an update
 * (METHOD:REQUEST, same UID, the new SEQUENCE) or, when it is cancelled, METHOD:CANCEL. The messages are
 * queued in the transaction that commits the change.
 */
@Injectable()
export class CalendarChanges implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly holders: CalendarHolders,
    private readonly outbox: OutboxService,
    private readonly composers: MailComposers,
    private readonly renderer: TemplateRenderer,
  ) {}

  onModuleInit(): void {
    this.composers.register('event-updated', (row, manager, cache) => this.compose(row, manager, cache));
    this.composers.register('event-cancelled', (row, manager, cache) => this.compose(row, manager, cache));
  }

  async announce(manager: EntityManager, { event, kind }: CalendarChange): Promise<void> {
    for (const holder of await this.holders.of(manager, event.id)) {
      await this.outbox.enqueue(manager, {
        dedupeKey: `event:${event.id}:sequence:${event.sequence}:${holder.key}`,
        kind: kind === 'cancelled' ? 'event-cancelled' : 'event-updated',
        eventId: event.id,
        invitationId: holder.invitationId ?? null,
        to: { email: holder.email, name: holder.name },
        language: holder.language,
        payload: { sequence: event.sequence, status: holder.status },
      });
    }
  }

  private async compose(
    row: OutboxMessageEntity,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const id = row.eventId as string;
    const event = await cache.get(`event:${id}`, () => manager.findOneByOrFail(EventEntity, { id }));
    const cancelled = row.kind === 'event-cancelled';
    // A later change queued its own update, which will carry the same, newest state: send only that one.
    if (!cancelled && (event.status === 'cancelled' || event.sequence > Number(row.payload['sequence'])))
      return null;
    const organizer = parseMailbox(this.config.mailFrom);
    const mail = this.renderer.render(row.kind, row.language, {
      name: row.recipientName,
      event: eventMailData(event, row.language, this.config.publicUrl),
    });
    const ics = itipInvitation({
      method: cancelled ? 'CANCEL' : 'REQUEST',
      event: calendarEventFacts(event),
      organizer,
      attendee: {
        email: row.recipientEmail,
        name: row.recipientName,
        status: (row.payload['status'] as 'NEEDS-ACTION') ?? 'NEEDS-ACTION',
        rsvp: !cancelled && row.payload['status'] === 'NEEDS-ACTION',
      },
    });
    return { ...mail, calendar: { method: cancelled ? 'CANCEL' : 'REQUEST', ics } };
  }
}
