import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { AttendanceStats, Problem, Summary, SummaryInput } from '@roundtable/contracts';
import { anEvent, aRecommendation, aSummary } from '../../../../testing/builders';
import { button, choose, click, errorOf, field, fill } from '../../../../testing/dom';
import { AttendanceStatsComponent } from '../../summary/attendance-stats.component';
import { unsavedChangesGuard } from '../event-editor/unsaved-changes.guard';
import { PREVIEW_DEBOUNCE_MS, SummaryEditorPage } from './summary-editor.page';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const SUMMARY_URL = `/api/events/${EVENT_ID}/summary`;
const FIRST = '20000000-0000-4000-8000-00000000aaaa';
const SECOND = '20000000-0000-4000-8000-00000000bbbb';

/** The charts draw with ECharts, which jsdom cannot; the statistics have their own spec. */
@Component({
  selector: 'rt-attendance-stats',
  template: '<p class="stats-stub">{{ stats().checkedIn }}</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class AttendanceStatsStub {
  readonly stats = input.required<AttendanceStats>();
}

/** A draft summary with two recommendations, the first one followed up once. */
function aDraft(overrides: Partial<Summary> = {}): Summary {
  return aSummary({
    publishedAt: null,
    recommendations: [
      aRecommendation({
        id: FIRST,
        text: 'Общ регистър на услугите.',
        status: 'in-progress',
        history: [
          {
            at: '2024-05-22T09:00:00.000Z',
            text: 'Общ регистър на услугите.',
            owner: 'Община Раковски',
            dueDate: '2024-09-30',
            status: 'proposed',
          },
          {
            at: '2024-06-13T22:30:00.000Z',
            text: 'Общ регистър на услугите.',
            owner: 'Община Раковски',
            dueDate: '2024-09-30',
            status: 'in-progress',
          },
        ],
      }),
      aRecommendation({ id: SECOND, text: 'Обучения за учители.' }),
    ],
    ...overrides,
  });
}

describe('SummaryEditorPage', () => {
  let fixture: ComponentFixture<SummaryEditorPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SummaryEditorPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // Dialogs close at once instead of waiting for an animation jsdom never plays.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.overrideComponent(SummaryEditorPage, {
      remove: { imports: [AttendanceStatsComponent] },
      add: { imports: [AttendanceStatsStub] },
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.useRealTimers();
    fixture?.destroy();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    http.verify();
  });

  /** Opens the tab; `summary` null stands for the API's 404 before anything was saved. */
  async function open(summary: Summary | null): Promise<void> {
    fixture = TestBed.createComponent(SummaryEditorPage);
    fixture.componentRef.setInput('id', EVENT_ID);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/events/${EVENT_ID}`).flush(
      anEvent({
        id: EVENT_ID,
        status: 'published',
        startsAt: '2024-05-21T10:00:00+03:00',
        endsAt: '2024-05-21T13:00:00+03:00',
      }),
    );
    const request = http.expectOne({ method: 'GET', url: SUMMARY_URL });
    if (summary) request.flush(summary);
    else request.flush({ code: 'SUMMARY_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
  }

  const leave = () =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        fixture.componentInstance,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it('saves the whole summary in the order shown, existing recommendations with their ids', async () => {
    await open(aDraft());
    expect(leave()).toBe(true);

    await click(fixture, 'Премести „Транспортът е основната пречка.“ нагоре');
    await click(fixture, 'Добави извод');
    fill(page, 'Извод 3', '  Нужни са още срещи.  ');
    await click(fixture, 'Премахни „Обучения за учители.“');
    await click(fixture, 'Добави препоръка');
    fill(page, 'Препоръка', 'Обща карта на услугите.', 1);
    fill(page, 'Срок', '2024-12-31', 1);
    await choose(fixture, 'Състояние', ['В изпълнение'], 1);
    await choose(fixture, 'Състояние', ['Изпълнена'], 0);
    fill(page, 'Отговорник (сектор или организация)', '', 0);
    await fixture.whenStable();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);

    await click(fixture, 'Запази');
    const request = http.expectOne({ method: 'PUT', url: SUMMARY_URL });
    expect(request.request.body).toEqual({
      body: aDraft().body,
      keyPoints: [
        'Транспортът е основната пречка.',
        'Нужен е общ регистър на услугите.',
        'Нужни са още срещи.',
      ],
      recommendations: [
        { id: FIRST, text: 'Общ регистър на услугите.', owner: null, dueDate: '2024-09-30', status: 'done' },
        { text: 'Обща карта на услугите.', owner: null, dueDate: '2024-12-31', status: 'in-progress' },
      ],
    } satisfies SummaryInput);

    const saved = aDraft({
      recommendations: [
        aRecommendation({ id: FIRST, status: 'done', owner: null }),
        aRecommendation({ id: 'new-one', text: 'Обща карта на услугите.', status: 'in-progress' }),
      ],
    });
    request.flush(saved);
    await fixture.whenStable();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Обобщението е запазено.',
    );

    // The next save sends the id the API gave the new recommendation.
    await click(fixture, 'Запази');
    const again = http.expectOne({ method: 'PUT', url: SUMMARY_URL });
    expect((again.request.body as SummaryInput).recommendations.map((each) => each.id)).toEqual([
      FIRST,
      'new-one',
    ]);
    again.flush(saved);
  });

  it('shows the API’s preview of the body once typing pauses, and only then', async () => {
    await open(aDraft());
    expect(page.querySelector('.preview-body h2')?.textContent).toBe('Какво обсъдихме');

    jest.useFakeTimers();
    fill(page, 'Текст (Markdown)', '# Нов');
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 1);
    fill(page, 'Текст (Markdown)', '# Нов текст');
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 1);
    http.expectNone(`${SUMMARY_URL}/preview`);
    jest.advanceTimersByTime(1);
    jest.useRealTimers();
    // Not whenStable(): the preview's request, still open, keeps the app unstable on purpose.
    TestBed.tick();

    const request = http.expectOne({ method: 'POST', url: `${SUMMARY_URL}/preview` });
    expect(request.request.body).toEqual({ body: '# Нов текст' });
    expect(page.textContent).toContain('Прегледът се обновява…');
    request.flush({ html: '<h1>Нов текст</h1>' });
    await fixture.whenStable();
    expect(page.querySelector('.preview-body h1')?.textContent).toBe('Нов текст');
    expect(page.textContent).not.toContain('Прегледът се обновява…');
  });

  it('keeps the last preview and says why when the API cannot make a new one', async () => {
    await open(aDraft());
    jest.useFakeTimers();
    fill(page, 'Текст (Markdown)', 'Друг текст');
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    jest.useRealTimers();
    TestBed.tick();
    http
      .expectOne(`${SUMMARY_URL}/preview`)
      .flush({ code: 'UNKNOWN', status: 500 }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(page.querySelector('.preview-note.failed')?.textContent).toContain(
      'Прегледът не можа да бъде обновен',
    );
    expect(page.querySelector('.preview-body h2')?.textContent).toBe('Какво обсъдихме');
  });

  it('shows each recommendation’s history as a dated list in the event’s zone', async () => {
    await open(aDraft());
    const history = page.querySelector('.recommendation .history');
    const lines = Array.from(history?.querySelectorAll('li') ?? []).map((li) => li.textContent?.trim());
    expect(lines).toEqual(['22.05.2024 – предложена', '14.06.2024 – в изпълнение']);
    // One entry is no history yet: the second recommendation has no list.
    expect(page.querySelectorAll('.recommendation .history')).toHaveLength(1);
  });

  it('starts empty before the first save, and publishes only what is saved', async () => {
    await open(null);
    expect(page.textContent).toContain('Все още няма изводи.');
    expect(page.textContent).toContain('Статистиката ще се покаже след първото запазване');
    const publish = button(page, 'Публикувай');
    expect(publish.getAttribute('aria-disabled') === 'true' || publish.disabled).toBe(true);
    expect(page.querySelector('#publish-hint')?.textContent).toContain('запазете промените');
    publish.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')).toBeNull();

    fill(page, 'Текст (Markdown)', 'Първи текст');
    await fixture.whenStable();
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    expect(leave()).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('незапазени промени в обобщението'));
    confirm.mockRestore();
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    // The preview of what was typed is answered too, so nothing is left open.
    await click(fixture, 'Запази');
    http.expectOne({ method: 'PUT', url: SUMMARY_URL }).flush(aDraft({ body: 'Първи текст' }));
    await fixture.whenStable();
    for (const preview of http.match(`${SUMMARY_URL}/preview`)) preview.flush({ html: '<p>Първи текст</p>' });
  });

  it('says who will get the e-mail and that it goes once, then publishes and keeps the follow-up editable', async () => {
    await open(aDraft());
    await click(fixture, 'Публикувай');
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Присъствали: 9. Регистрирани, които не присъстваха: 3.');
    expect(dialog.textContent).toContain('само веднъж');
    button(dialog, 'Публикувай и изпрати').click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: `${SUMMARY_URL}/publish` });
    request.flush(aDraft({ publishedAt: '2024-05-24T07:00:00.000Z' }));
    await fixture.whenStable();

    const published =
      page.querySelector('.published-line')?.textContent?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
    expect(published).toContain('Публикувано на 24 май 2024 г. в 10:00 ч.');
    expect(page.querySelector<HTMLAnchorElement>('.published-line a')?.getAttribute('href')).toBe(
      '/events/kragla-masa/summary',
    );
    expect(() => button(page, 'Публикувай')).toThrow();
    expect(document.activeElement?.textContent).toBe('Обобщение на събитието');
    const status = field(page, 'Състояние').querySelector('mat-select');
    expect(status?.getAttribute('aria-disabled')).toBe('false');
  });

  it('publishes nothing when the organiser steps back', async () => {
    await open(aDraft());
    await click(fixture, 'Публикувай');
    button(document.querySelector('mat-dialog-container') as HTMLElement, 'Назад').click();
    await fixture.whenStable();
    http.expectNone(`${SUMMARY_URL}/publish`);
  });

  it('puts the API’s field errors next to their fields', async () => {
    await open(aDraft());
    await click(fixture, 'Запази');
    const refusal: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'recommendations.1.text', rule: 'isNotEmpty', message: 'text should not be empty' }],
    };
    http
      .expectOne({ method: 'PUT', url: SUMMARY_URL })
      .flush(refusal, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(errorOf(page, 'Препоръка', 1)).not.toBe('');
    expect(errorOf(page, 'Препоръка', 0)).toBe('');
  });

  it('downloads the report and the statistics with the organiser’s session', async () => {
    await open(aDraft());
    const createObjectURL = jest.fn(() => 'blob:summary');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await click(fixture, 'Обобщение (PDF)');
    http.expectOne(`/api/events/${EVENT_ID}/summary.pdf`).flush(new Blob(['%PDF']), {
      headers: {
        'Content-Disposition': `attachment; filename="summary.pdf"; filename*=UTF-8''%D0%9E%D0%B1%D0%BE%D0%B1%D1%89%D0%B5%D0%BD%D0%B8%D0%B5.pdf`,
      },
    });
    await click(fixture, 'Статистика (CSV)');
    http.expectOne(`/api/events/${EVENT_ID}/statistics.csv`).flush(new Blob(['a,b']));
    await fixture.whenStable();

    const names = clicked.mock.contexts.map((link) => (link as HTMLAnchorElement).download);
    expect(names).toEqual(['Обобщение.pdf', `${EVENT_ID}-statistics.csv`]);
    clicked.mockRestore();
  });
});
