import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BulkInvitationRequest,
  BulkInvitationResult,
  Invitation,
  InvitationInput,
  Page,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** The organiser's side of invitations: sending them, and following up on them. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  list(eventId: string): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>(`/api/events/${encodeURIComponent(eventId)}/invitations`);
  }

  invite(eventId: string, input: InvitationInput): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/events/${encodeURIComponent(eventId)}/invitations`, input);
  }

  /** All or nothing: one bad row and the API creates no invitation, naming every bad row instead. */
  inviteMany(eventId: string, request: BulkInvitationRequest): Observable<BulkInvitationResult> {
    return this.http.post<BulkInvitationResult>(
      `/api/events/${encodeURIComponent(eventId)}/invitations/bulk`,
      request,
    );
  }

  resend(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${id}/resend`, null);
  }

  remind(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${id}/remind`, null);
  }

  revoke(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${id}/revoke`, null);
  }
}
