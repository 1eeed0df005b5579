import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttendanceStats } from '@roundtable/contracts';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';
import { anEvent, aRecommendation, aSummary } from '../../../testing/builders';
import { AttendanceStatsComponent } from './attendance-stats.component';
import { SummaryPage } from './summary.page';
import { MaterialsListStub, stubMaterialsList } from '../../../testing/stubs';
import { By } from '@angular/platform-browser';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const SUMMARY_URL = `/api/events/${EVENT_ID}/summary`;

/** ICU keeps "2024 г." together with a narrow no-break space; the tests compare words, not spacing. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The charts draw with ECharts, which jsdom cannot; the statistics have their own spec. */
@Component({
  selector: 'rt-attendance-stats',
  template: '<p class="stats-stub">{{ stats().checkedIn }}</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class AttendanceStatsStub {
  readonly stats = input.required<AttendanceStats>();
}

describe('SummaryPage', () => {
  let fixture: ComponentFixture<SummaryPage> | undefined;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SummaryPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.overrideComponent(SummaryPage, {
      remove: { imports: [AttendanceStatsComponent] },
      add: { imports: [AttendanceStatsStub] },
    });
    stubMaterialsList(SummaryPage);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    fixture = undefined;
    http.verify();
  });

  /** Opens the page by the event's slug; the event is answered, and the summary asked for by the event's id. */
  async function open() {
    fixture ??= TestBed.createComponent(SummaryPage);
    fixture.componentRef.setInput('slug', 'kragla-masa');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/events/kragla-masa').flush(
      anEvent({
        status: 'published',
        startsAt: '2024-05-21T10:00:00+03:00',
        endsAt: '2024-05-21T13:00:00+03:00',
      }),
    );
    return summaryRequest();
  }

  /**
   * The summary is asked for once the event's answer has gone through its resource, a few microtasks later. Not
   * whenStable(): the summary's own resource, waiting for its answer, keeps the app unstable on purpose.
   */
  async function summaryRequest(): Promise<TestRequest> {
    for (let round = 0; round < 10; round++) {
      await Promise.resolve();
      TestBed.tick();
      const [request] = http.match(SUMMARY_URL);
      if (request) return request;
    }
    throw new Error('The summary was never asked for');
  }

  it('passes the personal link of the e-mail on to the materials list, so it shows what that person may see', async () => {
    fixture = TestBed.createComponent(SummaryPage);
    fixture.componentRef.setInput('token', 'token-from-the-summary-email');
    const request = await open();
    request.flush(aSummary());
    await fixture.whenStable();
    const list = fixture.debugElement.query(By.directive(MaterialsListStub))
      .componentInstance as MaterialsListStub;
    expect(list.eventId()).toBe(anEvent().id);
    expect(list.token()).toBe('token-from-the-summary-email');
  });

  it('shows the sanitised body, key points, recommendations with their status and due date, and the report', async () => {
    const request = await open();
    // A public page shows what the public may see, also to an organiser who is signed in.
    expect(request.request.context.get(ANONYMOUS)).toBe(true);
    request.flush(
      aSummary({
        bodyHtml: '<h3>Какво обсъдихме</h3><p>Участниците обсъдиха <strong>достъпа</strong> до услуги.</p>',
        recommendations: [
          aRecommendation({
            text: 'Общ регистър на услугите.',
            status: 'in-progress',
            dueDate: '2024-09-30',
          }),
          aRecommendation({ text: 'Обучения за учители.', status: 'done', owner: null, dueDate: null }),
        ],
      }),
    );
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toBe('Кръгла маса „Ранно детско развитие“');
    // 21 May 2024 at 10:00 in Sofia, whatever the zone of the machine.
    const text = plain(page.textContent ?? '');
    expect(text).toContain('вторник, 21 май 2024 г., 10:00 – 13:00 ч.');
    expect(plain(page.querySelector('.published-on')?.textContent ?? '').trim()).toBe(
      'Публикувано на пт., 24 май 2024 г.',
    );
    const body = page.querySelector('.body');
    expect(body?.querySelector('strong')?.textContent).toBe('достъпа');
    expect(body?.getAttribute('lang')).toBe('bg');

    const points = Array.from(page.querySelectorAll('.key-points li')).map((li) => li.textContent?.trim());
    expect(points).toEqual(['Нужен е общ регистър на услугите.', 'Транспортът е основната пречка.']);

    const items = Array.from(page.querySelectorAll('.recommendations > li'));
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.rt-chip')?.textContent).toBe('В изпълнение');
    expect(items[0].textContent).toContain('Отговорник: Община Раковски');
    expect(plain(items[0].textContent ?? '')).toContain('Срок: 30 септември 2024 г.');
    expect(items[1].querySelector('.rt-chip')?.textContent).toBe('Изпълнена');
    expect(items[1].textContent).not.toContain('Отговорник');
    expect(items[1].textContent).not.toContain('Срок');

    expect(page.querySelector('.stats-stub')?.textContent).toBe('9');
    const pdf = page.querySelector<HTMLAnchorElement>('a.pdf');
    expect(pdf?.getAttribute('href')).toBe(`/api/events/${EVENT_ID}/summary.pdf`);
    expect(pdf?.hasAttribute('download')).toBe(true);
  });

  it('keeps Angular’s sanitiser on behind the API’s: script and handlers never reach the page', async () => {
    const request = await open();
    request.flush(
      aSummary({
        bodyHtml:
          '<p>Текст</p><script>window.hacked = true</script><img src="x" onerror="window.hacked = true">' +
          '<a href="javascript:window.hacked = true">връзка</a>',
      }),
    );
    await fixture.whenStable();
    const body = page.querySelector('.body') as HTMLElement;
    expect(body.textContent).toContain('Текст');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('a')?.getAttribute('href')).not.toMatch(/^javascript:/);
  });

  it('answers a summary not yet published with the not-found block', async () => {
    const request = await open();
    request.flush({ code: 'SUMMARY_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toBe('Обобщението не е намерено');
    expect(page.textContent).toContain('Събитието все още няма публикувано обобщение.');
    expect(page.querySelector('.body')).toBeNull();
  });

  it('shows no draft even if an answer carries one', async () => {
    const request = await open();
    request.flush(aSummary({ publishedAt: null, bodyHtml: '<p>Чернова</p>' }));
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toBe('Обобщението не е намерено');
    expect(page.textContent).not.toContain('Чернова');
  });

  it('answers an unknown event with the not-found block, without asking for a summary', async () => {
    fixture = TestBed.createComponent(SummaryPage);
    fixture.componentRef.setInput('slug', 'nyama-takava');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http
      .expectOne('/api/events/nyama-takava')
      .flush({ code: 'EVENT_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toBe('Обобщението не е намерено');
  });

  it('says a failure plainly and tries again', async () => {
    const request = await open();
    request.flush({ code: 'INTERNAL', status: 500 }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')).not.toBeNull();
    (page.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    (await summaryRequest()).flush(aSummary());
    await fixture.whenStable();
    expect(page.querySelector('.body')).not.toBeNull();
  });
});
