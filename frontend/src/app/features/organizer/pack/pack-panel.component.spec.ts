import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { PackStatus } from '@roundtable/contracts';
import { button } from '../../../../testing/dom';
import { formatSize, PACK_POLL_MS, PackPanelComponent } from './pack-panel.component';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';
const PACK = `/api/events/${EVENT_ID}/pack`;

function aPack(overrides: Partial<PackStatus> = {}): PackStatus {
  return {
    id: 'a4b7c0de-5f1e-4d2a-9c3b-8e7f6a5b4c3d',
    eventId: EVENT_ID,
    state: 'queued',
    progress: 0,
    step: null,
    size: null,
    createdAt: '2031-05-21T11:04:30.000Z',
    finishedAt: null,
    ...overrides,
  };
}

const NOT_FOUND = [
  { status: 404, code: 'PACK_NOT_FOUND', title: 'Not Found', detail: 'No reporting pack.' },
  { status: 404, statusText: 'Not Found' },
] as const;

describe('PackPanelComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PackPanelComponent>;
  let root: HTMLElement;

  function create(language: 'bg' | 'en' = 'bg'): void {
    localStorage.setItem('rt.language', language);
    TestBed.configureTestingModule({
      imports: [PackPanelComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PackPanelComponent);
    fixture.componentRef.setInput('eventId', EVENT_ID);
    fixture.componentRef.setInput('timezone', 'Europe/Sofia');
    fixture.detectChanges();
    root = fixture.nativeElement as HTMLElement;
  }

  const statusLine = () => root.querySelector('[role="status"]')?.textContent?.trim();
  const bar = () => root.querySelector('mat-progress-bar[mode="determinate"]');
  const buttons = () => Array.from(root.querySelectorAll('button')).map((b) => b.textContent?.trim());
  const answer = (pack: PackStatus) => {
    http.expectOne({ method: 'GET', url: PACK }).flush(pack);
    fixture.detectChanges();
  };

  afterEach(() => {
    jest.useRealTimers();
    http.verify();
    localStorage.clear();
  });

  it('prepares a pack, follows it step by step in a live line, then offers it and a new build', async () => {
    create();
    http.expectOne(PACK).flush(...NOT_FOUND);
    await fixture.whenStable();
    expect(root.querySelector('h2')?.textContent).toBe('Отчетен пакет');
    expect(buttons()).toEqual(['Подготви пакета']);
    expect(root.querySelector('[role="alert"]')).toBeNull();

    button(root, 'Подготви пакета').click();
    jest.useFakeTimers();
    http.expectOne({ method: 'POST', url: PACK }).flush(aPack(), { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();
    expect(statusLine()).toBe('Пакетът чака своя ред за подготовка…');
    expect(buttons()).toEqual([]);

    answer(aPack({ state: 'building', step: 'attendance-sheet', progress: 33 }));
    expect(bar()?.getAttribute('aria-valuenow')).toBe('33');
    expect(bar()?.getAttribute('aria-label')).toBe('Напредък на подготовката на пакета');
    expect(statusLine()).toBe('Подготвя се: присъствен списък – 33%');
    expect(root.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');

    // The next question waits a second after the last answer.
    jest.advanceTimersByTime(PACK_POLL_MS - 1);
    http.expectNone(PACK);
    jest.advanceTimersByTime(1);
    answer(
      aPack({
        state: 'ready',
        progress: 100,
        size: 1_310_720,
        finishedAt: '2031-05-21T11:05:00.000Z',
      }),
    );
    expect(bar()).toBeNull();
    // The event's time (Sofia, summer), not the browser's.
    expect(statusLine()).toBe('Пакетът е готов. Подготвен на 21 май 2031 г. в 14:05 ч. – размер 1,3 MB.');
    expect(buttons()).toEqual(['Свали пакета (ZIP)', 'Подготви отново']);

    // A ready pack is not asked about again.
    jest.advanceTimersByTime(PACK_POLL_MS * 5);
    http.expectNone(PACK);
  });

  it('downloads the ZIP with the session and saves it under the name the server gives', async () => {
    create();
    http
      .expectOne(PACK)
      .flush(aPack({ state: 'ready', progress: 100, size: 2048, finishedAt: '2031-05-21T11:05:00Z' }));
    await fixture.whenStable();
    const saved: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download });
    });
    Object.assign(URL, { createObjectURL: () => 'blob:pack', revokeObjectURL: () => undefined });

    button(root, 'Свали пакета (ZIP)').click();
    fixture.detectChanges();
    expect(buttons()).toContain('Сваляне…');
    http.expectOne(`${PACK}.zip`).flush(new Blob(['PK']), {
      headers: {
        'Content-Disposition':
          'attachment; filename="reporting-pack-kragla-masa.zip"; filename*=UTF-8\'\'reporting-pack-kragla-masa.zip',
      },
    });
    await fixture.whenStable();
    expect(saved).toEqual([{ href: 'blob:pack', download: 'reporting-pack-kragla-masa.zip' }]);
    expect(buttons()).toContain('Свали пакета (ZIP)');
    click.mockRestore();
  });

  it('picks up a build under way when the page opens, and says so when it failed', async () => {
    create('en');
    jest.useFakeTimers();
    http.expectOne(PACK).flush(aPack({ state: 'building', step: 'registrations', progress: 66 }));
    fixture.detectChanges();
    answer(aPack({ state: 'building', step: 'registrations', progress: 66 }));
    expect(statusLine()).toBe('Preparing: registrations – 66%');
    jest.advanceTimersByTime(PACK_POLL_MS);
    answer(aPack({ state: 'failed', progress: 66, finishedAt: '2031-05-21T11:05:00Z' }));
    expect(statusLine()).toBe('The pack could not be prepared. Please try again.');
    expect(buttons()).toEqual(['Prepare again']);

    button(root, 'Prepare again').click();
    http
      .expectOne({ method: 'POST', url: PACK })
      .flush(aPack({ id: 'second' }), { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();
    expect(statusLine()).toBe('The pack is waiting for its turn…');
    answer(
      aPack({ id: 'second', state: 'ready', progress: 100, size: 900, finishedAt: '2031-05-21T11:06:00Z' }),
    );
    expect(statusLine()).toBe('The pack is ready. Prepared on 21 May 2031 at 14:06 – size 1 kB.');
  });

  it('says why when the server refuses, next to the button', async () => {
    create();
    http.expectOne(PACK).flush(...NOT_FOUND);
    await fixture.whenStable();
    button(root, 'Подготви пакета').click();
    http.expectOne({ method: 'POST', url: PACK }).flush(
      { status: 404, code: 'EVENT_NOT_FOUND', title: 'Not Found', detail: 'There is no such event.' },
      {
        status: 404,
        statusText: 'Not Found',
      },
    );
    await fixture.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Няма такова събитие.');
    expect(buttons()).toEqual(['Подготви пакета']);
  });
});

describe('formatSize', () => {
  it('writes kilobytes under a megabyte and megabytes with one decimal, in the language', () => {
    expect(formatSize(1_310_720, 'bg')).toBe('1,3 MB');
    expect(formatSize(1_310_720, 'en')).toBe('1.3 MB');
    expect(formatSize(300, 'en')).toBe('1 kB');
  });
});
