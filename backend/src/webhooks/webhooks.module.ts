import { Module } from '@nestjs/common';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks (decision 0035): features emit with `emitWebhooks` in their transactions. */
@Module({ providers: [WebhooksService, WebhookDeliveries], controllers: [WebhooksController] })
export class WebhooksModule {}
