import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Problem } from '@roundtable/contracts';
import { click, field, fill } from '../../../testing/dom';
import { UserCreateFormComponent } from './user-create-form.component';

describe('UserCreateFormComponent', () => {
  let fixture: ComponentFixture<UserCreateFormComponent>;
  let http: HttpTestingController;
  let form: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [UserCreateFormComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserCreateFormComponent);
    form = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const input = (label: string) => field(form, label).querySelector('input');
  const alert = () => form.querySelector('[role="alert"]')?.textContent?.trim();

  it('announces a summary and takes the keyboard to the first field to correct', async () => {
    fill(form, 'Имейл', 'ivan@example.org');
    await click(fixture, 'Създай потребител');
    expect(alert()).toBe('Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.');
    expect(document.activeElement).toBe(input('Име'));
    http.expectNone('/api/users');
  });

  it('does the same when the server marks a field, here the e-mail that is taken', async () => {
    fill(form, 'Имейл', 'ivan@example.org');
    fill(form, 'Име', 'Иван Петров');
    fill(form, 'Парола', 'a long enough password');
    await click(fixture, 'Създай потребител');
    const taken: Problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Taken.',
      code: 'EMAIL_TAKEN',
    };
    http.expectOne('/api/users').flush(taken, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(document.activeElement).toBe(input('Имейл'));
  });
});
