import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseMailbox } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { backoffDelay, classifyFailure, describeFailure } from './delivery-policy';
import { BatchCache, MailComposers } from './mail-composers';
import { MailTransport } from './mail-transport';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxService } from './outbox.service';
import { inTransaction } from '../database/transaction';

/**
 * Sends the outbox. Several instances may share one database: each claims a batch under a lease (MySQL and
 * MariaDB: SELECT ... FOR UPDATE SKIP LOCKED; SQLite: one atomic UPDATE, SQLite having a single writer), so a
 * message is sent by one instance; a lease that lapses (its sender crashed) lets another take the message.
 * Each message carries a Message-ID fixed by its row, so the one case a crash can repeat (killed after the
 * server accepted, before the row was marked) repeats the same message, which mail systems treat as one.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly domain: string;
  private readonly from: string;
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly composers: MailComposers,
    private readonly transport: MailTransport,
  ) {
    this.from = config.mailFrom;
    this.domain = parseMailbox(config.mailFrom).email.split('@')[1] ?? 'localhost';
  }

  onApplicationBootstrap(): void {
    if (this.config.mail.dispatcher) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.outbox.onWake(() => this.wakeAll());
    this.loops = Array.from({ length: this.config.mail.workers }, () => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wakeAll();
    await Promise.all(this.loops);
  }

  /** Sends one batch of due messages; answers how many it took. Tests and the loop both call it. */
  async drainOnce(): Promise<number> {
    const claimId = randomUUID();
    const batch = await this.claim(claimId);
    const cache = new BatchCache();
    await Promise.all(batch.map((row) => this.deliver(row, claimId, cache)));
    return batch.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.drainOnce();
      } catch (error) {
        this.logger.error(`outbox: ${describeFailure(error)}`);
      }
      if (sent === 0 && this.running) await this.idle(this.config.mail.pollIntervalMs);
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
    for (const wake of [...this.sleepers]) wake();
  }

  private async claim(claimId: string): Promise<OutboxMessageEntity[]> {
    const now = new Date();
    const leaseExpiresAt = new Date(now.getTime() + this.config.mail.leaseMs);
    const { batchSize } = this.config.mail;
    const due = `(status = 'queued' AND nextAttemptAt <= ?) OR (status = 'sending' AND leaseExpiresAt < ?)`;
    if (this.config.database.kind === 'sqlite') {
      await this.dataSource.query(
        `UPDATE mail_outbox SET status = 'sending', claimId = ?, leaseExpiresAt = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM mail_outbox WHERE ${due} ORDER BY nextAttemptAt LIMIT ?)`,
        [claimId, sqliteTime(leaseExpiresAt), sqliteTime(now), sqliteTime(now), batchSize],
      );
    } else {
      await inTransaction(
        this.dataSource,
        async (manager) => {
          const rows: { id: string }[] = await manager.query(
            `SELECT id FROM mail_outbox WHERE ${due} ORDER BY nextAttemptAt LIMIT ? FOR UPDATE SKIP LOCKED`,
            [now, now, batchSize],
          );
          if (rows.length === 0) return;
          await manager.query(
            `UPDATE mail_outbox SET status = 'sending', claimId = ?, leaseExpiresAt = ?, attempts = attempts + 1
           WHERE id IN (${rows.map(() => '?').join(', ')})`,
            [claimId, leaseExpiresAt, ...rows.map((row) => row.id)],
          );
          // READ COMMITTED: the claim locks the rows it takes and no gaps between them, so it never blocks (or
          // deadlocks with) a transaction inserting new outbox rows meanwhile, as REPEATABLE READ's next-key locks did.
        },
        'READ COMMITTED',
      );
    }
    return this.dataSource.getRepository(OutboxMessageEntity).findBy({ claimId, status: 'sending' });
  }

  private async deliver(row: OutboxMessageEntity, claimId: string, cache: BatchCache): Promise<void> {
    try {
      const mail = await this.composers.get(row.kind)(row, this.dataSource.manager, cache);
      if (!mail) {
        await this.record(row, claimId, { status: 'superseded' });
        return;
      }
      const { messageId } = await this.transport.send({
        from: this.from,
        to: { name: row.recipientName, address: row.recipientEmail },
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
      });
      await this.record(row, claimId, { status: 'sent', sentAt: new Date(), messageId, lastError: null });
    } catch (error) {
      const lastError = describeFailure(error);
      if (classifyFailure(error) === 'permanent' || row.attempts >= this.config.mail.maxAttempts) {
        await this.record(row, claimId, { status: 'failed', lastError });
        this.logger.warn(
          `gave up on ${row.kind} to a recipient after ${row.attempts} attempts: ${lastError}`,
        );
        return;
      }
      const nextAttemptAt = new Date(Date.now() + backoffDelay(row.attempts, this.config.mail));
      await this.record(row, claimId, { status: 'queued', lastError, nextAttemptAt, claimId: null });
    }
  }

  /**
   * Records the outcome of one message, if this claim still holds it. One plain statement per message: on the
   * hot path TypeORM's query building costs more than the database does.
   */
  private async record(
    row: OutboxMessageEntity,
    claimId: string,
    outcome: Partial<
      Pick<OutboxMessageEntity, 'status' | 'sentAt' | 'messageId' | 'lastError' | 'nextAttemptAt' | 'claimId'>
    >,
  ): Promise<void> {
    const values: Record<string, unknown> = { ...outcome, leaseExpiresAt: null, updatedAt: new Date() };
    const columns = Object.keys(values);
    const time = (value: unknown) =>
      value instanceof Date && this.config.database.kind === 'sqlite' ? sqliteTime(value) : value;
    await this.dataSource.query(
      `UPDATE mail_outbox SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ? AND claimId = ?`,
      [...columns.map((column) => time(values[column])), row.id, claimId],
    );
  }
}

/** TypeORM's SQLite format for datetime columns (UTC, no zone letter), for the raw claim statement. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
