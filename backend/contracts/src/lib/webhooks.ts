/** Webhooks (issue 9, item 4): partner systems told of registrations, answers, check-ins and summaries. */

/** What an endpoint may subscribe to; each delivery's `type`. */
export const WEBHOOK_EVENT_TYPES = [
  'registration.created',
  'registration.confirmed',
  'registration.cancelled',
  'invitation.answered',
  'checkin.created',
  'summary.published',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_LIMITS = {
  url: 2000,
  description: 500,
  /** Delivery log rows one request returns (newest first). */
  deliveriesPage: 100,
} as const;

/** A delivery as the log shows it. `pending`: on its way (or waiting for its next attempt). */
/** `lastError` of a delivery whose endpoint was paused when its attempt came (the page says it in its language). */
export const WEBHOOK_PAUSED_ERROR = 'the endpoint is paused';

export const WEBHOOK_DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

/** `GET /api/webhooks/{id}`: never the secret. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/webhooks` and `POST /api/webhooks/{id}/rotate-secret`: the only answers that carry the secret. */
export interface WebhookEndpointWithSecret extends WebhookEndpoint {
  /** `whsec_` and the base64 key, as Standard Webhooks libraries take it. Shown once. */
  secret: string;
}

export interface WebhookEndpointInput {
  url: string;
  description?: string;
  eventTypes: WebhookEventType[];
  /** True by default. */
  active?: boolean;
}

export type WebhookEndpointPatch = Partial<WebhookEndpointInput>;

export interface WebhookEndpointList {
  items: WebhookEndpoint[];
  total: number;
}

/** One message to one endpoint; its `id` is the `webhook-id` header, the same on every attempt. */
export interface WebhookDelivery {
  id: string;
  type: WebhookEventType;
  state: WebhookDeliveryState;
  createdAt: string;
  /** Every attempt, "send again" included. */
  attempts: number;
  lastAttemptAt: string | null;
  /** The receiver's HTTP status at the last attempt; null when it did not answer. */
  lastStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due; null when none is planned. */
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export interface WebhookDeliveryList {
  items: WebhookDelivery[];
  total: number;
}

/** `POST /api/webhooks/{id}/deliveries/resend-failed`: how many failed deliveries were sent again. */
export interface WebhookResendResult {
  resent: number;
}

/**
 * The body of every delivery (Standard Webhooks' shape). `data` names things by id, with the event, status and
 * sector a partner system counts by; never a person's name, e-mail, phone or comment (decision 0035).
 */
export interface WebhookPayload<T extends WebhookEventType = WebhookEventType> {
  type: T;
  timestamp: string;
  data: WebhookData[T];
}

export interface WebhookData {
  'registration.created': RegistrationWebhookData;
  'registration.confirmed': RegistrationWebhookData;
  'registration.cancelled': RegistrationWebhookData;
  'invitation.answered': {
    invitationId: string;
    eventId: string;
    role: string;
    status: string;
    sector: string | null;
    respondedAt: string;
  };
  'checkin.created': {
    registrationId: string;
    eventId: string;
    sector: string;
    walkIn: boolean;
    checkedInAt: string;
  };
  'summary.published': { eventId: string; publishedAt: string; url: string };
}

export interface RegistrationWebhookData {
  registrationId: string;
  eventId: string;
  status: string;
  sector: string;
  /** Through an invitation (its id), or null. */
  invitationId: string | null;
}
