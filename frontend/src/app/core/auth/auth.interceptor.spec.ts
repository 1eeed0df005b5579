import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ANONYMOUS, authInterceptor } from './auth.interceptor';
import { Auth } from './auth.service';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    localStorage.setItem(
      'rt.session',
      JSON.stringify({
        accessToken: 'secret-token',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: { id: '1', email: 'organizer@example.org', name: 'Елена', role: 'organizer', language: 'bg' },
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  it('adds the bearer token to API calls only', () => {
    http.get('/api/events').subscribe();
    http.get('/assets/logo.svg').subscribe();
    http.get('/api/events', { context: new HttpContext().set(ANONYMOUS, true) }).subscribe();
    const [withToken, anonymous] = backend.match('/api/events');
    expect(withToken.request.headers.get('Authorization')).toBe('Bearer secret-token');
    expect(anonymous.request.headers.has('Authorization')).toBe(false);
    expect(backend.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
    withToken.flush({});
    anonymous.flush({});
  });

  it('ends the session and goes to the login page on 401', () => {
    http.get('/api/users').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    expect(TestBed.inject(Auth).isLoggedIn()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/organizer/login'], { queryParams: { returnUrl: '/' } });
  });

  it('leaves a failed login to the login form', () => {
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS' }, { status: 401, statusText: 'Unauthorized' });
    expect(router.navigate).not.toHaveBeenCalled();
    expect(TestBed.inject(Auth).isLoggedIn()).toBe(true);
  });
});
