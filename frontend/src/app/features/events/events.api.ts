import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Event, EventPeriod, Page, Speaker } from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';

export type EventsWhen = EventPeriod;

/** What visitors read: published and cancelled events. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  /** Asked as a visitor even when an organiser is signed in, so that drafts never appear in the public list. */
  list(when: EventsWhen, page: number, pageSize: number): Observable<Page<Event>> {
    const params = new HttpParams().set('when', when).set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<Event>>('/api/events', {
      params,
      context: new HttpContext().set(ANONYMOUS, true),
    });
  }

  /** With the organiser's token when there is one, so that organisers can preview their drafts. */
  get(slug: string): Observable<Event> {
    return this.http.get<Event>(`/api/events/${encodeURIComponent(slug)}`);
  }

  /** The panel members who agreed to be named; with the organiser's token, so a draft's preview shows them too. */
  speakers(slug: string): Observable<Speaker[]> {
    return this.http.get<Speaker[]>(`/api/events/${encodeURIComponent(slug)}/speakers`);
  }
}
