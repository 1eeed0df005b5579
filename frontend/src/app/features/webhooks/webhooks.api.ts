import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointList,
  WebhookEndpointPatch,
  WebhookEndpointWithSecret,
  WebhookResendResult,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** Webhook endpoints and their delivery log; the API allows all of this to admins only. */
@Injectable({ providedIn: 'root' })
export class WebhooksApi {
  private readonly http = inject(HttpClient);

  list(): Observable<WebhookEndpointList> {
    return this.http.get<WebhookEndpointList>('/api/webhooks');
  }

  create(input: WebhookEndpointInput): Observable<WebhookEndpointWithSecret> {
    return this.http.post<WebhookEndpointWithSecret>('/api/webhooks', input);
  }

  update(id: string, patch: WebhookEndpointPatch): Observable<WebhookEndpoint> {
    return this.http.patch<WebhookEndpoint>(`/api/webhooks/${id}`, patch);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/webhooks/${id}`);
  }

  rotateSecret(id: string): Observable<WebhookEndpointWithSecret> {
    return this.http.post<WebhookEndpointWithSecret>(`/api/webhooks/${id}/rotate-secret`, {});
  }

  deliveries(id: string): Observable<WebhookDeliveryList> {
    return this.http.get<WebhookDeliveryList>(`/api/webhooks/${id}/deliveries`);
  }

  resendFailed(endpointId: string): Observable<WebhookResendResult> {
    return this.http.post<WebhookResendResult>(`/api/webhooks/${endpointId}/deliveries/resend-failed`, {});
  }

  resend(deliveryId: string): Observable<WebhookDelivery> {
    return this.http.post<WebhookDelivery>(`/api/webhook-deliveries/${deliveryId}/resend`, {});
  }
}
