import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Organisation } from '@roundtable/contracts';
import { click, errorOf, fill } from '../../../testing/dom';
import { OrganisationPage } from './organisation.page';

const SAVED: Organisation = {
  nameBg: 'Фондация „За Нашите Деца“',
  nameEn: 'For Our Children Foundation',
  address: 'ул. „Гюешево“ 21, София',
  contactEmail: 'office@example.org',
  privacyNoticeBg: 'Обработваме данните Ви.',
  privacyNoticeEn: 'We process your data.',
  privacyNoticeVersion: '1',
  logoUrl: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('OrganisationPage', () => {
  let fixture: ComponentFixture<OrganisationPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OrganisationPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganisationPage);
    page = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/organisation').flush(SAVED);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('fills the form with the saved details and sends a new privacy version with its text', async () => {
    const version = page.querySelector<HTMLInputElement>('input[formcontrolname="privacyNoticeVersion"]');
    expect(version?.value).toBe('1');
    fill(page, 'Текст на български', 'Нов текст на уведомлението.');
    fill(page, 'Версия на уведомлението', '2');
    await click(fixture, 'Запазете');
    const request = http.expectOne({ method: 'PUT', url: '/api/organisation' });
    expect(request.request.body).toEqual({
      ...SAVED,
      logoUrl: undefined,
      updatedAt: undefined,
      privacyNoticeBg: 'Нов текст на уведомлението.',
      privacyNoticeVersion: '2',
    });
    request.flush({ ...SAVED, privacyNoticeVersion: '2' });
  });

  it('says in Bulgarian what is wrong and sends nothing', async () => {
    fill(page, 'Име на английски', '');
    fill(page, 'Имейл за контакт', 'not-an-address');
    await click(fixture, 'Запазете');
    expect(errorOf(page, 'Име на английски')).toBe('Полето е задължително.');
    expect(errorOf(page, 'Имейл за контакт')).not.toBe('');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Някои полета не са попълнени правилно',
    );
    http.expectNone({ method: 'PUT', url: '/api/organisation' });
  });

  it('uploads the chosen logo and shows it', async () => {
    const input = page.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const request = http.expectOne({ method: 'POST', url: '/api/organisation/logo' });
    expect((request.request.body as FormData).get('logo')).toBe(file);
    request.flush({ ...SAVED, logoUrl: 'http://roundtable.test/api/organisation/logo?v=1' });
    await fixture.whenStable();
    expect(page.querySelector('img')?.getAttribute('alt')).toBe('Лого на Фондация „За Нашите Деца“');
  });
});
