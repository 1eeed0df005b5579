import type { WebhookDeliveryState, WebhookEventType } from '@roundtable/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

/**
 * A partner system's receiver (decision 0035). The secret signs every delivery (HMAC-SHA256, Standard
 * Webhooks), so it is kept as it is, not hashed; the API shows it only when it is made (creation, rotation).
 */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description!: string;

  @Column({ type: 'simple-json' })
  eventTypes!: WebhookEventType[];

  /** Paused endpoints get no new deliveries; the ones still queued stop with "paused" (send them again later). */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** `whsec_` + base64; never logged, never returned but at creation and rotation. */
  @Column({ type: 'varchar', length: 100 })
  secret!: string;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;

  @UpdateDateColumn(INSTANT_COLUMN)
  updatedAt!: Date;
}

/**
 * One event to one endpoint, written in the transaction of the change it tells of. `id` is the `webhook-id`
 * header of every attempt, "send again" included, so a receiver can tell a repeat. `body` is the JSON sent,
 * fixed at creation: each attempt sends the same bytes (only `webhook-timestamp` and the signature change).
 */
@Entity('webhook_deliveries')
@Index('IDX_webhook_deliveries_endpoint', ['endpointId', 'createdAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  endpointId!: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpointId' })
  endpoint?: WebhookEndpointEntity;

  @Column({ type: 'varchar', length: 40 })
  type!: WebhookEventType;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  state!: WebhookDeliveryState;

  /** Every attempt, "send again" included. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** How many times an admin pressed "send again": numbers the delivery's jobs. */
  @Column({ type: 'int', default: 0 })
  resends!: number;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  lastStatus!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ ...INSTANT_COLUMN, nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
