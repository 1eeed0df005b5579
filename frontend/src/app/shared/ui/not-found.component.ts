import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/i18n.service';

/** "Nothing here" with a way back; also the event page's answer to an unknown slug. */
@Component({
  selector: 'rt-not-found',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found">
      <p class="code" aria-hidden="true">404</p>
      <h1>{{ headingKey() | t }}</h1>
      <p>{{ textKey() | t }}</p>
      <a class="home" routerLink="/">{{ 'notFound.home' | t }}</a>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 36rem;
      margin: 3rem auto;
      text-align: center;
    }
    .code {
      font: var(--mat-sys-display-large);
      color: var(--mat-sys-primary);
      margin: 0;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0.5rem 0 1rem;
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
    .home {
      display: inline-block;
      margin-top: 1rem;
    }
  `,
})
export class NotFoundComponent {
  // As the `**` route's page, router input binding sets these to undefined; hence the fallbacks here.
  readonly heading = input<TranslationKey>();
  readonly text = input<TranslationKey>();
  protected readonly headingKey = computed(() => this.heading() ?? 'notFound.heading');
  protected readonly textKey = computed(() => this.text() ?? 'notFound.text');
}
