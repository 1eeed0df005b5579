import type { WebhookData, WebhookEventType, WebhookPayload } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../jobs/job-queue';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities';

declare module '../jobs/job-kinds' {
  interface TaskJobs {
    /** One delivery's attempts; `resend` numbers the admin's "send again" (0: the first sending). */
    'webhook-delivery': { deliveryId: string; resend: number };
  }
}

/** The subject of a delivery's jobs: the log reads their next attempt through it. */
export const deliverySubject = (id: string) => ({ type: 'webhook-delivery', id });

/** The job that sends a delivery; one per sending, so "send again" is a job of its own. */
export function queueDelivery(
  jobs: JobQueue,
  manager: EntityManager,
  deliveryId: string,
  resend: number,
): Promise<void> {
  return jobs.task(manager, 'webhook-delivery', {
    dedupeKey: `webhook:${deliveryId}:${resend}`,
    subject: deliverySubject(deliveryId),
    payload: { deliveryId, resend },
  });
}

/** One thing that happened, as webhooks tell it. */
export type WebhookEvent = { [T in WebhookEventType]: { type: T; data: WebhookData[T] } }[WebhookEventType];

/**
 * The outbox rule (decision 0004) for webhooks: called inside the transaction that makes the change, it writes
 * one delivery (and its job) per active endpoint subscribed to each event's type, so a change that rolls back
 * tells no one and one that commits tells every subscriber. With no endpoint it costs one small SELECT.
 */
export async function emitWebhooks(
  jobs: JobQueue,
  manager: EntityManager,
  events: readonly WebhookEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const endpoints = await manager.find(WebhookEndpointEntity, {
    where: { active: true },
    select: { id: true, eventTypes: true },
  });
  if (endpoints.length === 0) return;
  const timestamp = new Date().toISOString();
  const deliveries: WebhookDeliveryEntity[] = [];
  for (const event of events) {
    const body = JSON.stringify({ type: event.type, timestamp, data: event.data } satisfies WebhookPayload);
    for (const endpoint of endpoints) {
      if (!endpoint.eventTypes.includes(event.type)) continue;
      deliveries.push(
        manager.create(WebhookDeliveryEntity, {
          id: randomUUID(),
          endpointId: endpoint.id,
          type: event.type,
          body,
          state: 'pending',
          attempts: 0,
          resends: 0,
          lastAttemptAt: null,
          lastStatus: null,
          lastError: null,
          deliveredAt: null,
        }),
      );
    }
  }
  if (deliveries.length === 0) return;
  await manager.insert(WebhookDeliveryEntity, deliveries);
  for (const delivery of deliveries) await queueDelivery(jobs, manager, delivery.id, 0);
}

/** What a partner system learns of a registration: ids, event, status and sector; nobody's name or address. */
export function registrationEvent(
  type: 'registration.created' | 'registration.confirmed' | 'registration.cancelled',
  registration: { id: string; eventId: string; status: string; sector: string; invitationId: string | null },
): WebhookEvent {
  return {
    type,
    data: {
      registrationId: registration.id,
      eventId: registration.eventId,
      status: registration.status,
      sector: registration.sector,
      invitationId: registration.invitationId,
    },
  };
}

/** A new registration, and, when it took a seat at once, its confirmation. */
export function createdEvents(
  registrations: readonly Parameters<typeof registrationEvent>[1][],
): WebhookEvent[] {
  return registrations.flatMap((registration) => [
    registrationEvent('registration.created', registration),
    ...(registration.status === 'confirmed'
      ? [registrationEvent('registration.confirmed', registration)]
      : []),
  ]);
}
