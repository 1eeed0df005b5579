import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Contact,
  ContactImport,
  ContactInput,
  ContactInvitationInput,
  ContactInvitationResult,
  ContactListQuery,
  ContactPage,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** Only what is set goes into the URL: the API reads an absent filter as "any", an empty one as invalid. */
export function contactListParams(query: ContactListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The contacts directory: the list, one contact by hand, CSV imports and invitations to an event. */
@Injectable({ providedIn: 'root' })
export class ContactsApi {
  private readonly http = inject(HttpClient);

  list(query: ContactListQuery): Observable<ContactPage> {
    return this.http.get<ContactPage>('/api/contacts', { params: contactListParams(query) });
  }

  create(input: ContactInput): Observable<Contact> {
    return this.http.post<Contact>('/api/contacts', input);
  }

  /** The file's text as the raw body: the API parses the columns and answers at once with a queued import. */
  startImport(csv: string): Observable<ContactImport> {
    return this.http.post<ContactImport>('/api/contacts/imports', csv, {
      headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
    });
  }

  importStatus(id: string): Observable<ContactImport> {
    return this.http.get<ContactImport>(`/api/contacts/imports/${encodeURIComponent(id)}`);
  }

  invite(request: ContactInvitationInput): Observable<ContactInvitationResult> {
    return this.http.post<ContactInvitationResult>('/api/contacts/invitations', request);
  }
}
