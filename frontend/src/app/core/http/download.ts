import type { HttpResponse } from '@angular/common/http';

/**
 * The file name the server gave in Content-Disposition: the UTF-8 one (`filename*`, RFC 5987) when present, else
 * the plain one, else `fallback`.
 */
export function filenameOf(response: HttpResponse<unknown>, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: the plain one below still serves.
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/**
 * Saves what was fetched with the session's token (a plain link would carry none) under `filename`, as a link
 * with `download` would.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
