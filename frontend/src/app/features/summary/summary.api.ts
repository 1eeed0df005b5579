import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Summary, SummaryInput, SummaryPreview, SummaryPreviewInput } from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';
import { fetchFile, type DownloadedFile } from '../../core/http/download';

/** The address of the summary report, public once the summary is published. */
export function summaryPdfUrl(eventId: string): string {
  return `/api/events/${encodeURIComponent(eventId)}/summary.pdf`;
}

/** The summary after an event: read by anyone once published, written and published by organisers. */
@Injectable({ providedIn: 'root' })
export class SummaryApi {
  private readonly http = inject(HttpClient);

  /**
   * `asVisitor`: answered as for anyone, even when an organiser is signed in, so that a public page never shows
   * a summary before it is published (the API shows organisers their drafts).
   */
  get(eventId: string, asVisitor = false): Observable<Summary> {
    return this.http.get<Summary>(`/api/events/${encodeURIComponent(eventId)}/summary`, {
      context: new HttpContext().set(ANONYMOUS, asVisitor),
    });
  }

  /** The whole summary; each recommendation that exists goes with its id, so its history goes on. */
  save(eventId: string, input: SummaryInput): Observable<Summary> {
    return this.http.put<Summary>(`/api/events/${encodeURIComponent(eventId)}/summary`, input);
  }

  /** The body through the API's one sanitiser: the HTML the page, the e-mail and the PDF will show. */
  preview(eventId: string, body: string): Observable<SummaryPreview> {
    const input: SummaryPreviewInput = { body };
    return this.http.post<SummaryPreview>(
      `/api/events/${encodeURIComponent(eventId)}/summary/preview`,
      input,
    );
  }

  /** Makes it public and e-mails the attendees, once. */
  publish(eventId: string): Observable<Summary> {
    return this.http.post<Summary>(`/api/events/${encodeURIComponent(eventId)}/summary/publish`, null);
  }

  /** With the organiser's token: before publishing, the report is theirs only. */
  pdf(eventId: string): Observable<DownloadedFile> {
    return fetchFile(this.http, summaryPdfUrl(eventId), `${eventId}-summary.pdf`);
  }

  statisticsCsv(eventId: string): Observable<DownloadedFile> {
    const url = `/api/events/${encodeURIComponent(eventId)}/statistics.csv`;
    return fetchFile(this.http, url, `${eventId}-statistics.csv`);
  }
}
