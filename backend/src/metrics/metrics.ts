import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REGISTRATION_STATUSES } from '@roundtable/contracts';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { JobEntity } from '../jobs/job.entity';
import { SEND_FAILURE_REASONS, type SendFailureReason } from '../mail/delivery-policy';

const PREFIX = 'roundtable_';

/**
 * The Prometheus metrics of one instance, in a Registry of its own (never prom-client's global one: test apps
 * booted in one process would collide). Two kinds, which read differently when several instances share a
 * database: the gauges about the database (outbox, job lag, registrations) are read from it on each scrape, so
 * every instance reports the same figure (take max, not sum); counters and histograms (sends, failures, the
 * process) count what this instance did (sum them).
 */
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly sendDuration: Histogram<'outcome'>;
  private readonly sendFailures: Counter<'reason'>;
  private readonly webhookFailures: Counter;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    this.sendDuration = new Histogram({
      name: `${PREFIX}mail_send_duration_seconds`,
      help: 'Time from handing a message to the SMTP pool to its answer, by outcome (this instance).',
      labelNames: ['outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    this.sendFailures = new Counter({
      name: `${PREFIX}mail_send_failures_total`,
      help: 'Messages the SMTP server did not take, by reason (this instance); each is tried again later.',
      labelNames: ['reason'],
      registers: [this.registry],
    });
    for (const reason of SEND_FAILURE_REASONS) this.sendFailures.inc({ reason }, 0);
    this.webhookFailures = new Counter({
      name: `${PREFIX}webhook_delivery_failures_total`,
      help: 'Webhook attempts that did not get a 2xx answer (this instance); each is tried again later.',
      registers: [this.registry],
    });
    this.databaseGauges();
  }

  /** One SMTP send: its duration, and its failure reason when it failed. */
  recordSend(seconds: number, failure: SendFailureReason | null): void {
    this.sendDuration.observe({ outcome: failure ? 'failed' : 'sent' }, seconds);
    if (failure) this.sendFailures.inc({ reason: failure });
  }

  /** One webhook attempt that failed (decision 0035). */
  recordWebhookFailure(): void {
    this.webhookFailures.inc();
  }

  /** The exposition text and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  private databaseGauges(): void {
    const jobs = () => this.dataSource.getRepository(JobEntity);
    /** Mail not yet handed to the server: waiting, or claimed by a runner and on its way. */
    const unsent = { recipientEmail: Not(IsNull()), status: In(['queued', 'running']) };
    new Gauge({
      name: `${PREFIX}outbox_depth`,
      help: 'E-mails queued or being sent, not yet accepted by the SMTP server (from the database).',
      registers: [this.registry],
      collect: async function () {
        this.set(await jobs().count({ where: unsent }));
      },
    });
    new Gauge({
      name: `${PREFIX}outbox_oldest_age_seconds`,
      help: 'Age of the oldest e-mail not yet sent; 0 when the outbox is empty (from the database).',
      registers: [this.registry],
      collect: async function () {
        const oldest = await jobs().findOne({
          where: unsent,
          order: { createdAt: 'ASC' },
          select: { id: true, createdAt: true },
        });
        this.set(oldest ? secondsSince(oldest.createdAt) : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}job_runner_lag_seconds`,
      help: 'How long the longest-waiting due job (mail or task) has waited past its time; 0 when none waits.',
      registers: [this.registry],
      collect: async function () {
        const now = new Date();
        const [queued, lapsed] = await Promise.all([
          jobs().findOne({
            where: { status: 'queued' },
            order: { nextAttemptAt: 'ASC' },
            select: { id: true, nextAttemptAt: true },
          }),
          // A claim whose runner died: due again since its lease ran out.
          jobs().findOne({
            where: { status: 'running', leaseExpiresAt: LessThan(now) },
            order: { leaseExpiresAt: 'ASC' },
            select: { id: true, leaseExpiresAt: true },
          }),
        ]);
        const waited = [queued?.nextAttemptAt, lapsed?.leaseExpiresAt].map((since) =>
          since ? Math.max(0, (now.getTime() - since.getTime()) / 1000) : 0,
        );
        this.set(Math.max(...waited));
      },
    });
    const dataSource = this.dataSource;
    new Gauge({
      name: `${PREFIX}registrations`,
      help: 'Registrations by status, across all events (from the database).',
      labelNames: ['status'],
      registers: [this.registry],
      collect: async function () {
        const rows: { status: string; n: number | string }[] = await dataSource.query(
          'SELECT status, COUNT(*) AS n FROM registrations GROUP BY status',
        );
        for (const status of REGISTRATION_STATUSES) {
          const row = rows.find((candidate) => candidate.status === status);
          this.set({ status }, Number(row?.n ?? 0));
        }
      },
    });
  }
}

function secondsSince(date: Date): number {
  return Math.max(0, (Date.now() - date.getTime()) / 1000);
}
