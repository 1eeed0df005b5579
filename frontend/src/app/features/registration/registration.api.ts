import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Event, Registration, RegistrationInput } from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';

export interface RegistrationView {
  registration: Registration;
  event: Event;
}

/** The form's bot guard (decision 0010): a timed token to send back, and a field that must come back empty. */
export interface RegistrationFormGuard {
  formToken: string;
  minFillSeconds: number;
  honeypotField: string;
}

/** What the registrant may change by their link: everything but the address the link was sent to. */
export type RegistrationChanges = Partial<Omit<RegistrationInput, 'email' | 'consents'>> & {
  consents?: RegistrationInput['consents'];
};

/**
 * A participant's calls: registering, and the page behind the manage link. Every call goes out as a visitor,
 * so an organiser's expired session in the same browser never turns the registrant's page into a login.
 */
@Injectable({ providedIn: 'root' })
export class RegistrationApi {
  private readonly http = inject(HttpClient);
  private readonly context = new HttpContext().set(ANONYMOUS, true);

  /** Fetched when the form opens, and again after the server refused the form's check. */
  formGuard(eventId: string): Observable<RegistrationFormGuard> {
    return this.http.get<RegistrationFormGuard>(
      `/api/events/${encodeURIComponent(eventId)}/registration-form`,
      { context: this.context },
    );
  }

  /** `honeypot` is what the hidden field holds: empty from a person, filled by a script that fills everything. */
  register(
    eventId: string,
    input: RegistrationInput,
    guard: RegistrationFormGuard,
    honeypot: string,
  ): Observable<Registration> {
    const body = { ...input, formToken: guard.formToken, [guard.honeypotField]: honeypot };
    return this.http.post<Registration>(`/api/events/${encodeURIComponent(eventId)}/registrations`, body, {
      context: this.context,
    });
  }

  view(token: string): Observable<RegistrationView> {
    return this.http.get<RegistrationView>(this.url(token), { context: this.context });
  }

  update(token: string, changes: RegistrationChanges): Observable<Registration> {
    return this.http.patch<Registration>(this.url(token), changes, { context: this.context });
  }

  cancel(token: string): Observable<Registration> {
    return this.http.delete<Registration>(this.url(token), { context: this.context });
  }

  /** Anonymises the registration at once; what is left is no longer anyone's. */
  erase(token: string): Observable<unknown> {
    return this.http.delete(`${this.url(token)}/personal-data`, { context: this.context });
  }

  /** Always answers 202, whether or not the address is registered: nobody learns who is. */
  sendLostLink(eventId: string, email: string): Observable<unknown> {
    return this.http.post('/api/registrations/lost-link', { email, eventId }, { context: this.context });
  }

  qrUrl(token: string): string {
    return `${this.url(token)}/qr.png`;
  }

  private url(token: string): string {
    return `/api/registrations/by-token/${encodeURIComponent(token)}`;
  }
}
