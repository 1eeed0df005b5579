import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink, RouterOutlet, type UrlTree } from '@angular/router';
import { LANGUAGES, type Language } from '@roundtable/contracts';
import { filter, map, pairwise } from 'rxjs';
import { focusAfterRender } from './core/a11y/focus-after-render';
import { Auth } from './core/auth/auth.service';
import { I18n } from './core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from './core/i18n/translate.pipe';
import { OrganisationInfo } from './core/organisation/organisation.service';

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
  private readonly injector = inject(Injector);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);
  /** The header and footer speak for the organisation that runs this Roundtable. */
  protected readonly organisation = inject(OrganisationInfo);

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
    if (path.startsWith('/organizer/webhooks')) return 'webhooks';
    if (path.startsWith('/organizer/contacts')) return 'contacts';
    if (path.startsWith('/organizer/recommendations')) return 'recommendations';
    if (path.startsWith('/organizer/themes') || path.startsWith('/themes/')) return 'themes';
    if (path.startsWith('/organizer/audit')) return 'audit';
    if (path.startsWith('/organizer') && !path.startsWith('/organizer/login')) return 'organizer';
    return null;
  });

  /** Each language link points at the page being read, so switching keeps the reader where they are. */
  protected readonly languageLinks = computed(() =>
    LANGUAGES.map((language) => ({ language, link: this.withLanguage(this.url(), language) })),
  );

  constructor() {
    this.focusMainOnNewPage();
  }

  protected skipToMain(event: MouseEvent): void {
    // Moving focus (not only scrolling) is what lets keyboard and screen-reader users skip the header.
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl('/'));
  }

  /**
   * A new page replaces the link that was used, and focus would fall to <body>: a screen reader would then read
   * from the top, and the next Tab would start over at the skip link. Focus goes to the main region instead,
   * where the skip link also leads. The first page keeps the browser's own start; the same page with other
   * query parameters (language, filter) keeps the control that changed them; and a control inside the page
   * that survived the navigation (the editor's "save", which moves a new event to its own address) keeps focus.
   */
  private focusMainOnNewPage(): void {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        focusAfterRender(
          () => {
            const main = this.document.getElementById('main');
            const focused = this.document.activeElement;
            return focused && focused !== this.document.body && main?.contains(focused) ? null : main;
          },
          this.injector,
          // The router restores or resets the scroll position; focusing must not move it again.
          { preventScroll: true },
        ),
      );
  }

  private withLanguage(url: string, language: Language): UrlTree {
    const tree = this.router.parseUrl(url);
    tree.queryParams = { ...tree.queryParams, lang: language };
    return tree;
  }
}
