import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Event,
  GuestRegistrationPrefill,
  Invitation,
  InvitationProfileRequest,
  InvitationResponseRequest,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';

export interface InvitationView {
  invitation: Invitation;
  /** May still be a draft: the invitee sees it anyway. */
  event: Event;
  /** A guest's registration form's first values; null for the panel's roles, who do not register. */
  registration: GuestRegistrationPrefill | null;
}

/**
 * What an invitee does through the link in their e-mail. The token is the key, so every call goes out as a
 * visitor: an organiser's expired session in the same browser must not turn the invitee's page into a login.
 */
@Injectable({ providedIn: 'root' })
export class InviteeApi {
  private readonly http = inject(HttpClient);
  private readonly context = new HttpContext().set(ANONYMOUS, true);

  view(token: string): Observable<InvitationView> {
    return this.http.get<InvitationView>(this.url(token), { context: this.context });
  }

  respond(token: string, answer: InvitationResponseRequest): Observable<Invitation> {
    return this.http.post<Invitation>(`${this.url(token)}/response`, answer, { context: this.context });
  }

  saveProfile(token: string, profile: InvitationProfileRequest): Observable<Invitation> {
    return this.http.put<Invitation>(`${this.url(token)}/profile`, profile, { context: this.context });
  }

  uploadPhoto(token: string, photo: File): Observable<Invitation> {
    const body = new FormData();
    body.append('photo', photo, photo.name);
    return this.http.post<Invitation>(`${this.url(token)}/photo`, body, { context: this.context });
  }

  private url(token: string): string {
    return `/api/invitations/by-token/${encodeURIComponent(token)}`;
  }
}
