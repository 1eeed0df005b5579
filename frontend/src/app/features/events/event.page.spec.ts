import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anAgendaItem, anEvent } from '../../../testing/builders';
import { EventPage } from './event.page';

describe('EventPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(respond: (slug: string) => void): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(EventPage);
    fixture.componentRef.setInput('slug', 'kragla-masa');
    // Not whenStable(): a resource waiting for its response keeps the app unstable on purpose.
    fixture.detectChanges();
    respond('kragla-masa');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows times in the event’s zone with its name, and the description as plain text paragraphs', async () => {
    const page = await render((slug) =>
      http.expectOne(`/api/events/${slug}`).flush(
        anEvent({
          status: 'published',
          description: 'Първи <b>абзац</b>.\n\nВтори абзац.',
          agenda: [
            anAgendaItem({
              title: 'Откриване',
              startsAt: '2026-05-21T10:00:00+03:00',
              endsAt: '2026-05-21T10:15:00+03:00',
            }),
          ],
          partners: ['Фондация „За Нашите Деца“'],
        }),
      ),
    );
    const text = page.textContent ?? '';
    expect(text).toContain('10:00 – 13:00 ч.');
    expect(text).toContain('Източноевропейско време (Europe/Sofia)');
    expect(text).toContain('10:00 – 10:15 ч.');
    expect(text).toContain('Лекторите ще бъдат обявени скоро.');
    expect(text).toContain('60 места');
    const paragraphs = Array.from(page.querySelectorAll('.description')).map((p) => p.textContent);
    expect(paragraphs).toEqual(['Първи <b>абзац</b>.', 'Втори абзац.']);
    expect(page.querySelector('.description b')).toBeNull();
  });

  it('says a cancelled event is cancelled, with the reason', async () => {
    const page = await render((slug) =>
      http
        .expectOne(`/api/events/${slug}`)
        .flush(anEvent({ status: 'cancelled', cancellationReason: 'Залата е в ремонт.' })),
    );
    expect(page.textContent).toContain('Събитието е отменено.');
    expect(page.textContent).toContain('Причина: Залата е в ремонт.');
  });

  it('answers an unknown address with a not-found page', async () => {
    const page = await render((slug) =>
      http
        .expectOne(`/api/events/${slug}`)
        .flush({ code: 'EVENT_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' }),
    );
    expect(page.querySelector('h1')?.textContent).toBe('Събитието не е намерено');
  });
});
