import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WEBHOOK_PAUSED_ERROR } from '@roundtable/contracts';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { JobHandlers } from '../jobs/job-handlers';
import type { Job } from '../jobs/job-kinds';
import { Metrics } from '../metrics/metrics';
import { sendWebhook } from './webhook-sender';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities';

/** Thrown so that the job runner records the failed attempt and tries again after its back-off. */
export class WebhookAttemptFailed extends Error {}

/**
 * Runs the `webhook-delivery` jobs: one HTTPS attempt per run, outside any transaction (a slow receiver must not
 * hold the database), its outcome written to the delivery's row. Retries and their back-off are the job
 * runner's (the mail's policy: `MAIL_TUNING`'s maxAttempts, exponential back-off with jitter, capped); a runner
 * that dies mid-attempt leaves the job to another after its lease, which sends the same `webhook-id` again.
 */
@Injectable()
export class WebhookDeliveries implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.handlers.longTask('webhook-delivery', (job) => this.attempt(job));
  }

  private async attempt(job: Job<'webhook-delivery'>): Promise<void> {
    const deliveries = this.dataSource.getRepository(WebhookDeliveryEntity);
    const delivery = await deliveries.findOneBy({ id: job.payload.deliveryId });
    // Gone with its endpoint, delivered already, or sent again since (the newer job carries on).
    if (!delivery || delivery.state !== 'pending' || delivery.resends !== job.payload.resend) return;
    const endpoint = await this.dataSource
      .getRepository(WebhookEndpointEntity)
      .findOneBy({ id: delivery.endpointId });
    if (!endpoint) return;
    if (!endpoint.active) {
      await deliveries.update(
        { id: delivery.id, state: 'pending' },
        { state: 'failed', lastError: WEBHOOK_PAUSED_ERROR },
      );
      return;
    }
    const at = new Date();
    const result = await sendWebhook(
      { url: endpoint.url, secret: endpoint.secret, id: delivery.id, body: delivery.body, at },
      this.config.webhooks,
    );
    const lastTry = job.attempts >= this.config.mail.maxAttempts;
    await deliveries
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({
        attempts: () => 'attempts + 1',
        lastAttemptAt: at,
        lastStatus: result.status,
        lastError: result.error,
        ...(result.ok ? { state: 'delivered', deliveredAt: new Date() } : lastTry ? { state: 'failed' } : {}),
      })
      .where('id = :id', { id: delivery.id })
      .execute();
    if (result.ok) return;
    this.metrics.recordWebhookFailure();
    throw new WebhookAttemptFailed(result.error ?? 'failed');
  }
}
