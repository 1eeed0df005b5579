import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { click, field, fill } from '../../../testing/dom';
import { ForgotPasswordPage } from './forgot-password.page';
import { ResetPasswordPage } from './reset-password.page';

describe('password reset pages', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for a link and then says only that a message was sent if the account exists', async () => {
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    fill(page, 'Имейл', ' elena@example.org ');
    await click(fixture, 'Изпратете връзка');
    const request = http.expectOne('/api/auth/password-reset');
    expect(request.request.body).toEqual({ email: 'elena@example.org' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Ако има профил с този имейл');
  });

  it('refuses two different passwords before asking the server', async () => {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', 'a'.repeat(43));
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    fill(page, 'Нова парола', 'correct-horse-battery');
    fill(page, 'Повторете паролата', 'correct-horse-batterz');
    await click(fixture, 'Запазете паролата');
    expect(field(page, 'Повторете паролата').textContent).toContain('Двете пароли не съвпадат.');
    http.expectNone(() => true);
  });

  it('sets the password with the token of the link, and offers a new link when it has expired', async () => {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    const token = 'b'.repeat(43);
    fixture.componentRef.setInput('token', token);
    const page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    fill(page, 'Нова парола', 'correct-horse-battery');
    fill(page, 'Повторете паролата', 'correct-horse-battery');
    await click(fixture, 'Запазете паролата');
    http
      .expectOne(`/api/auth/password-reset/${token}`)
      .flush(
        { status: 410, code: 'RESET_LINK_INVALID', title: 'Gone', detail: 'expired' },
        { status: 410, statusText: 'Gone' },
      );
    await fixture.whenStable();
    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Връзката за нова парола е изтекла');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('/organizer/forgot-password');

    await click(fixture, 'Запазете паролата');
    http
      .expectOne(`/api/auth/password-reset/${token}`)
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Паролата е сменена.');
  });
});
