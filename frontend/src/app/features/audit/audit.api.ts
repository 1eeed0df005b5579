import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditPage, AuditQuery } from '@roundtable/contracts';
import type { Observable } from 'rxjs';

function paramsOf(query: AuditQuery): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(name, String(value));
  }
  return params;
}

/** The audit log (decision 0036): all of it for admins, one event's history for its organisers. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<AuditPage> {
    return this.http.get<AuditPage>('/api/audit', { params: paramsOf(query) });
  }

  ofEvent(eventId: string, query: Omit<AuditQuery, 'eventId'>): Observable<AuditPage> {
    return this.http.get<AuditPage>(`/api/events/${eventId}/audit`, { params: paramsOf(query) });
  }
}
