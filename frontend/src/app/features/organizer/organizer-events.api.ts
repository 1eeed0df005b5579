import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgendaItemInput,
  CancelEventRequest,
  Event,
  EventCountsById,
  EventInput,
  EventPeriod,
  EventStatus,
  Page,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** The organiser's side of events: drafts included, and every change. */
@Injectable({ providedIn: 'root' })
export class OrganizerEventsApi {
  private readonly http = inject(HttpClient);

  list(status: EventStatus, pageSize: number, page = 1, when?: EventPeriod): Observable<Page<Event>> {
    let params = new HttpParams().set('status', status);
    if (when) params = params.set('when', when);
    params = params.set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<Event>>('/api/events', { params });
  }

  /** Registrations and invitations of each event by status, for the dashboard. */
  counts(ids: string[]): Observable<EventCountsById> {
    return this.http.get<EventCountsById>('/api/registrations/counts', {
      params: new HttpParams().set('events', ids.join(',')),
    });
  }

  get(id: string): Observable<Event> {
    return this.http.get<Event>(`/api/events/${encodeURIComponent(id)}`);
  }

  create(input: EventInput): Observable<Event> {
    return this.http.post<Event>('/api/events', input);
  }

  update(id: string, changes: Partial<EventInput>): Observable<Event> {
    return this.http.patch<Event>(`/api/events/${id}`, changes);
  }

  publish(id: string): Observable<Event> {
    return this.http.post<Event>(`/api/events/${id}/publish`, null);
  }

  /** Back to draft; refused (409 EVENT_IN_USE) once anyone registered, was invited or holds it. */
  unpublish(id: string): Observable<Event> {
    return this.http.post<Event>(`/api/events/${id}/unpublish`, null);
  }

  /** How many people a change of time or place would e-mail now. */
  calendarHolderCount(id: string): Observable<{ count: number }> {
    return this.http.get<{ count: number }>(`/api/events/${id}/calendar-holders/count`);
  }

  cancel(id: string, reason?: string): Observable<Event> {
    const body: CancelEventRequest = reason ? { reason } : {};
    return this.http.post<Event>(`/api/events/${id}/cancel`, body);
  }

  /** The array order is the agenda order. */
  replaceAgenda(id: string, items: AgendaItemInput[]): Observable<Event> {
    return this.http.put<Event>(`/api/events/${id}/agenda`, items);
  }
}
