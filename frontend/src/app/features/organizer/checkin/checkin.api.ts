import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CheckInInput,
  CheckInResult,
  CheckinPeoplePage,
  EventStats,
  StaffAssignmentInput,
  StaffList,
  UndoCheckInResult,
  WalkInInput,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** The door of an event: finding people, checking them in and out, walk-ins, the room's counts, its staff. */
@Injectable({ providedIn: 'root' })
export class CheckinApi {
  private readonly http = inject(HttpClient);

  people(eventId: string, q: string, page = 1, pageSize = 20): Observable<CheckinPeoplePage> {
    const params = new HttpParams().set('q', q).set('page', page).set('pageSize', pageSize);
    return this.http.get<CheckinPeoplePage>(`/api/events/${encodeURIComponent(eventId)}/check-in/people`, {
      params,
    });
  }

  /**
   * `eventId`: the event of this door, so a code of another event is refused; `at`: when it happened at the
   * door, for a check-in sent late from the offline queue.
   */
  checkIn(registrationId: string, eventId?: string, at?: string): Observable<CheckInResult> {
    const body: CheckInInput = { ...(eventId ? { eventId } : {}), ...(at ? { at } : {}) };
    return this.http.post<CheckInResult>(
      `/api/registrations/${encodeURIComponent(registrationId)}/check-in`,
      body,
    );
  }

  undo(registrationId: string): Observable<UndoCheckInResult> {
    return this.http.delete<UndoCheckInResult>(
      `/api/registrations/${encodeURIComponent(registrationId)}/check-in`,
    );
  }

  walkIn(eventId: string, input: WalkInInput): Observable<CheckInResult> {
    return this.http.post<CheckInResult>(`/api/events/${encodeURIComponent(eventId)}/walk-ins`, input);
  }

  stats(eventId: string): Observable<EventStats> {
    return this.http.get<EventStats>(`/api/events/${encodeURIComponent(eventId)}/stats`);
  }

  /** The active staff accounts an organiser may assign. */
  staffAccounts(): Observable<StaffList> {
    return this.http.get<StaffList>('/api/staff');
  }

  staff(eventId: string): Observable<StaffList> {
    return this.http.get<StaffList>(`/api/events/${encodeURIComponent(eventId)}/staff`);
  }

  assignStaff(eventId: string, userIds: string[]): Observable<StaffList> {
    const body: StaffAssignmentInput = { userIds };
    return this.http.put<StaffList>(`/api/events/${encodeURIComponent(eventId)}/staff`, body);
  }
}
