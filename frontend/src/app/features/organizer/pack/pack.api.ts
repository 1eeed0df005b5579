import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PackStatus } from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { fetchFile, type DownloadedFile } from '../../../core/http/download';

const packUrl = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/pack`;

/** The funder's reporting pack of one event: start a build, follow it, download the ZIP. */
@Injectable({ providedIn: 'root' })
export class PackApi {
  private readonly http = inject(HttpClient);

  /** Starts a build, or answers the one under way. */
  request(eventId: string): Observable<PackStatus> {
    return this.http.post<PackStatus>(packUrl(eventId), {});
  }

  /** The latest build; 404 when none was ever asked for. */
  status(eventId: string): Observable<PackStatus> {
    return this.http.get<PackStatus>(packUrl(eventId));
  }

  download(eventId: string): Observable<DownloadedFile> {
    return fetchFile(this.http, `${packUrl(eventId)}.zip`, 'reporting-pack.zip');
  }
}
