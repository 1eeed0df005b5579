import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Delivery, Language } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { DataSource, In, type EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface OutboxItem {
  dedupeKey: string;
  kind: string;
  eventId?: string | null;
  invitationId?: string | null;
  to: { email: string; name: string };
  language: Language;
  payload?: Record<string, unknown>;
}

/** Writes messages into the outbox inside the caller's transaction; the dispatcher sends them later. */
@Injectable()
export class OutboxService {
  private readonly signals = new EventEmitter();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a message unless one with the same dedupe key exists (a repeated cause sends nothing twice). */
  async enqueue(manager: EntityManager, item: OutboxItem): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        id: randomUUID(),
        dedupeKey: item.dedupeKey,
        kind: item.kind,
        eventId: item.eventId ?? null,
        invitationId: item.invitationId ?? null,
        recipientEmail: item.to.email,
        recipientName: item.to.name,
        language: item.language,
        payload: (item.payload ?? {}) as never,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  /** Tells this instance's dispatcher that there is work, once the writing transaction has committed. */
  wake(): void {
    this.signals.emit('wake');
  }

  onWake(listener: () => void): () => void {
    this.signals.on('wake', listener);
    return () => this.signals.off('wake', listener);
  }

  /** The delivery of the newest message of `kinds` for each invitation, as the organiser sees it. */
  async deliveryOfInvitations(invitationIds: string[], kinds: string[]): Promise<Map<string, Delivery>> {
    const result = new Map<string, Delivery>();
    if (invitationIds.length === 0) return result;
    const rows = await this.dataSource.getRepository(OutboxMessageEntity).find({
      where: { invitationId: In(invitationIds), kind: In(kinds) },
      order: { createdAt: 'ASC' },
    });
    for (const row of rows) result.set(row.invitationId as string, toDelivery(row));
    return result;
  }
}

export function toDelivery(row: OutboxMessageEntity): Delivery {
  const status =
    row.status === 'sent' || row.status === 'superseded'
      ? 'sent'
      : row.status === 'failed'
        ? 'failed'
        : 'queued';
  return {
    status,
    attempts: row.attempts,
    ...(row.lastError ? { lastError: row.lastError } : {}),
    ...(row.sentAt ? { sentAt: row.sentAt.toISOString() } : {}),
  };
}
