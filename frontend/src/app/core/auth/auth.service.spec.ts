import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoginResponse } from '@roundtable/contracts';
import { I18n } from '../i18n/i18n.service';
import { Auth } from './auth.service';

const englishOrganiser: LoginResponse = {
  accessToken: 'secret-token',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: '1', email: 'maria@example.org', name: 'Maria', role: 'organizer', language: 'en' },
};

describe('Auth and the language of the account', () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    return { backend: TestBed.inject(HttpTestingController), i18n: TestBed.inject(I18n) };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('signs in and speaks the language saved in the account', () => {
    const { backend, i18n } = setUp();
    TestBed.inject(Auth).login({ email: 'maria@example.org', password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush(englishOrganiser);
    expect(i18n.language()).toBe('en');
  });

  it('keeps speaking it after a reload', () => {
    localStorage.setItem('rt.session', JSON.stringify(englishOrganiser));
    const { i18n } = setUp();
    TestBed.inject(Auth);
    expect(i18n.language()).toBe('en');
  });

  it('leaves a language the person switched to on this device as it is', () => {
    localStorage.setItem('rt.language', 'bg');
    const { backend, i18n } = setUp();
    TestBed.inject(Auth).login({ email: 'maria@example.org', password: 'x' }).subscribe();
    backend.expectOne('/api/auth/login').flush(englishOrganiser);
    expect(i18n.language()).toBe('bg');
  });
});
