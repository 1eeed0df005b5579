import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BulkRegistrationAction,
  BulkRegistrationResult,
  ConfirmRegistrationInput,
  EventStats,
  Registration,
  RegistrationListQuery,
  RegistrationPage,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { fetchFile, type DownloadedFile } from '../../../core/http/download';

/** Only what is set goes into the URL: the API reads an absent filter as "any", an empty one as invalid. */
export function registrationListParams(query: RegistrationListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The organiser's side of registrations: the table, decisions on many at once, the wait list, the CSV. */
@Injectable({ providedIn: 'root' })
export class RegistrationsApi {
  private readonly http = inject(HttpClient);

  list(eventId: string, query: RegistrationListQuery): Observable<RegistrationPage> {
    return this.http.get<RegistrationPage>(`/api/events/${encodeURIComponent(eventId)}/registrations`, {
      params: registrationListParams(query),
    });
  }

  stats(eventId: string): Observable<EventStats> {
    return this.http.get<EventStats>(`/api/events/${encodeURIComponent(eventId)}/stats`);
  }

  decide(id: string, action: BulkRegistrationAction): Observable<Registration> {
    return this.http.post<Registration>(`/api/registrations/${id}/${action}`, null);
  }

  decideMany(
    eventId: string,
    action: BulkRegistrationAction,
    ids: string[],
  ): Observable<BulkRegistrationResult> {
    return this.http.post<BulkRegistrationResult>(
      `/api/events/${encodeURIComponent(eventId)}/registrations/${action}`,
      { ids },
    );
  }

  confirm(id: string, override: boolean): Observable<Registration> {
    const body: ConfirmRegistrationInput = override ? { override: true } : {};
    return this.http.post<Registration>(`/api/registrations/${id}/confirm`, body);
  }

  /** Fetched with the session's token (a plain link would carry none), then saved under the server's name. */
  csv(eventId: string): Observable<DownloadedFile> {
    const id = encodeURIComponent(eventId);
    return fetchFile(this.http, `/api/events/${id}/registrations.csv`, `${eventId}-registrations.csv`);
  }
}
