import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

export type InboundKind = 'reply' | 'dsn';

/**
 * One calendar reply or bounce report read from the IMAP mailbox, recorded in the transaction that applied it.
 * The key is unique, so however many instances read the mailbox, and however often, a message takes effect
 * once: the second insert fails and its transaction (with the effect) is rolled back (decision 0032).
 */
@Entity('inbound_messages')
export class InboundMessageEntity {
  /** SHA-256 (hex) of the Message-ID, or of the whole message when it has none. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: InboundKind;

  /** What it did: `accepted`, `declined`, `tentative`, `finish-mail`, `bounced`, or why it did nothing. */
  @Column({ type: 'varchar', length: 40 })
  outcome!: string;

  /** What it was about (`invitation`, `registration`, `job`) when it was matched. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  subjectId!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  processedAt!: Date;
}
