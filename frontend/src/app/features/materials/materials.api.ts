import { HttpClient, HttpContext, HttpParams, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Material,
  MaterialKind,
  MaterialList,
  MaterialUpdate,
  MaterialVisibility,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';

const withToken = (url: string, token: string | null | undefined) =>
  token ? `${url}?token=${encodeURIComponent(token)}` : url;

/** The fields of an upload beside its file; a signed sheet needs none. */
export interface MaterialUploadFields {
  title?: string;
  visibility?: MaterialVisibility;
  kind?: MaterialKind;
}

/** An event's materials: the list and downloads (by account or personal link) and the organisers' changes. */
@Injectable({ providedIn: 'root' })
export class MaterialsApi {
  private readonly http = inject(HttpClient);

  /** What the caller may see: as the signed-in account, or `asVisitor` as the link (or nobody) would. */
  list(eventId: string, token: string | null = null, asVisitor = false): Observable<MaterialList> {
    const params = token ? new HttpParams().set('token', token) : undefined;
    return this.http.get<MaterialList>(`/api/events/${encodeURIComponent(eventId)}/materials`, {
      params,
      context: new HttpContext().set(ANONYMOUS, asVisitor),
    });
  }

  /** A plain link that downloads the file: for the public and personal links (no bearer token goes with it). */
  downloadUrl(materialId: string, token: string | null = null): string {
    return withToken(`/api/materials/${encodeURIComponent(materialId)}/download`, token);
  }

  zipUrl(eventId: string, token: string | null = null): string {
    return withToken(`/api/events/${encodeURIComponent(eventId)}/materials.zip`, token);
  }

  /** The file as the signed-in organiser may fetch it (any visibility), to save from the page. */
  download(materialId: string): Observable<Blob> {
    return this.http.get(this.downloadUrl(materialId), { responseType: 'blob' });
  }

  /** Uploads with progress events, so the page can show how far it is. */
  upload(eventId: string, file: File, fields: MaterialUploadFields): Observable<HttpEvent<Material>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    form.append('file', file, file.name);
    return this.http.post<Material>(`/api/events/${encodeURIComponent(eventId)}/materials`, form, {
      observe: 'events',
      reportProgress: true,
    });
  }

  update(materialId: string, patch: MaterialUpdate): Observable<Material> {
    return this.http.patch<Material>(`/api/materials/${encodeURIComponent(materialId)}`, patch);
  }

  remove(materialId: string): Observable<void> {
    return this.http.delete<void>(`/api/materials/${encodeURIComponent(materialId)}`);
  }
}
