import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { Theme } from '@roundtable/contracts';
import { isNotFound, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatCalendarDate, formatShortDate } from '../../core/time/event-time';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { RecommendationStatusChipComponent } from '../../shared/ui/recommendation-status-chip.component';
import { ThemesApi } from './themes.api';
import './themes.i18n';
import '../summary/summary.i18n';

/** A theme's name in the reader's language. */
export function themeName(theme: Pick<Theme, 'name'>, language: 'bg' | 'en'): string {
  return theme.name[language];
}

/**
 * `/themes/:slug`: a theme's published events, newest first, and the recommendations of their published
 * summaries with their status (decision 0033). Public, so it stays lean: no Material beyond the progress bar.
 */
@Component({
  selector: 'rt-theme-page',
  imports: [
    RouterLink,
    MatProgressBarModule,
    TranslatePipe,
    LoadErrorComponent,
    NotFoundComponent,
    RecommendationStatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './theme.page.html',
  styleUrl: './theme.page.scss',
})
export class ThemePage {
  private readonly api = inject(ThemesApi);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);

  /** Route parameter. */
  readonly slug = input.required<string>();

  protected readonly page = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.page(params),
  });
  protected readonly loaded = computed(() => (this.page.hasValue() ? this.page.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.page.error()));
  protected readonly errorMessage = computed(() =>
    this.page.error() ? problemMessage(this.i18n, this.page.error()) : null,
  );
  protected readonly name = computed(() => {
    const page = this.loaded();
    return page ? themeName(page.theme, this.i18n.language()) : '';
  });

  constructor() {
    effect(() => {
      if (this.loaded()) this.title.setTitle(`${this.name()} · Roundtable`);
    });
  }

  protected date(startsAt: string, timezone: string): string {
    return formatShortDate(startsAt, timezone, this.i18n.language());
  }

  protected dueDate(date: string): string {
    return formatCalendarDate(date, this.i18n.language());
  }
}
