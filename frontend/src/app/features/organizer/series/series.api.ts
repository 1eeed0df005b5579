import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DuplicateEventInput, Event, Invitation, SentDrafts, Series } from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** Series of events: the next one, the series page, and sending the draft invitations copied into it. */
@Injectable({ providedIn: 'root' })
export class SeriesApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<Series> {
    return this.http.get<Series>(`/api/series/${encodeURIComponent(id)}`);
  }

  /** A draft copy of the event at the new time; the first one makes the series. */
  duplicate(eventId: string, input: DuplicateEventInput): Observable<Event> {
    return this.http.post<Event>(`/api/events/${eventId}/duplicate`, input);
  }

  sendDraft(invitationId: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${invitationId}/send`, null);
  }

  sendDrafts(eventId: string): Observable<SentDrafts> {
    return this.http.post<SentDrafts>(`/api/events/${eventId}/invitations/send-drafts`, null);
  }
}
