import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { EVENT_STATUSES, type Event, type EventStatus } from '@roundtable/contracts';
import { forkJoin, map } from 'rxjs';
import { Auth } from '../../../core/auth/auth.service';
import { problemMessage } from '../../../core/http/problem';
import { I18n, type TranslationKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatShortDate, formatTimeRange } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { OrganizerEventsApi } from '../organizer-events.api';

interface Group {
  status: EventStatus;
  heading: TranslationKey;
  empty: TranslationKey;
  items: Event[];
  total: number;
  /** The last page loaded. */
  page: number;
}

const PAGE_SIZE = 50;

const GROUP_TEXT: Record<EventStatus, { heading: TranslationKey; empty: TranslationKey }> = {
  draft: { heading: 'dashboard.drafts', empty: 'dashboard.emptyDrafts' },
  published: { heading: 'dashboard.published', empty: 'dashboard.emptyPublished' },
  cancelled: { heading: 'dashboard.cancelled', empty: 'dashboard.emptyCancelled' },
};

/** `/organizer`: every event by status, drafts first because they are the work still to do. */
@Component({
  selector: 'rt-dashboard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    IconComponent,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly api = inject(OrganizerEventsApi);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);

  protected readonly groups = rxResource({
    stream: () =>
      forkJoin(EVENT_STATUSES.map((status) => this.api.list(status, PAGE_SIZE))).pipe(
        map((pages) =>
          pages.map((page, index): Group => {
            const status = EVENT_STATUSES[index];
            return { status, ...GROUP_TEXT[status], items: page.items, total: page.total, page: 1 };
          }),
        ),
      ),
  });
  /** The groups as shown: the first pages, and the pages "show more" added since. */
  protected readonly shown = linkedSignal<Group[]>(() => (this.groups.hasValue() ? this.groups.value() : []));
  protected readonly loadingMore = signal<EventStatus | null>(null);
  protected readonly moreError = signal<{ status: EventStatus; message: string } | null>(null);
  protected readonly errorMessage = computed(() =>
    this.groups.error() ? problemMessage(this.i18n, this.groups.error()) : null,
  );

  protected showMore(group: Group): void {
    this.loadingMore.set(group.status);
    this.moreError.set(null);
    this.api.list(group.status, PAGE_SIZE, group.page + 1).subscribe({
      next: (page) => {
        this.shown.update((groups) =>
          groups.map((each) =>
            each.status === group.status
              ? { ...each, items: [...each.items, ...page.items], total: page.total, page: each.page + 1 }
              : each,
          ),
        );
        this.loadingMore.set(null);
      },
      error: (error: unknown) => {
        this.moreError.set({ status: group.status, message: problemMessage(this.i18n, error) });
        this.loadingMore.set(null);
      },
    });
  }

  protected dateOf(event: Event): string {
    const language = this.i18n.language();
    return `${formatShortDate(event.startsAt, event.timezone, language)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timezone, language)}`;
  }
}
