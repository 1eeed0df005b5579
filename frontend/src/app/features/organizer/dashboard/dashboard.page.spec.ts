import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Event, EventCounts, EventStatus } from '@roundtable/contracts';
import { anEvent } from '../../../../testing/builders';
import { DashboardPage } from './dashboard.page';

function events(status: EventStatus, from: number, count: number): Event[] {
  return Array.from({ length: count }, (_, i) =>
    anEvent({
      id: `${status}-${from + i}`,
      slug: `${status}-${from + i}`,
      status,
      title: `Кръгла маса ${from + i}`,
    }),
  );
}

const someCounts: EventCounts = {
  registrations: { pending: 2, confirmed: 31, waitlisted: 4, cancelled: 1, rejected: 0 },
  invitations: {
    draft: 0,
    pending: 3,
    accepted: 5,
    declined: 1,
    tentative: 0,
    delegated: 0,
    revoked: 0,
    expired: 0,
  },
};

describe('DashboardPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<DashboardPage>;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    // 120 drafts, of which the first page of 50 comes now; 3 upcoming, 1 past; no cancelled.
    http
      .expectOne('/api/events?status=draft&page=1&pageSize=50')
      .flush({ items: events('draft', 1, 50), total: 120 });
    http
      .expectOne('/api/events?status=published&when=upcoming&page=1&pageSize=50')
      .flush({ items: events('published', 1, 3), total: 3 });
    http
      .expectOne('/api/events?status=published&when=past&page=1&pageSize=50')
      .flush({ items: [anEvent({ id: 'past-1', title: 'Форум 2025', status: 'published' })], total: 1 });
    http.expectOne('/api/events?status=cancelled&page=1&pageSize=50').flush({ items: [], total: 0 });
    await fixture.whenStable();
    TestBed.tick();
    const counts = http.expectOne((request) => request.url === '/api/registrations/counts');
    expect(counts.request.params.get('events')?.split(',')).toHaveLength(54);
    counts.flush({ 'published-1': someCounts });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  type Key = 'draft' | 'upcoming' | 'past' | 'cancelled';
  const group = (key: Key) => page().querySelector(`[aria-labelledby="group-${key}"]`) as HTMLElement;
  const titles = (status: Key) =>
    Array.from(group(status).querySelectorAll('.title')).map((title) => title.textContent?.trim());

  /** Clicks `button`, and answers the request for drafts' `page` with `count` events numbered from `from`. */
  async function nextDrafts(button: Element | null, page: number, from: number, count: number) {
    (button as HTMLButtonElement).click();
    http
      .expectOne(`/api/events?status=draft&page=${page}&pageSize=50`)
      .flush({ items: events('draft', from, count), total: 120 });
    await fixture.whenStable();
    http.expectOne((request) => request.url === '/api/registrations/counts').flush({});
    await fixture.whenStable();
  }
  const moreDrafts = () => group('draft').querySelector('.more button');

  it('shows every event past the first page, a page at a time, only where there are more', async () => {
    expect(titles('draft')).toHaveLength(50);
    expect(group('draft').textContent).toContain('Показани 50 от 120');
    expect(group('upcoming').querySelector('.more')).toBeNull();
    expect(group('cancelled').textContent).toContain('Няма отменени събития.');

    await nextDrafts(moreDrafts(), 2, 51, 50);
    expect(titles('draft')).toHaveLength(100);
    expect(titles('draft')[50]).toBe('Кръгла маса 51');

    await nextDrafts(moreDrafts(), 3, 101, 20);
    expect(titles('draft')).toHaveLength(120);
    expect(group('draft').querySelector('.more')).toBeNull();
    expect(titles('upcoming')).toHaveLength(3);
  });

  it('separates upcoming from past events, and counts registrations and invitations of each', () => {
    expect(titles('past')).toEqual(['Форум 2025']);
    const first = group('upcoming').querySelector('.row')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('Регистрации – потвърдени: 31, чакащи: 4, за одобрение: 2');
    expect(first).toContain('Покани – приети: 5, без отговор: 3, отказани: 1');
    expect(group('past').querySelector('.figures')).toBeNull();
  });

  it('calls the link of a draft a preview, and that of a published event its public page', () => {
    const links = (status: Key) =>
      Array.from(group(status).querySelectorAll('a[href^="/events/"]')).map((link) =>
        link.textContent?.trim(),
      );
    expect(links('draft')[0]).toBe('Преглед');
    expect(links('upcoming')[0]).toBe('Публична страница');
  });

  it('offers to try again when the next page fails, keeping what is shown', async () => {
    (moreDrafts() as HTMLButtonElement).click();
    http
      .expectOne('/api/events?status=draft&page=2&pageSize=50')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(titles('draft')).toHaveLength(50);
    const retry = group('draft').querySelector('rt-load-error button');
    expect(retry).not.toBeNull();

    await nextDrafts(retry, 2, 51, 50);
    expect(titles('draft')).toHaveLength(100);
    expect(group('draft').querySelector('rt-load-error')).toBeNull();
  });
});

describe('DashboardPage for a staff account', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem(
      'rt.session',
      JSON.stringify({
        accessToken: 'token',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: { id: 's1', email: 'staff@example.org', name: 'Петър Стоянов', role: 'staff', language: 'bg' },
      }),
    );
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('lists their events, each with its check-in button and nothing an organiser would change', async () => {
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    http
      .expectOne('/api/events?status=draft&page=1&pageSize=50')
      .flush({ items: [anEvent({ id: 'd1', title: 'Форум (чернова)', status: 'draft' })], total: 1 });
    http
      .expectOne('/api/events?status=published&when=upcoming&page=1&pageSize=50')
      .flush({ items: [anEvent({ id: 'e1', title: 'Кръгла маса 1', status: 'published' })], total: 1 });
    http
      .expectOne('/api/events?status=published&when=past&page=1&pageSize=50')
      .flush({ items: [], total: 0 });
    await fixture.whenStable();
    TestBed.tick();
    // No cancelled events, no counts: neither is the door's business.
    http.expectNone((request) => request.url === '/api/registrations/counts');
    http.expectNone('/api/events?status=cancelled&page=1&pageSize=50');

    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toContain('Събития за регистрация на място');
    const checkin = page.querySelector<HTMLAnchorElement>(
      'a[aria-label="Регистрация на място: Кръгла маса 1"]',
    );
    expect(checkin?.getAttribute('href')).toBe('/organizer/events/e1/check-in');
    expect(page.querySelector('a[aria-label="Регистрация на място: Форум (чернова)"]')).not.toBeNull();
    expect(page.textContent).not.toContain('Ново събитие');
    expect(page.textContent).not.toContain('Редактирай');
    expect(page.textContent).not.toContain('Регистрации –');
  });
});
