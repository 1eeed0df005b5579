import { DOCUMENT } from '@angular/common';
import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, signal } from '@angular/core';
import { map, type Observable } from 'rxjs';
import { I18n } from '../i18n/i18n.service';
import { problemMessage } from './problem';

/** A file the API sent, with the name its Content-Disposition gave it. */
export interface DownloadedFile {
  filename: string;
  blob: Blob;
}

/**
 * Fetches a file through HttpClient, so the session's token goes with it (a plain link would carry none), and
 * names it as the server did, or `fallbackName` when the server gave no name.
 */
export function fetchFile(http: HttpClient, url: string, fallbackName: string): Observable<DownloadedFile> {
  return http.get(url, { responseType: 'blob', observe: 'response' }).pipe(
    map((response) => ({
      filename: filenameOf(response, fallbackName),
      blob: response.body ?? new Blob(),
    })),
  );
}

/** Hands a fetched file to the browser's download, as a click on a link to it would. */
export function saveFile(document: Document, file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A page's downloads, one at a time: `busy()` names the file being fetched (for the button's label), a fetched
 * file goes to the browser, and a refusal reaches `failed` as a message in the user's language. Made in a
 * component's field initialiser (it injects the document and the translations).
 */
export class Downloads<K extends string> {
  readonly busy = signal<K | null>(null);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);

  fetch(kind: K, request: Observable<DownloadedFile>, failed: (message: string) => void): void {
    if (this.busy()) return;
    this.busy.set(kind);
    request.subscribe({
      next: (file) => {
        this.busy.set(null);
        saveFile(this.document, file);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        failed(problemMessage(this.i18n, error));
      },
    });
  }
}

function filenameOf(response: HttpResponse<Blob>, fallbackName: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  // RFC 6266: the UTF-8 `filename*` (Cyrillic titles) wins over the plain ASCII `filename`.
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
}
