import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  FollowUpInput,
  RecommendationStatusInput,
  Theme,
  ThemeInput,
  ThemePage,
  ThemePatch,
  TrackedRecommendation,
  TrackerPage,
  TrackerQuery,
} from '@roundtable/contracts';
import type { Observable } from 'rxjs';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';
import { fetchFile, type DownloadedFile } from '../../core/http/download';

/** Query parameters from a tracker query, leaving out what is not set. */
export function trackerParams(query: TrackerQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** Themes, their public pages and the recommendations tracker (decision 0033). */
@Injectable({ providedIn: 'root' })
export class ThemesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<{ items: Theme[]; total: number }> {
    return this.http.get<{ items: Theme[]; total: number }>('/api/themes');
  }

  /** Asked as a visitor: the public page shows what the public may see, whoever is signed in. */
  page(slug: string): Observable<ThemePage> {
    return this.http.get<ThemePage>(`/api/themes/${encodeURIComponent(slug)}/page`, {
      context: new HttpContext().set(ANONYMOUS, true),
    });
  }

  create(input: ThemeInput): Observable<Theme> {
    return this.http.post<Theme>('/api/themes', input);
  }

  update(id: string, patch: ThemePatch): Observable<Theme> {
    return this.http.patch<Theme>(`/api/themes/${encodeURIComponent(id)}`, patch);
  }

  reorder(ids: string[]): Observable<{ items: Theme[]; total: number }> {
    return this.http.put<{ items: Theme[]; total: number }>('/api/themes/order', { ids });
  }

  recommendations(query: TrackerQuery): Observable<TrackerPage> {
    return this.http.get<TrackerPage>('/api/recommendations', { params: trackerParams(query) });
  }

  owners(): Observable<{ items: string[]; total: number }> {
    return this.http.get<{ items: string[]; total: number }>('/api/recommendations/owners');
  }

  changeStatus(id: string, input: RecommendationStatusInput): Observable<TrackedRecommendation> {
    return this.http.post<TrackedRecommendation>(
      `/api/recommendations/${encodeURIComponent(id)}/status`,
      input,
    );
  }

  followUp(id: string, input: FollowUpInput): Observable<TrackedRecommendation> {
    return this.http.post<TrackedRecommendation>(
      `/api/recommendations/${encodeURIComponent(id)}/follow-ups`,
      input,
    );
  }

  csv(query: TrackerQuery): Observable<DownloadedFile> {
    const params = trackerParams({ ...query, page: undefined, pageSize: undefined }).toString();
    return fetchFile(
      this.http,
      `/api/recommendations.csv${params ? `?${params}` : ''}`,
      'recommendations.csv',
    );
  }
}
