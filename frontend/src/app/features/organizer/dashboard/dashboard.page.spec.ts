import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Event, EventStatus } from '@roundtable/contracts';
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
    // 120 drafts, of which the first page of 50 comes now; 3 published; no cancelled.
    http
      .expectOne('/api/events?status=draft&page=1&pageSize=50')
      .flush({ items: events('draft', 1, 50), total: 120 });
    http
      .expectOne('/api/events?status=published&page=1&pageSize=50')
      .flush({ items: events('published', 1, 3), total: 3 });
    http.expectOne('/api/events?status=cancelled&page=1&pageSize=50').flush({ items: [], total: 0 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const group = (status: EventStatus) =>
    page().querySelector(`[aria-labelledby="group-${status}"]`) as HTMLElement;
  const titles = (status: EventStatus) =>
    Array.from(group(status).querySelectorAll('.title')).map((title) => title.textContent?.trim());

  /** Clicks `button`, and answers the request for drafts' `page` with `count` events numbered from `from`. */
  async function nextDrafts(button: Element | null, page: number, from: number, count: number) {
    (button as HTMLButtonElement).click();
    http
      .expectOne(`/api/events?status=draft&page=${page}&pageSize=50`)
      .flush({ items: events('draft', from, count), total: 120 });
    await fixture.whenStable();
  }
  const moreDrafts = () => group('draft').querySelector('.more button');

  it('shows every event past the first page, a page at a time, only where there are more', async () => {
    expect(titles('draft')).toHaveLength(50);
    expect(group('draft').textContent).toContain('Показани 50 от 120');
    expect(group('published').querySelector('.more')).toBeNull();
    expect(group('cancelled').textContent).toContain('Няма отменени събития.');

    await nextDrafts(moreDrafts(), 2, 51, 50);
    expect(titles('draft')).toHaveLength(100);
    expect(titles('draft')[50]).toBe('Кръгла маса 51');

    await nextDrafts(moreDrafts(), 3, 101, 20);
    expect(titles('draft')).toHaveLength(120);
    expect(group('draft').querySelector('.more')).toBeNull();
    expect(titles('published')).toHaveLength(3);
  });

  it('calls the link of a draft a preview, and that of a published event its public page', () => {
    const links = (status: EventStatus) =>
      Array.from(group(status).querySelectorAll('a[href^="/events/"]')).map((link) =>
        link.textContent?.trim(),
      );
    expect(links('draft')[0]).toBe('Преглед');
    expect(links('published')[0]).toBe('Публична страница');
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
