import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AppComponent } from './app.component';
import { provideLanguageFromUrl } from './core/i18n/i18n.service';

@Component({
  selector: 'rt-blank',
  template: '<h1>Page</h1>',
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

  async function render() {
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl('/events/kragla-masa');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

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
