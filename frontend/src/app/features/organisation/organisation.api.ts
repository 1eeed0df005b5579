import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Organisation, OrganisationInput, PublicOrganisation } from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** The organisation Roundtable speaks for: the admin's settings, and what every page may show. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  get(): Observable<Organisation> {
    return this.http.get<Organisation>('/api/organisation');
  }

  getPublic(): Observable<PublicOrganisation> {
    return this.http.get<PublicOrganisation>('/api/organisation/public');
  }

  update(input: OrganisationInput): Observable<Organisation> {
    return this.http.put<Organisation>('/api/organisation', input);
  }

  uploadLogo(file: File): Observable<Organisation> {
    const body = new FormData();
    body.append('logo', file);
    return this.http.post<Organisation>('/api/organisation/logo', body);
  }
}
