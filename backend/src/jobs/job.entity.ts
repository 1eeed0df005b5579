import type { Language } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

/** `running` is held under a lease; `superseded` is a job whose reason went away before it ran (mail not sent). */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'superseded';

/**
 * One side effect, written in the same transaction as the change that causes it and run later by the job
 * runner: an e-mail to one recipient, or a task such as a wait-list promotion. A mail job holds what to send
 * and to whom, never the rendered message: it is rendered from the current state when it runs, so a retry after
 * an hour says what is true then.
 */
@Entity('jobs')
@Index('IDX_jobs_due', ['status', 'nextAttemptAt'])
@Index('IDX_jobs_subject', ['subjectType', 'subjectId'])
export class JobEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** The same cause never queues two jobs: e.g. `invitation:<id>:reminder:7d`. */
  @Index('UQ_jobs_dedupeKey', { unique: true })
  @Column({ type: 'varchar', length: 191 })
  dedupeKey!: string;

  /** A key of `MailJobs` or `TaskJobs`, e.g. `invitation`, `event-updated`. */
  @Column({ type: 'varchar', length: 50 })
  kind!: string;

  /** What the job is about, e.g. `invitation` and its id: the organiser's delivery column looks it up so. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  subjectId!: string | null;

  @Column({ ...ID_COLUMN, nullable: true })
  eventId!: string | null;

  /** Mail jobs only. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  recipientEmail!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  recipientName!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language!: Language | null;

  /** What the handler needs beyond the current state (e.g. what changed, a comment). No secrets. */
  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status!: JobStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column(INSTANT_COLUMN)
  nextAttemptAt!: Date;

  /** Who holds the job right now, and until when; a lapsed lease means the holder died. */
  @Column({ ...ID_COLUMN, nullable: true })
  claimId!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  leaseExpiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Mail jobs: the Message-ID the server accepted (fixed by the row, so a repeat is the same message). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  messageId!: string | null;

  /** When it was done, or given up (`failed`). */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  finishedAt!: Date | null;

  /** Mail jobs: when a delivery status notification said the message did not reach its recipient. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  bouncedAt!: Date | null;

  /** The report's Status and Diagnostic-Code, as the organiser sees them. */
  @Column({ type: 'text', nullable: true })
  bounceReason!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}
