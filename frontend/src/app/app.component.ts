import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink, RouterOutlet, type UrlTree } from '@angular/router';
import { LANGUAGES, type Language } from '@roundtable/contracts';
import { filter, map } from 'rxjs';
import { Auth } from './core/auth/auth.service';
import { I18n } from './core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from './core/i18n/translate.pipe';

/** The shell: header with navigation and the language switch, the routed page, the footer. */
@Component({
  selector: 'rt-root',
  imports: [RouterOutlet, RouterLink, MatButtonModule, TranslatePipe, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.scss',
})
export class AppComponent {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** Which header link names the part of the app being read. */
  protected readonly section = computed(() => {
    const path = this.url().split(/[?#]/)[0];
    if (path === '/' || path.startsWith('/events/')) return 'events';
    if (path.startsWith('/organizer/users')) return 'users';
    if (path.startsWith('/organizer') && !path.startsWith('/organizer/login')) return 'organizer';
    return null;
  });

  /** Each language link points at the page being read, so switching keeps the reader where they are. */
  protected readonly languageLinks = computed(() =>
    LANGUAGES.map((language) => ({ language, link: this.withLanguage(this.url(), language) })),
  );

  protected skipToMain(event: MouseEvent): void {
    // Moving focus (not only scrolling) is what lets keyboard and screen-reader users skip the header.
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl('/'));
  }

  private withLanguage(url: string, language: Language): UrlTree {
    const tree = this.router.parseUrl(url);
    tree.queryParams = { ...tree.queryParams, lang: language };
    return tree;
  }
}
