import { HttpContextToken, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Auth } from './auth.service';

/**
 * Set on requests that must be answered as for a visitor even when an organiser is signed in, e.g. the
 * public list of events, which would otherwise include drafts.
 */
export const ANONYMOUS = new HttpContextToken<boolean>(() => false);

const LOGIN_URL = '/api/auth/login';

/** Adds the bearer token to API calls; a 401 means the session is gone, so the organiser logs in again. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(Auth);
  const router = inject(Router);
  const token = auth.token();
  const isApi = request.url.startsWith('/api/');
  const authorised =
    isApi && token && !request.context.get(ANONYMOUS)
      ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
      : request;

  return next(authorised).pipe(
    catchError((error: unknown) => {
      // A wrong password on the login form is a 401 too; it belongs to the form, not to a redirect.
      if (isApi && error instanceof HttpErrorResponse && error.status === 401 && request.url !== LOGIN_URL) {
        auth.clear();
        const returnUrl = router.url.startsWith('/organizer/login') ? undefined : router.url;
        void router.navigate(['/organizer/login'], { queryParams: { returnUrl } });
      }
      return throwError(() => error);
    }),
  );
};
