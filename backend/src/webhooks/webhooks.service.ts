import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  WEBHOOK_LIMITS,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookEndpoint,
  type WebhookEndpointList,
  type WebhookEndpointWithSecret,
  type WebhookResendResult,
} from '@roundtable/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { audit } from '../common/audit-log';
import { InjectConfig } from '../common/config.token';
import { DomainError, validationFailed } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { JobEntity } from '../jobs/job.entity';
import { JobQueue } from '../jobs/job-queue';
import type { WebhookEndpointInputDto, WebhookEndpointPatchDto } from './dto';
import { queueDelivery } from './webhook-emitter';
import { namesPrivateHost } from './webhook-url';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities';

/** A fresh signing secret: 32 random bytes, as Standard Webhooks libraries read it. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The admin's side of webhooks: endpoints, their secrets, the delivery log and "send again". */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async list(): Promise<WebhookEndpointList> {
    const rows = await this.endpoints().find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return { items: rows.map(toEndpoint), total: rows.length };
  }

  async get(id: string): Promise<WebhookEndpoint> {
    return toEndpoint(await this.endpoint(id));
  }

  async create(input: WebhookEndpointInputDto): Promise<WebhookEndpointWithSecret> {
    this.checkHost(input.url);
    const row = this.endpoints().create({
      id: randomUUID(),
      url: input.url,
      description: input.description ?? '',
      eventTypes: unique(input.eventTypes),
      active: input.active ?? true,
      secret: newSecret(),
    });
    await this.endpoints().insert(row);
    const saved = await this.endpoint(row.id);
    audit('webhook.created', {
      id: saved.id,
      host: new URL(saved.url).host,
      types: saved.eventTypes.join(' '),
    });
    return { ...toEndpoint(saved), secret: saved.secret };
  }

  async update(id: string, patch: WebhookEndpointPatchDto): Promise<WebhookEndpoint> {
    const row = await this.endpoint(id);
    if (patch.url !== undefined) this.checkHost(patch.url);
    const before = { active: row.active, url: row.url };
    Object.assign(row, {
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.eventTypes !== undefined ? { eventTypes: unique(patch.eventTypes) } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    });
    await this.endpoints().save(row);
    audit('webhook.changed', {
      id,
      urlChanged: before.url !== row.url,
      active: before.active === row.active ? undefined : `${before.active} -> ${row.active}`,
    });
    return toEndpoint(await this.endpoint(id));
  }

  /** The endpoint goes, with its log; its queued deliveries find nothing to send and end. */
  async remove(id: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(WebhookEndpointEntity, { id });
      if (!found) throw new DomainError('WEBHOOK_NOT_FOUND');
      await manager.delete(WebhookDeliveryEntity, { endpointId: id });
      await manager.delete(WebhookEndpointEntity, { id });
    });
    audit('webhook.deleted', { id });
  }

  /** A new secret at once: deliveries from now on, retries of older ones too, are signed with it. */
  async rotateSecret(id: string): Promise<WebhookEndpointWithSecret> {
    const row = await this.endpoint(id);
    row.secret = newSecret();
    await this.endpoints().save(row);
    audit('webhook.secret-rotated', { id });
    return { ...toEndpoint(row), secret: row.secret };
  }

  /** The newest deliveries first, with when the next attempt is due. */
  async deliveries(endpointId: string): Promise<WebhookDeliveryList> {
    await this.endpoint(endpointId);
    const [rows, total] = await this.dataSource.getRepository(WebhookDeliveryEntity).findAndCount({
      where: { endpointId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: WEBHOOK_LIMITS.deliveriesPage,
    });
    const keys = rows.filter((row) => row.state === 'pending').map(jobKey);
    const jobs = keys.length
      ? await this.dataSource.getRepository(JobEntity).find({
          where: { dedupeKey: In(keys) },
          select: { dedupeKey: true, status: true, nextAttemptAt: true },
        })
      : [];
    const next = new Map(
      jobs.filter((job) => job.status === 'queued').map((job) => [job.dedupeKey, job.nextAttemptAt]),
    );
    return { items: rows.map((row) => toDelivery(row, next.get(jobKey(row)) ?? null)), total };
  }

  /**
   * Sends a delivery again, with the same `webhook-id` and body (the receiver may have lost it, or been down
   * past the last retry): a fresh job with a fresh set of attempts. An earlier job still waiting stands down.
   */
  async resend(deliveryId: string): Promise<WebhookDelivery> {
    const id = await inTransaction(this.dataSource, async (manager) => {
      const delivery = await manager.findOneBy(WebhookDeliveryEntity, { id: deliveryId });
      if (!delivery) throw new DomainError('WEBHOOK_DELIVERY_NOT_FOUND');
      await sendAgain(this.jobs, manager, delivery);
      return delivery.id;
    });
    audit('webhook.resent', { id });
    const row = await this.dataSource.getRepository(WebhookDeliveryEntity).findOneByOrFail({ id });
    return toDelivery(row, null);
  }

  /** Every failed delivery of an endpoint, sent again as `resend` sends one. */
  async resendFailed(endpointId: string): Promise<WebhookResendResult> {
    await this.endpoint(endpointId);
    const resent = await inTransaction(this.dataSource, async (manager) => {
      const failed = await manager.findBy(WebhookDeliveryEntity, { endpointId, state: 'failed' });
      for (const delivery of failed) await sendAgain(this.jobs, manager, delivery);
      return failed.length;
    });
    audit('webhook.resent-failed', { id: endpointId, count: resent });
    return { resent };
  }

  private checkHost(url: string): void {
    if (this.config.webhooks.allowPrivateNetworks || !namesPrivateHost(url)) return;
    throw validationFailed([
      { field: 'url', rule: 'privateAddress', message: 'url must not name a loopback or private address' },
    ]);
  }

  private endpoints() {
    return this.dataSource.getRepository(WebhookEndpointEntity);
  }

  private async endpoint(id: string): Promise<WebhookEndpointEntity> {
    const row = await this.endpoints().findOneBy({ id });
    if (!row) throw new DomainError('WEBHOOK_NOT_FOUND');
    return row;
  }
}

/** A fresh set of attempts, under a job of its own: one still waiting for its retry sees the count and stops. */
async function sendAgain(
  jobs: JobQueue,
  manager: EntityManager,
  delivery: WebhookDeliveryEntity,
): Promise<void> {
  const resends = delivery.resends + 1;
  await manager.update(
    WebhookDeliveryEntity,
    { id: delivery.id },
    { state: 'pending', resends, deliveredAt: null },
  );
  await queueDelivery(jobs, manager, delivery.id, resends);
}

const jobKey = (row: WebhookDeliveryEntity) => `webhook:${row.id}:${row.resends}`;
const unique = <T>(values: T[]): T[] => [...new Set(values)];

function toEndpoint(row: WebhookEndpointEntity): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toDelivery(row: WebhookDeliveryEntity, nextAttemptAt: Date | null): WebhookDelivery {
  return {
    id: row.id,
    type: row.type,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    nextAttemptAt: row.state === 'pending' ? (nextAttemptAt?.toISOString() ?? null) : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}
