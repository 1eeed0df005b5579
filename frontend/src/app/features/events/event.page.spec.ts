import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ANONYMOUS } from '../../core/auth/auth.interceptor';
import { anAgendaItem, anEvent, aSpeaker, aSummary } from '../../../testing/builders';
import { EventPage } from './event.page';
import { stubMaterialsList } from '../../../testing/stubs';

describe('EventPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EventPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    stubMaterialsList(EventPage);
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
    expect(text).toContain('Часовете са посочени по българско време.');
    expect(text).not.toContain('Europe/Sofia');
    expect(text).toContain('10:00 – 10:15 ч.');
    expect(text).toMatch(/Места\s*60/);
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

  it('presents the speakers who agreed to it, with photo, role and bio, and names them on the agenda', async () => {
    const sokolova = aSpeaker({
      invitationId: 'sokolova',
      name: 'Мариана Соколова',
      role: 'speaker',
      position: 'Регионален мениджър',
      bio: 'Социален работник.\n\n<i>Води</i> програмата.',
      photoUrl: '/api/invitations/sokolova/photo',
    });
    const meretev = aSpeaker({ invitationId: 'meretev', name: 'Трендафил Меретев', role: 'moderator' });
    const page = await render((slug) =>
      http.expectOne(`/api/events/${slug}`).flush(
        anEvent({
          status: 'published',
          agenda: [
            // "someone-unnamed" did not agree to be named: the item simply does not show them.
            anAgendaItem({
              title: 'Панел',
              kind: 'panel',
              speakerIds: ['meretev', 'someone-unnamed', 'sokolova'],
            }),
          ],
        }),
      ),
    );
    http.expectOne('/api/events/kragla-masa/speakers').flush([meretev, sokolova]);
    await TestBed.inject(ApplicationRef).whenStable();

    expect(page.textContent).not.toContain('Участниците в програмата ще бъдат обявени скоро.');
    const items = Array.from(page.querySelectorAll('rt-speaker-list li'));
    expect(items.map((item) => item.querySelector('h3')?.textContent)).toEqual([
      'Трендафил Меретев',
      'Мариана Соколова',
    ]);
    expect(items[0].textContent).toContain('Модератор');
    const photo = items[1].querySelector('img');
    expect(photo?.getAttribute('src')).toBe('/api/invitations/sokolova/photo');
    expect(photo?.getAttribute('alt')).toBe('Мариана Соколова');
    expect(items[1].textContent).toContain('Лектор');
    expect(items[1].textContent).toContain('Регионален мениджър');
    expect(Array.from(items[1].querySelectorAll('.bio')).map((p) => p.textContent)).toEqual([
      'Социален работник.',
      '<i>Води</i> програмата.',
    ]);
    expect(items[1].querySelector('.bio i')).toBeNull();
    expect(page.querySelector('rt-agenda-list .speakers')?.textContent).toBe(
      'С участието на Трендафил Меретев, Мариана Соколова',
    );
  });

  it('promises the panel of an event still ahead, and says nothing of a panel for one that is over', async () => {
    const panelNote = (page: HTMLElement) =>
      page.querySelector('[aria-labelledby="speakers-heading"] .muted');
    const ahead = await render((slug) =>
      http
        .expectOne(`/api/events/${slug}`)
        .flush(anEvent({ startsAt: '2099-05-21T10:00:00+03:00', endsAt: '2099-05-21T13:00:00+03:00' })),
    );
    http.expectOne('/api/events/kragla-masa/speakers').flush([]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(panelNote(ahead)).not.toBeNull();

    const over = await render((slug) =>
      http
        .expectOne(`/api/events/${slug}`)
        .flush(anEvent({ startsAt: '2024-05-21T10:00:00+03:00', endsAt: '2024-05-21T13:00:00+03:00' })),
    );
    http.expectOne('/api/events/kragla-masa/speakers').flush([]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(over.querySelector('#speakers-heading')).toBeNull();
  });

  it('offers Google, Outlook and the .ics file for a published event still ahead', async () => {
    const page = await render((slug) =>
      http.expectOne(`/api/events/${slug}`).flush(
        anEvent({
          status: 'published',
          startsAt: '2099-05-21T10:00:00+03:00',
          endsAt: '2099-05-21T13:00:00+03:00',
        }),
      ),
    );
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('rt-add-to-calendar a'));
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Google Календар (отваря се в нов раздел)',
      'Outlook (отваря се в нов раздел)',
      'Файл за календар (.ics)',
    ]);
    expect(links[0].getAttribute('href')).toContain('https://calendar.google.com/');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener');
    expect(links[2].getAttribute('href')).toBe('http://localhost:3000/api/events/kragla-masa/calendar.ics');
    expect(links[2].hasAttribute('download')).toBe(true);
  });

  it('offers no calendar links for a cancelled event', async () => {
    const page = await render((slug) =>
      http
        .expectOne(`/api/events/${slug}`)
        .flush(anEvent({ status: 'cancelled', endsAt: '2099-01-01T00:00:00Z' })),
    );
    expect(page.querySelector('rt-add-to-calendar')).toBeNull();
  });
  it('marks what the organiser wrote with the event’s language on a page in another one', async () => {
    localStorage.setItem('rt.language', 'en');
    const page = await render((slug) =>
      http.expectOne(`/api/events/${slug}`).flush(
        anEvent({
          language: 'bg',
          agenda: [anAgendaItem({ title: 'Откриване', description: 'Приветствия от домакините.' })],
        }),
      ),
    );
    const title = page.querySelector('.agenda h3');
    expect(title?.textContent?.trim()).toBe('Откриване');
    expect(title?.closest('[lang]')?.getAttribute('lang')).toBe('bg');
    expect(page.querySelector('.agenda .description')?.closest('[lang]')?.getAttribute('lang')).toBe('bg');
    expect(page.querySelector('.agenda .kind')?.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.venue-name')?.closest('[lang]')?.getAttribute('lang')).toBe('bg');
  });

  it('keeps the facts aside out of the event’s article, each a landmark of the page', async () => {
    const page = await render((slug) => http.expectOne(`/api/events/${slug}`).flush(anEvent()));
    const aside = page.querySelector('aside');
    expect(aside?.querySelector('rt-event-facts')).not.toBeNull();
    expect(aside?.closest('article')).toBeNull();
    expect(page.querySelector('article')?.getAttribute('aria-labelledby')).toBe(page.querySelector('h1')?.id);
  });

  it('links a past event to its summary once one is published, asking as a visitor', async () => {
    const summaryUrl = '/api/events/7dfbf88e-f2b5-40d4-970b-8d82d4ccf55f/summary';
    const past = {
      status: 'published' as const,
      startsAt: '2024-05-21T10:00:00+03:00',
      endsAt: '2024-05-21T13:00:00+03:00',
    };
    const withSummary = await render((slug) => http.expectOne(`/api/events/${slug}`).flush(anEvent(past)));
    http.expectOne('/api/events/kragla-masa/speakers').flush([]);
    const asked = http.expectOne(summaryUrl);
    // An organiser signed in would otherwise see a draft summary and a link visitors cannot follow.
    expect(asked.request.context.get(ANONYMOUS)).toBe(true);
    asked.flush(aSummary());
    await TestBed.inject(ApplicationRef).whenStable();
    const link = withSummary.querySelector<HTMLAnchorElement>('a.summary-link');
    expect(link?.getAttribute('href')).toBe('/events/kragla-masa/summary');
    expect(link?.textContent).toContain('Обобщение на срещата');

    const notYet = await render((slug) => http.expectOne(`/api/events/${slug}`).flush(anEvent(past)));
    http.expectOne('/api/events/kragla-masa/speakers').flush([]);
    http
      .expectOne(summaryUrl)
      .flush({ code: 'SUMMARY_NOT_FOUND', status: 404 }, { status: 404, statusText: 'Not Found' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(notYet.querySelector('a.summary-link')).toBeNull();
  });

  it('does not ask for a summary of an event still ahead', async () => {
    const page = await render((slug) =>
      http.expectOne(`/api/events/${slug}`).flush(
        anEvent({
          status: 'published',
          startsAt: '2099-05-21T10:00:00+03:00',
          endsAt: '2099-05-21T13:00:00+03:00',
        }),
      ),
    );
    http.expectOne('/api/events/kragla-masa/speakers').flush([]);
    await TestBed.inject(ApplicationRef).whenStable();
    http.expectNone((request) => request.url.endsWith('/summary'));
    expect(page.querySelector('a.summary-link')).toBeNull();
  });
});
