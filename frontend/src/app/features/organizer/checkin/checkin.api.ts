import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CheckinPerson,
  CheckinResult,
  EventStats,
  Page,
  StaffMember,
  WalkInInput,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** The door of an event: finding people, checking them in and out, walk-ins, the room's counts, its staff. */
@Injectable({ providedIn: 'root' })
export class CheckinApi {
  private readonly http = inject(HttpClient);

  people(eventId: string, q: string, page = 1, pageSize = 20): Observable<Page<CheckinPerson>> {
    const params = new HttpParams().set('q', q).set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<CheckinPerson>>(`/api/events/${encodeURIComponent(eventId)}/check-in/people`, {
      params,
    });
  }

  /** `at`: when it happened at the door, for a check-in sent late from the offline queue. */
  checkIn(registrationId: string, at?: string): Observable<CheckinResult> {
    return this.http.post<CheckinResult>(
      `/api/registrations/${encodeURIComponent(registrationId)}/check-in`,
      at ? { at } : {},
    );
  }

  undo(registrationId: string): Observable<{ person: CheckinPerson }> {
    return this.http.delete<{ person: CheckinPerson }>(
      `/api/registrations/${encodeURIComponent(registrationId)}/check-in`,
    );
  }

  walkIn(eventId: string, input: WalkInInput): Observable<CheckinResult> {
    return this.http.post<CheckinResult>(`/api/events/${encodeURIComponent(eventId)}/walk-ins`, input);
  }

  stats(eventId: string): Observable<EventStats> {
    return this.http.get<EventStats>(`/api/events/${encodeURIComponent(eventId)}/stats`);
  }

  staff(eventId: string): Observable<{ items: StaffMember[] }> {
    return this.http.get<{ items: StaffMember[] }>(`/api/events/${encodeURIComponent(eventId)}/staff`);
  }

  assignStaff(eventId: string, userIds: string[]): Observable<{ items: StaffMember[] }> {
    return this.http.put<{ items: StaffMember[] }>(`/api/events/${encodeURIComponent(eventId)}/staff`, {
      userIds,
    });
  }
}
