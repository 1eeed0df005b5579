import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AppComponent } from './app.component';
import { provideLanguageFromUrl } from './core/i18n/i18n.service';

@Component({
  selector: 'rt-blank',
  template: '<h1>Page</h1><button type="button">Save</button>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class BlankComponent {}

describe('AppComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [AppComponent],
      providers: [
        provideRouter([{ path: '**', component: BlankComponent }]),
        provideLanguageFromUrl(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  let fixture: ComponentFixture<AppComponent>;

  async function render() {
    fixture = TestBed.createComponent(AppComponent);
    await navigate('/events/kragla-masa');
    return fixture.nativeElement as HTMLElement;
  }

  async function navigate(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  it('speaks for the organisation in the header and footer, in the language being read', async () => {
    const shell = await render();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/organisation/public')
      .flush({
        name: { bg: 'Фондация „За Нашите Деца“', en: 'For Our Children Foundation' },
        logoUrl: 'http://roundtable.test/api/organisation/logo?v=1',
        address: 'ул. „Гюешево“ 21, София',
        contactEmail: 'office@example.org',
        privacyNotice: { bg: 'Текст.', en: 'Text.', version: '1' },
      });
    await fixture.whenStable();
    expect(shell.querySelector('.brand')?.textContent).toContain('Фондация „За Нашите Деца“');
    expect(shell.querySelector('.brand img')?.getAttribute('src')).toContain('/api/organisation/logo');
    const footer = shell.querySelector('footer')?.textContent ?? '';
    expect(footer).toContain('ул. „Гюешево“ 21, София');
    expect(footer).toContain('office@example.org');

    await navigate('/events/kragla-masa?lang=en');
    expect(shell.querySelector('.brand')?.textContent).toContain('For Our Children Foundation');
  });

  it('frames every page: skip link, brand, navigation, main landmark, footer', async () => {
    const shell = await render();
    expect(shell.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect(shell.querySelector('.brand')?.textContent).toContain('Roundtable');
    expect(shell.querySelector('nav')?.getAttribute('aria-label')).toBe('Основна навигация');
    expect(shell.querySelector('main#main')).not.toBeNull();
    expect(shell.querySelector('footer')).not.toBeNull();
    expect(shell.textContent).toContain('Вход');
  });

  it('offers the other language for the same page', async () => {
    const shell = await render();
    const links = Array.from(shell.querySelectorAll<HTMLAnchorElement>('.lang a'));
    expect(links.map((link) => link.textContent?.trim())).toEqual(['БГ', 'EN']);
    expect(links[1].getAttribute('href')).toBe('/events/kragla-masa?lang=en');
    expect(links[0].getAttribute('aria-current')).toBe('true');
  });

  it('moves focus to the main region on a new page, where the skip link also leads', async () => {
    const shell = await render();
    // The first page keeps the browser's start, so the first Tab still reaches the skip link.
    expect(document.activeElement).toBe(document.body);

    const english = shell.querySelectorAll<HTMLAnchorElement>('.lang a')[1];
    english.focus();
    await navigate('/events/kragla-masa?lang=en');
    expect(document.activeElement).toBe(english);

    await navigate('/organizer/login');
    expect(document.activeElement).toBe(shell.querySelector('main#main'));
  });

  it('leaves focus on a control of the page that stays, as the editor’s "save" when a new event gets its address', async () => {
    const shell = await render();
    const save = shell.querySelector<HTMLButtonElement>('main button') as HTMLButtonElement;
    save.focus();
    await navigate('/organizer/events/1');
    expect(document.activeElement).toBe(save);
  });

  it('shows the organiser’s name and a log-out button when signed in', async () => {
    localStorage.setItem(
      'rt.session',
      JSON.stringify({
        accessToken: 'token',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        user: {
          id: '1',
          email: 'organizer@example.org',
          name: 'Елена Димитрова',
          role: 'organizer',
          language: 'bg',
        },
      }),
    );
    const shell = await render();
    expect(shell.textContent).toContain('Елена Димитрова');
    expect(shell.textContent).toContain('Изход');
    expect(shell.textContent).toContain('Организатор');
    expect(shell.textContent).not.toContain('Потребители');
  });
});
