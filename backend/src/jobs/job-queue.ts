import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Delivery, Language } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { DataSource, In, type EntityManager } from 'typeorm';
import { afterCommit } from '../database/transaction';
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
    mail: Partial<Pick<JobEntity, 'recipientEmail' | 'recipientName' | 'language'>>,
    runAt = new Date(),
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(JobEntity)
      .values({
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
      })
      .orIgnore()
      // Nothing to read back: every column is given. Spares a SELECT per job (one per registration).
      .updateEntity(false)
      .execute();
    afterCommit(manager, this.wake);
  }
}

export function toDelivery(row: JobEntity): Delivery {
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
    ...(row.finishedAt ? { sentAt: row.finishedAt.toISOString() } : {}),
  };
}
