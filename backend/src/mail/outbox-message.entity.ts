import type { Language } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'superseded';

/**
 * One e-mail to one recipient, written in the same transaction as the change that causes it and sent later by
 * the dispatcher. The row holds what to send and to whom, never the rendered message: the dispatcher renders
 * from the current state at send time, so a retry after an hour says what is true then.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxMessageEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** The same cause never queues two messages: e.g. `invitation:<id>:reminder:7d`. */
  @Index('UQ_mail_outbox_dedupeKey', { unique: true })
  @Column({ type: 'varchar', length: 191 })
  dedupeKey!: string;

  /** The template, e.g. `invitation`, `event-updated`. */
  @Column({ type: 'varchar', length: 50 })
  kind!: string;

  @Column({ ...ID_COLUMN, nullable: true })
  eventId!: string | null;

  @Index('IDX_mail_outbox_invitationId')
  @Column({ ...ID_COLUMN, nullable: true })
  invitationId!: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipientEmail!: string;

  @Column({ type: 'varchar', length: 200 })
  recipientName!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  /** What the template needs beyond the current state (e.g. what changed, a comment). No secrets. */
  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column(INSTANT_COLUMN)
  nextAttemptAt!: Date;

  /** Who holds the message right now, and until when; a lapsed lease means the holder died. */
  @Column({ ...ID_COLUMN, nullable: true })
  claimId!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  leaseExpiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
