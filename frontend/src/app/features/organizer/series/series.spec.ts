import { provideHttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { AttendanceStats, Series } from '@roundtable/contracts';
import { anAttendance, anEvent } from '../../../../testing/builders';
import { defaultStart, NextInSeriesDialogComponent } from './next-in-series-dialog.component';
import { SeriesPage } from './series.page';
import { AttendanceStatsComponent } from '../../summary/attendance-stats.component';

/** The charts draw with ECharts, which jsdom cannot; the statistics have their own spec. */
@Component({
  selector: 'rt-attendance-stats',
  template: '<p class="stats-stub">{{ stats().registered }}/{{ stats().checkedIn }}</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class AttendanceStatsStub {
  readonly stats = input.required<AttendanceStats>();
}

const providers = [
  provideHttpClient(),
  provideHttpClientTesting(),
  provideRouter([]),
  { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
];

function present<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`expected ${what}`);
  return value;
}

describe('defaultStart', () => {
  it('is four weeks on, same weekday and time; for a long-past event, four weeks or more from today', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(defaultStart('2027-01-14T10:00', now)).toBe('2027-02-11T10:00');
    // 21 May 2024 was a Tuesday: the first Tuesday at least four weeks after 2 Dec 2026.
    expect(defaultStart('2024-05-21T10:00', now)).toBe('2027-01-05T10:00');
  });
});

describe('NextInSeriesDialogComponent', () => {
  afterEach(() => localStorage.clear());

  it('sends the new wall-clock times in the event zone and shows a refusal on its field', () => {
    localStorage.setItem('rt.language', 'bg');
    const close = jest.fn();
    const event = anEvent({
      startsAt: '2031-05-21T10:00:00+03:00',
      endsAt: '2031-05-21T13:00:00+03:00',
      title: 'Кръгла маса',
    });
    TestBed.configureTestingModule({
      imports: [NextInSeriesDialogComponent],
      providers: [
        ...providers,
        { provide: MAT_DIALOG_DATA, useValue: event },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NextInSeriesDialogComponent);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const input = (name: string) =>
      present(root.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`), name);
    expect(input('startsAt').value).toBe('2031-06-18T10:00');
    expect(input('endsAt').value).toBe('2031-06-18T13:00');
    expect(root.textContent).toContain('българско време');

    // The end follows a new start, keeping the three hours.
    input('startsAt').value = '2031-11-19T09:30';
    input('startsAt').dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(input('endsAt').value).toBe('2031-11-19T12:30');

    present(root.querySelector('form'), 'the form').dispatchEvent(new Event('submit'));
    const request = http.expectOne({ method: 'POST', url: `/api/events/${event.id}/duplicate` });
    expect(request.request.body).toEqual({
      title: 'Кръгла маса',
      startsAt: '2031-11-19T09:30',
      endsAt: '2031-11-19T12:30',
    });
    request.flush(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Bad Request',
        detail: 'invalid',
        errors: [{ field: 'endsAt', rule: 'agendaWithinEvent', message: 'does not fit' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    fixture.detectChanges();
    expect(root.textContent).toContain('Програмата не се побира в новия час');
    expect(close).not.toHaveBeenCalled();
    http.verify();
  });
});

describe('SeriesPage', () => {
  afterEach(() => localStorage.clear());

  it('lists the events with their counts and totals, past and upcoming, in English too', async () => {
    localStorage.setItem('rt.language', 'en');
    TestBed.configureTestingModule({ imports: [SeriesPage], providers });
    TestBed.overrideComponent(SeriesPage, {
      remove: { imports: [AttendanceStatsComponent] },
      add: { imports: [AttendanceStatsStub] },
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SeriesPage);
    fixture.componentRef.setInput('id', 'series-1');
    fixture.detectChanges();
    const series: Series = {
      id: 'series-1',
      title: 'Round table',
      createdAt: '2031-05-01T10:00:00.000Z',
      events: [
        {
          id: 'a',
          slug: 'a',
          title: 'First',
          startsAt: '2026-05-21T10:00:00+03:00',
          endsAt: '2026-05-21T13:00:00+03:00',
          timezone: 'Europe/Sofia',
          status: 'published',
          past: true,
          registered: 20,
          checkedIn: 17,
        },
        {
          id: 'b',
          slug: 'b',
          title: 'Second',
          startsAt: '2031-11-19T10:00:00+02:00',
          endsAt: '2031-11-19T13:00:00+02:00',
          timezone: 'Europe/Sofia',
          status: 'draft',
          past: false,
          registered: 3,
          checkedIn: 0,
        },
      ],
      stats: anAttendance({ registered: 23, checkedIn: 17 }),
    };
    http.expectOne('/api/series/series-1').flush(series);
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const rows = Array.from(root.querySelectorAll('table.events tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows.map((row) => [row[0], row[3], row[4]])).toEqual([
      ['First', '20', '17'],
      ['Second', '3', '0'],
    ]);
    expect(rows[0][1]).toContain('Past');
    expect(rows[1][1]).toContain('Upcoming');
    // The start in the event's own zone, whatever the machine's.
    expect(rows[1][1]).toContain('10:00');
    const total = Array.from(root.querySelectorAll('table.events tfoot tr > *')).map((cell) =>
      cell.textContent?.trim(),
    );
    expect(total).toEqual(['Total', '23', '17']);
    expect(root.querySelector('h1')?.textContent).toContain('Series');
    // The joint statistics are the API's, shown by the summary's own component.
    expect(root.querySelector('.stats-stub')?.textContent).toBe('23/17');
    http.verify();
  });
});
