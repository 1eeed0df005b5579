import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { button, click, field, fill } from '../../../testing/dom';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const input = (label: string) => field(page, label).querySelector('input');

  it('announces a summary and takes the keyboard to the first field to correct', async () => {
    await click(fixture, 'Вход');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Някои полета не са попълнени правилно.',
    );
    expect(document.activeElement).toBe(input('Имейл'));

    fill(page, 'Имейл', 'elena@example.org');
    await click(fixture, 'Вход');
    expect(document.activeElement).toBe(input('Парола'));
    http.expectNone('/api/auth/login');
  });

  it('keeps the busy button focusable and ignores a second press while signing in', async () => {
    fill(page, 'Имейл', 'elena@example.org');
    fill(page, 'Парола', 'a password');
    const submit = button(page, 'Вход');
    submit.focus();
    await click(fixture, 'Вход');

    const busy = button(page, 'Влизане…');
    expect(busy).toBe(submit);
    expect(busy.disabled).toBe(false);
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(busy);
    await click(fixture, 'Влизане…');
    http.expectOne('/api/auth/login');
  });
});
