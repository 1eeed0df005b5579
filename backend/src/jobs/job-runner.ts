import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { parseMailbox } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { backoffDelay, classifyFailure, describeFailure } from '../mail/delivery-policy';
import { MailTransport } from '../mail/mail-transport';
import { ForegroundLoad } from './foreground-load';
import { JobEntity } from './job.entity';
import { BatchCache, JobHandlers, type ComposedMail } from './job-handlers';
import type { Job, MailJob } from './job-kinds';
import { JobQueue } from './job-queue';

/**
 * Runs the jobs. Several instances may share one database: each claims a batch under a lease (MySQL and
 * MariaDB: SELECT ... FOR UPDATE SKIP LOCKED; SQLite: one atomic UPDATE, SQLite having a single writer), so a
 * job is run by one instance; a lease that lapses (its runner crashed) lets another take the job.
 *
 * A mail job is rendered and sent with a Message-ID fixed by its row, so the one case a crash can repeat
 * (killed after the server accepted, before the row was marked) repeats the same message, which mail systems
 * treat as one. A task runs its handler in a transaction that also marks it done, if the lease is still this
 * runner's: its effects happen once, or not at all and it is tried again. A long task (JobHandlers.longTask)
 * runs outside a transaction, keeping its lease by the heartbeat, and is marked done after it.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly domain: string;
  private readonly from: string;
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  /** A wake that came while no loop slept (all were claiming): the next loop to finish claims again at once. */
  private missedWake = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly transport: MailTransport,
    private readonly load: ForegroundLoad,
  ) {
    this.from = config.mailFrom;
    this.domain = parseMailbox(config.mailFrom).email.split('@')[1] ?? 'localhost';
  }

  onApplicationBootstrap(): void {
    if (this.config.mail.dispatcher) this.start();
  }

  /**
   * Before any module closes: the batch in hand finishes and is recorded while the database and the SMTP pool
   * are still open. Stopped later, a sent message could not be marked sent and went out again after its lease.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.queue.onWake(() => this.wakeAll());
    this.loops = Array.from({ length: this.config.mail.workers }, () => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wakeAll();
    await Promise.all(this.loops);
  }

  /** Runs one batch of due jobs (at most `limit`); answers how many it took. Tests and the loop both call it. */
  async drainOnce(limit = this.config.mail.batchSize): Promise<number> {
    const claimId = randomUUID();
    const batch = await this.claim(claimId, limit);
    if (batch.length === 0) return 0;
    const cache = new BatchCache();
    const heartbeat = setInterval(() => void this.renewLease(claimId), this.config.mail.leaseMs / 3);
    try {
      await Promise.all(batch.map((row) => this.runOne(row, claimId, cache)));
    } finally {
      clearInterval(heartbeat);
    }
    return batch.length;
  }

  /**
   * Keeps the lease of a batch that is still being worked on. A batch can outlast its lease on a loaded machine
   * (messages wait in the SMTP pool); without renewal another runner would take its rows and both would send
   * them. So a lease lapses only when its holder has died.
   */
  private async renewLease(claimId: string): Promise<void> {
    const until = new Date(Date.now() + this.config.mail.leaseMs);
    try {
      await this.dataSource.query(
        `UPDATE jobs SET leaseExpiresAt = ? WHERE claimId = ? AND status = 'running'`,
        [this.config.database.kind === 'sqlite' ? sqliteTime(until) : until, claimId],
      );
    } catch (error) {
      this.logger.warn(`could not renew a lease: ${describeFailure(error)}`);
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      const rush = await this.yieldToRequests();
      let sent = 0;
      try {
        // In a rush, one job a loop: each message is drawn (QR code, template) on the event loop the requests
        // need, and ten at a time stalled every request under way by ~100 ms (decision 0025, 9).
        sent = await this.drainOnce(rush ? 1 : this.config.mail.batchSize);
      } catch (error) {
        this.logger.error(`jobs: ${describeFailure(error)}`);
      }
      if (sent > 0 || !this.running) continue;
      if (this.missedWake) this.missedWake = false;
      else await this.idle(this.config.mail.pollIntervalMs);
    }
  }

  /**
   * While people's requests come in, waits for a quiet moment, `yieldMs` at most (decision 0025): rendering and
   * sending confirmations would take the CPU those requests need. Answers whether they still came at the end.
   */
  private async yieldToRequests(): Promise<boolean> {
    const deadline = Date.now() + this.config.mail.yieldMs;
    for (;;) {
      const now = Date.now();
      const busyFor = this.load.busyFor(now);
      if (busyFor === 0) return false;
      if (now >= deadline || !this.running) return true;
      await this.idle(Math.min(busyFor, deadline - now));
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private wakeAll(): void {
    if (this.sleepers.size === 0) this.missedWake = true;
    for (const wake of [...this.sleepers]) wake();
  }

  private async claim(claimId: string, batchSize: number): Promise<JobEntity[]> {
    const now = new Date();
    const leaseExpiresAt = new Date(now.getTime() + this.config.mail.leaseMs);
    const due = `(status = 'queued' AND nextAttemptAt <= ?) OR (status = 'running' AND leaseExpiresAt < ?)`;
    if (this.config.database.kind === 'sqlite') {
      await this.dataSource.query(
        `UPDATE jobs SET status = 'running', claimId = ?, leaseExpiresAt = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM jobs WHERE ${due} ORDER BY nextAttemptAt LIMIT ?)`,
        [claimId, sqliteTime(leaseExpiresAt), sqliteTime(now), sqliteTime(now), batchSize],
      );
    } else {
      await inTransaction(
        this.dataSource,
        async (manager) => {
          const rows: { id: string }[] = await manager.query(
            `SELECT id FROM jobs WHERE ${due} ORDER BY nextAttemptAt LIMIT ? FOR UPDATE SKIP LOCKED`,
            [now, now, batchSize],
          );
          if (rows.length === 0) return;
          await manager.query(
            `UPDATE jobs SET status = 'running', claimId = ?, leaseExpiresAt = ?, attempts = attempts + 1
           WHERE id IN (${rows.map(() => '?').join(', ')})`,
            [claimId, leaseExpiresAt, ...rows.map((row) => row.id)],
          );
          // READ COMMITTED: the claim locks the rows it takes and no gaps between them, so it never blocks (or
          // deadlocks with) a transaction inserting new jobs meanwhile, as REPEATABLE READ's next-key locks did.
        },
        'READ COMMITTED',
      );
    }
    return this.dataSource.getRepository(JobEntity).findBy({ claimId, status: 'running' });
  }

  private async runOne(row: JobEntity, claimId: string, cache: BatchCache): Promise<void> {
    try {
      const handler = this.handlers.get(row.kind);
      if (handler.type === 'task')
        await this.runTask(row, claimId, (job, manager) => handler.run(job, manager));
      else if (handler.type === 'long-task') {
        // The lease is renewed by the batch's heartbeat for as long as the work goes on.
        await handler.run(toJob(row));
        await this.record(row, claimId, { status: 'done', finishedAt: new Date(), lastError: null });
      } else await this.deliver(row, claimId, (job) => handler.compose(job, this.dataSource.manager, cache));
    } catch (error) {
      const lastError = describeFailure(error);
      if (classifyFailure(error) === 'permanent' || row.attempts >= this.config.mail.maxAttempts) {
        await this.record(row, claimId, { status: 'failed', finishedAt: new Date(), lastError });
        this.logger.warn(`gave up on a job of kind ${row.kind} after ${row.attempts} attempts: ${lastError}`);
        return;
      }
      const nextAttemptAt = new Date(Date.now() + backoffDelay(row.attempts, this.config.mail));
      await this.record(row, claimId, { status: 'queued', lastError, nextAttemptAt, claimId: null });
    }
  }

  private async runTask(
    row: JobEntity,
    claimId: string,
    run: (job: Job<never>, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await run(toJob(row), manager);
      const { affected } = await manager.update(
        JobEntity,
        { id: row.id, claimId },
        { status: 'done', finishedAt: new Date(), leaseExpiresAt: null, lastError: null },
      );
      // Another runner took the job after this lease lapsed: undo this run, the other one counts.
      if (affected === 0) throw new Error(`lost the lease on job ${row.id}`);
    });
  }

  private async deliver(
    row: JobEntity,
    claimId: string,
    compose: (job: MailJob<never>) => Promise<ComposedMail | null>,
  ): Promise<void> {
    const job = toMailJob(row);
    const mail = await compose(job);
    if (!mail) {
      await this.record(row, claimId, { status: 'superseded' });
      return;
    }
    const { messageId } = await this.transport.send({
      from: this.from,
      to: { name: job.to.name, address: job.to.email },
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<${row.id}@${this.domain}>`,
      ...(mail.calendar
        ? {
            // iMIP: the text/calendar part's method= must equal the METHOD inside (nodemailer defaults to PUBLISH).
            icalEvent: { method: mail.calendar.method, content: mail.calendar.ics, filename: 'invite.ics' },
          }
        : {}),
      ...(mail.attachments ? { attachments: mail.attachments } : {}),
    });
    await this.record(row, claimId, { status: 'done', finishedAt: new Date(), messageId, lastError: null });
  }

  /**
   * Records the outcome of one job, if this claim still holds it. One plain statement per message: on the
   * hot path TypeORM's query building costs more than the database does.
   */
  private async record(
    row: JobEntity,
    claimId: string,
    outcome: Partial<
      Pick<JobEntity, 'status' | 'finishedAt' | 'messageId' | 'lastError' | 'nextAttemptAt' | 'claimId'>
    >,
  ): Promise<void> {
    const values: Record<string, unknown> = { ...outcome, leaseExpiresAt: null, updatedAt: new Date() };
    const columns = Object.keys(values);
    const time = (value: unknown) =>
      value instanceof Date && this.config.database.kind === 'sqlite' ? sqliteTime(value) : value;
    await this.dataSource.query(
      `UPDATE jobs SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ? AND claimId = ?`,
      [...columns.map((column) => time(values[column])), row.id, claimId],
    );
  }
}

/** TypeORM's SQLite format for datetime columns (UTC, no zone letter), for the raw claim statement. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** The row as its handler sees it; the kind's registration is what makes the payload's type true. */
function toJob(row: JobEntity): Job<never> {
  return {
    id: row.id,
    kind: row.kind as never,
    subject: row.subjectType && row.subjectId ? { type: row.subjectType, id: row.subjectId } : null,
    eventId: row.eventId,
    payload: row.payload as never,
    attempts: row.attempts,
    createdAt: row.createdAt,
  };
}

function toMailJob(row: JobEntity): MailJob<never> {
  if (!row.recipientEmail || !row.language) throw new Error(`mail job ${row.id} has no recipient`);
  return {
    ...toJob(row),
    to: { email: row.recipientEmail, name: row.recipientName ?? '' },
    language: row.language,
  };
}
