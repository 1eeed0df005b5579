import type { PackState, PackStep } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN, STORAGE_KEY_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';

/** Bytes as a number: a ZIP of many materials may pass the 2 GB an int holds; MySQL reads BIGINT as a string. */
const BYTES = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * One build of an event's reporting pack (decision 0024) and how far the job runner has got with it. The row
 * is the truth several instances share: the runner writes progress here, the organiser's page polls it.
 */
@Entity('reporting_packs')
@Index('IDX_reporting_packs_event_created', ['eventId', 'createdAt'])
export class ReportingPackEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  /**
   * The event's id while this build is queued or building, null after: being unique, it lets one build per
   * event be under way however many requests (or instances) ask at once.
   */
  @Index('UQ_reporting_packs_activeEventId', { unique: true })
  @Column({ ...ID_COLUMN, nullable: true })
  activeEventId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  state!: PackState;

  /** 0..100. */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 30, nullable: true })
  step!: PackStep | null;

  /** The ZIP in Storage, once ready. */
  @Column(STORAGE_KEY_COLUMN)
  storageKey!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: BYTES })
  size!: number | null;

  /** Why the last try failed, for the log and the organiser's support: never a secret or personal data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt!: Date | null;
}
