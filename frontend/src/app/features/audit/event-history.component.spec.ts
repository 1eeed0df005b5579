import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { AuditEntry, AuditPage } from '@roundtable/contracts';
import { EventHistoryComponent } from './event-history.component';

const EVENT_ID = '7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f';

function anEntry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at: '2026-12-01T22:30:00.000Z',
    action: 'event.publish',
    actor: { type: 'account', userId: 'u1', email: 'organiser@example.org', link: null },
    eventId: EVENT_ID,
    subject: { type: 'event', id: EVENT_ID },
    ip: '127.0.0.1',
    detail: {},
    ...overrides,
  };
}

describe('EventHistoryComponent', () => {
  let fixture: ComponentFixture<EventHistoryComponent>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventHistoryComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EventHistoryComponent);
    fixture.componentRef.setInput('eventId', EVENT_ID);
    fixture.componentRef.setInput('timeZone', 'America/New_York');
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  const answer = async (page: Partial<AuditPage>) => {
    fixture.detectChanges();
    const request = http.expectOne((r) => r.url === `/api/events/${EVENT_ID}/audit`);
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20, ...page });
    await fixture.whenStable();
  };
  /** Each entry's parts: what, when, who, about what, detail. */
  const items = () =>
    [...element.querySelectorAll('li')].map((li) =>
      ['.what', 'time', '.who', '.about', '.detail'].map(
        (part) => li.querySelector(part)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      ),
    );

  it("names who did what, in Bulgarian, at the time in the event's zone", async () => {
    await answer({
      total: 3,
      items: [
        anEntry({}),
        anEntry({
          action: 'registration.cancelled',
          actor: { type: 'link', userId: null, email: null, link: { type: 'registration', id: 'r1' } },
          subject: { type: 'registration', id: 'abcdef1234567890' },
          ip: null,
          detail: { status: 'cancelled' },
        }),
        anEntry({ action: 'event.something-new', detail: { fields: 'title' } }),
      ],
    });
    // 22:30 UTC is 17:30 in New York, the event's zone (the reader's zone plays no part).
    const when = '1 декември 2026 г. в 17:30 ч.';
    const organiser = 'Кой: organiser@example.org от 127.0.0.1';
    expect(items()).toEqual([
      ['Публикувано събитие', when, organiser, 'За: Събитие 7dfbf88e', null],
      [
        'Регистрацията е отказана от участника',
        when,
        'Кой: Регистриран по личен линк',
        'За: Регистрация abcdef12',
        'status: cancelled',
      ],
      // An action newer than the page is shown by its code.
      ['event.something-new', when, organiser, 'За: Събитие 7dfbf88e', 'fields: title'],
    ]);
  });

  it('says when the event has no history yet', async () => {
    await answer({});
    expect(element.textContent).toContain('Все още няма записи за това събитие.');
  });
});
