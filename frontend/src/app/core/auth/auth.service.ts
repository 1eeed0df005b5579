import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, UserRole } from '@roundtable/contracts';
import { catchError, of, tap, type Observable } from 'rxjs';
import { I18n } from '../i18n/i18n.service';

export type SessionUser = LoginResponse['user'];

interface StoredSession {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

const STORAGE_KEY = 'rt.session';
/** Roles that may use the organiser area; staff accounts only check people in. */
export const ORGANIZER_ROLES: readonly UserRole[] = ['admin', 'organizer'];

/**
 * The signed-in organiser. The token and the user are kept together in localStorage so that a reload shows
 * the right header and passes the guards at once, without waiting for `/api/auth/me`.
 */
@Injectable({ providedIn: 'root' })
export class Auth {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  private readonly session = signal<StoredSession | null>(this.restore());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly isLoggedIn = computed(() => this.session() !== null);
  readonly isOrganizer = computed(() => hasRole(this.user()?.role, ORGANIZER_ROLES));
  readonly isAdmin = computed(() => this.user()?.role === 'admin');

  constructor() {
    const user = this.user();
    if (user) this.i18n.adopt(user.language);
  }

  login(credentials: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials).pipe(
      tap(({ accessToken, expiresAt, user }) => {
        this.store({ accessToken, expiresAt, user });
        this.i18n.adopt(user.language);
      }),
    );
  }

  /** Ends the session on the server too; the local session ends even when the server cannot be reached. */
  logout(): Observable<unknown> {
    if (!this.session()) return of(null);
    return this.http.post('/api/auth/logout', null).pipe(
      catchError(() => of(null)),
      tap(() => this.clear()),
    );
  }

  /** Forgets the session without asking the server, e.g. after it answered 401. */
  clear(): void {
    this.session.set(null);
    this.storage()?.removeItem(STORAGE_KEY);
  }

  private store(session: StoredSession): void {
    this.session.set(session);
    this.storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  }

  private restore(): StoredSession | null {
    try {
      const raw = this.storage()?.getItem(STORAGE_KEY);
      const session = raw ? (JSON.parse(raw) as StoredSession) : null;
      if (!session?.accessToken || !session.user || new Date(session.expiresAt).getTime() <= Date.now()) {
        return null;
      }
      return session;
    } catch {
      return null;
    }
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}

export function hasRole(role: UserRole | undefined, allowed: readonly UserRole[]): boolean {
  return role !== undefined && allowed.includes(role);
}
