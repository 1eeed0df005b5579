import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TrackedRecommendation, TrackerPage as TrackerPageData } from '@roundtable/contracts';
import { anEvent } from '../../../testing/builders';
import { TrackerPage } from './tracker.page';

const earlier = anEvent({ id: 'e1', title: 'Първа кръгла маса', startsAt: '2031-05-21T10:00:00+03:00' });
const later = anEvent({ id: 'e2', title: 'Втора кръгла маса', startsAt: '2032-05-20T10:00:00+03:00' });

const aTracked = (overrides: Partial<TrackedRecommendation> = {}): TrackedRecommendation => ({
  id: 'r1',
  text: 'Всяко училище да има координатор.',
  owner: 'МОН',
  dueDate: '2031-12-31',
  status: 'proposed',
  createdAt: '2031-05-22T10:00:00.000Z',
  updatedAt: '2031-05-22T10:00:00.000Z',
  event: {
    id: 'e1',
    slug: 'parva',
    title: 'Първа кръгла маса',
    startsAt: earlier.startsAt,
    timezone: 'Europe/Sofia',
  },
  themes: ['t1'],
  overdue: true,
  summaryPublished: true,
  history: [
    {
      at: '2031-05-22T10:00:00.000Z',
      text: 'Всяко училище да има координатор.',
      owner: 'МОН',
      dueDate: '2031-12-31',
      status: 'proposed',
      note: null,
    },
  ],
  followUps: [],
  ...overrides,
});
const aPage = (items: TrackedRecommendation[]): TrackerPageData => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('TrackerPage', () => {
  let fixture: ComponentFixture<TrackerPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [TrackerPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TrackerPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/themes').flush({
      items: [
        {
          id: 't1',
          slug: 'violence-against-children',
          name: { bg: 'Насилие срещу децата', en: 'Violence against children' },
          position: 0,
          retired: false,
        },
      ],
      total: 1,
    });
    http.expectOne('/api/recommendations/owners').flush({ items: ['МОН'], total: 1 });
    http
      .expectOne((r) => r.url === '/api/events')
      .flush({ items: [later, earlier], total: 2, page: 1, pageSize: 100 });
    http.expectOne((r) => r.url === '/api/recommendations').flush(aPage([aTracked()]));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows each recommendation with its theme, overdue flag and history, and filters by theme from the first page', async () => {
    const item = page.querySelector('article') as HTMLElement;
    expect(item.textContent).toContain('Всяко училище да има координатор.');
    expect(item.textContent).toContain('Просрочена');
    expect(item.textContent).toContain('Насилие срещу децата');
    expect(item.querySelector('.history')?.textContent).toContain('Предложена');

    const theme = page.querySelector('select') as HTMLSelectElement;
    theme.value = 'violence-against-children';
    theme.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const request = http.expectOne((r) => r.url === '/api/recommendations');
    expect(request.request.params.get('theme')).toBe('violence-against-children');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(aPage([]));
    await fixture.whenStable();
    expect(page.textContent).toContain('Няма препоръки, които отговарят на филтрите.');
  });

  it('saves a new status with its note, and offers only later events to carry it to', async () => {
    const item = page.querySelector('article') as HTMLElement;
    const carryOptions = [...item.querySelectorAll('option')].map((option) => option.textContent?.trim());
    expect(carryOptions.some((text) => text?.startsWith('Втора кръгла маса'))).toBe(true);
    expect(carryOptions.some((text) => text?.startsWith('Първа кръгла маса'))).toBe(false);

    const [status] = [...item.querySelectorAll('select')];
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    const note = item.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Координаторите са назначени.';
    note.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    const save = [...item.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Запазете статуса'),
    );
    save?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/recommendations/r1/status' });
    expect(request.request.body).toEqual({ status: 'done', note: 'Координаторите са назначени.' });
    request.flush(aTracked({ status: 'done' }));
    await fixture.whenStable();
    expect(item.querySelector('rt-recommendation-status-chip')?.textContent).toContain('Изпълнена');
  });
});
