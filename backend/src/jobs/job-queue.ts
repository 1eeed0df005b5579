import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Delivery, Language, UndeliveredMail } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { DataSource, In, type EntityManager } from 'typeorm';
import { afterCommit } from '../database/transaction';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { JobEntity } from './job.entity';
import type { JobSubject, MailJobs, MailKind, Recipient, TaskJobs, TaskKind } from './job-kinds';

interface Common {
  /** The same cause never queues two jobs: a repeated cause (a retry, a second instance) queues nothing. */
  dedupeKey: string;
  subject?: JobSubject | null;
  eventId?: string | null;
}

export interface MailItem<K extends MailKind> extends Common {
  to: Recipient;
  language: Language;
  payload: MailJobs[K];
}

/** One e-mail of any kind, with its kind: what `mails` queues several of at once. */
export type KindedMailItem = { [K in MailKind]: MailItem<K> & { kind: K } }[MailKind];

export interface TaskItem<K extends TaskKind> extends Common {
  payload: TaskJobs[K];
  /** Not before; now by default. */
  runAt?: Date;
}

/**
 * Writes jobs inside the caller's transaction; the runner runs them once it has committed. Queueing is all a
 * feature does: the runner is woken after the commit by `inTransaction`, never by hand.
 */
@Injectable()
export class JobQueue {
  private readonly signals = new EventEmitter();
  private readonly wake = () => this.signals.emit('wake');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues an e-mail to one recipient unless a job with the same dedupe key exists. */
  async mail<K extends MailKind>(manager: EntityManager, kind: K, item: MailItem<K>): Promise<void> {
    await this.insert(manager, kind, item, {
      recipientEmail: item.to.email,
      recipientName: item.to.name,
      language: item.language,
    });
  }

  /**
   * Queues several e-mails, of any kinds, in one statement (a multi-row insert): as `mail` would one by one,
   * each unless a job with its dedupe key exists.
   */
  async mails(manager: EntityManager, items: readonly KindedMailItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.insertRows(
      manager,
      items.map((item) =>
        jobRow(item.kind, item, {
          recipientEmail: item.to.email,
          recipientName: item.to.name,
          language: item.language,
        }),
      ),
    );
  }

  /** Queues a task (its handler runs in a transaction of its own) unless one with the same dedupe key exists. */
  async task<K extends TaskKind>(manager: EntityManager, kind: K, item: TaskItem<K>): Promise<void> {
    await this.insert(manager, kind, item, {}, item.runAt);
  }

  onWake(listener: () => void): () => void {
    this.signals.on('wake', listener);
    return () => this.signals.off('wake', listener);
  }

  /** The delivery of the newest mail of `kinds` about each subject, as the organiser sees it. */
  async deliveryOf(subjectType: string, ids: string[], kinds: MailKind[]): Promise<Map<string, Delivery>> {
    const result = new Map<string, Delivery>();
    if (ids.length === 0) return result;
    const rows = await this.dataSource.getRepository(JobEntity).find({
      where: { subjectType, subjectId: In(ids), kind: In(kinds) },
      order: { createdAt: 'ASC' },
    });
    for (const row of rows) if (row.subjectId) result.set(row.subjectId, toDelivery(row));
    return result;
  }

  /** How many jobs of `kind` about a subject exist, in any state (e.g. to number a resent invitation). */
  count(
    manager: EntityManager,
    kind: MailKind | TaskKind,
    subject: JobSubject,
    statuses?: JobEntity['status'][],
  ) {
    return manager.countBy(JobEntity, {
      kind,
      subjectType: subject.type,
      subjectId: subject.id,
      ...(statuses ? { status: In(statuses) } : {}),
    });
  }

  private async insert(
    manager: EntityManager,
    kind: string,
    item: Common & { payload: object },
    mail: MailColumns,
    runAt = new Date(),
  ): Promise<void> {
    await this.insertRows(manager, [jobRow(kind, item, mail, runAt)]);
  }

  private async insertRows(manager: EntityManager, rows: QueryDeepPartialEntity<JobEntity>[]): Promise<void> {
    // Bound parameters per statement stay well under every engine's limit.
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(JobEntity)
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        .orIgnore()
        // Nothing to read back: every column is given. Spares a SELECT per job (one per registration).
        .updateEntity(false)
        .execute();
    }
    afterCommit(manager, this.wake);
  }
}

/** Rows per multi-row INSERT: 13 columns each, far below SQLite's and MySQL's limits of bound parameters. */
const ROWS_PER_INSERT = 500;

type MailColumns = Partial<Pick<JobEntity, 'recipientEmail' | 'recipientName' | 'language'>>;

function jobRow(
  kind: string,
  item: Common & { payload: object },
  mail: MailColumns,
  runAt = new Date(),
): QueryDeepPartialEntity<JobEntity> {
  return {
    id: randomUUID(),
    dedupeKey: item.dedupeKey,
    kind,
    subjectType: item.subject?.type ?? null,
    subjectId: item.subject?.id ?? null,
    eventId: item.eventId ?? null,
    recipientEmail: mail.recipientEmail ?? null,
    recipientName: mail.recipientName ?? null,
    language: mail.language ?? null,
    payload: item.payload as never,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: runAt,
  };
}

/**
 * For each subject whose newest finished e-mail did not reach its recipient, why and when: a mail that got
 * through afterwards shows the address works again. The same rule as `undeliveredCondition`, by the same SQL.
 */
export async function undeliveredOf(
  manager: EntityManager,
  subjectType: string,
  ids: string[],
): Promise<Map<string, UndeliveredMail>> {
  if (ids.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder(JobEntity, 'bad')
    .where(undeliveredJob('bad.subjectId'), { undeliveredSubjectType: subjectType })
    .andWhere('bad.subjectId IN (:...ids)', { ids })
    .getMany();
  const result = new Map<string, UndeliveredMail>();
  for (const row of rows) {
    if (!row.subjectId) continue;
    result.set(
      row.subjectId,
      row.bouncedAt
        ? { status: 'bounced', reason: row.bounceReason, at: row.bouncedAt.toISOString() }
        : { status: 'failed', reason: row.lastError, at: (row.finishedAt ?? row.updatedAt).toISOString() },
    );
  }
  return result;
}

/**
 * As a condition for a query's WHERE: the subject whose id is in `idColumn` has an undelivered e-mail. Its
 * parameter is `undeliveredSubjectType`.
 */
export function undeliveredCondition(idColumn: string): string {
  return `EXISTS (SELECT 1 FROM jobs bad WHERE ${undeliveredJob(idColumn)})`;
}

/**
 * The rule, about the job `bad`: an e-mail about the subject (`subjectId`) that bounced or was given up, with
 * none about it finished after it (to the millisecond: `createdAt` has whole seconds on SQLite). Tasks carry no
 * recipient and do not count.
 */
function undeliveredJob(subjectId: string): string {
  const mailAbout = (job: string) =>
    `${job}.subjectType = :undeliveredSubjectType AND ${job}.subjectId = ${subjectId} AND ${job}.recipientEmail IS NOT NULL`;
  return (
    `${mailAbout('bad')} AND (bad.bouncedAt IS NOT NULL OR bad.status = 'failed') ` +
    `AND NOT EXISTS (SELECT 1 FROM jobs later WHERE ${mailAbout('later')} ` +
    "AND later.status IN ('done', 'failed') AND later.finishedAt > bad.finishedAt)"
  );
}

export function toDelivery(row: JobEntity): Delivery {
  if (row.bouncedAt) {
    return {
      status: 'bounced',
      attempts: row.attempts,
      ...(row.bounceReason ? { lastError: row.bounceReason } : {}),
      ...(row.finishedAt ? { sentAt: row.finishedAt.toISOString() } : {}),
    };
  }
  const status =
    row.status === 'done' || row.status === 'superseded'
      ? 'sent'
      : row.status === 'failed'
        ? 'failed'
        : 'queued';
  return {
    status,
    attempts: row.attempts,
    ...(row.lastError ? { lastError: row.lastError } : {}),
    ...(status === 'sent' && row.finishedAt ? { sentAt: row.finishedAt.toISOString() } : {}),
  };
}
