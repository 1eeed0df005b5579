import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ThemePage as ThemePageData } from '@roundtable/contracts';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';
import { ThemePage } from './theme.page';

const aPage = (): ThemePageData => ({
  theme: {
    id: 't1',
    slug: 'violence-against-children',
    name: { bg: 'Насилие срещу децата', en: 'Violence against children' },
    position: 4,
    retired: false,
  },
  events: [
    {
      id: 'e2',
      slug: 'po-kasno',
      title: 'Кръгла маса: година по-късно',
      startsAt: '2032-05-20T10:00:00+03:00',
      endsAt: '2032-05-20T13:00:00+03:00',
      timezone: 'Europe/Sofia',
      summaryPublished: false,
      recommendations: [],
    },
    {
      id: 'e1',
      slug: 'detstvo-bez-nasilie',
      title: 'Кръгла маса „Детство без насилие“',
      startsAt: '2031-05-21T10:00:00+03:00',
      endsAt: '2031-05-21T13:00:00+03:00',
      timezone: 'Europe/Sofia',
      summaryPublished: true,
      recommendations: [
        {
          id: 'r1',
          text: 'Всяко училище да има координатор по закрила на детето.',
          owner: 'МОН',
          dueDate: null,
          status: 'done',
          updatedAt: '2031-09-01T10:00:00.000Z',
          followedUpIn: [
            {
              id: 'e2',
              slug: 'po-kasno',
              title: 'Кръгла маса: година по-късно',
              startsAt: '2032-05-20T10:00:00+03:00',
              timezone: 'Europe/Sofia',
            },
          ],
        },
      ],
    },
  ],
});

describe('ThemePage', () => {
  let fixture: ComponentFixture<ThemePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ThemePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ThemePage);
    fixture.componentRef.setInput('slug', 'violence-against-children');
    page = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('asks as a visitor and shows each event, the recommendations of published summaries and where they were followed up', async () => {
    fixture.detectChanges();
    const request = http.expectOne('/api/themes/violence-against-children/page');
    expect(request.request.context.get(ANONYMOUS)).toBe(true);
    request.flush(aPage());
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toContain('Насилие срещу децата');
    const events = [...page.querySelectorAll('.event')];
    expect(events.map((event) => event.querySelector('h3')?.textContent?.trim())).toEqual([
      'Кръгла маса: година по-късно',
      'Кръгла маса „Детство без насилие“',
    ]);
    expect(events[0].textContent).toContain('Обобщението на събитието все още не е публикувано.');
    expect(events[1].textContent).toContain('Всяко училище да има координатор по закрила на детето.');
    expect(events[1].querySelector('rt-recommendation-status-chip')?.textContent).toContain('Изпълнена');
    expect(events[1].querySelector('.followed a')?.getAttribute('href')).toBe('/events/po-kasno');
  });

  it('says so when there is no such theme', async () => {
    fixture.detectChanges();
    http
      .expectOne('/api/themes/violence-against-children/page')
      .flush(
        { type: 'about:blank', title: 'Not Found', status: 404, code: 'THEME_NOT_FOUND' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(page.querySelector('rt-not-found')).not.toBeNull();
  });
});
