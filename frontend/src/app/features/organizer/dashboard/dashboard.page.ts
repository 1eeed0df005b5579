import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Event, EventCounts, EventCountsById, EventPeriod, EventStatus } from '@roundtable/contracts';
import { forkJoin, map } from 'rxjs';
import { Auth } from '../../../core/auth/auth.service';
import { problemMessage } from '../../../core/http/problem';
import { I18n, type TranslationKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatShortDate, formatTimeRange } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import '../../events/events.i18n';
import '../../organisation/organisation.i18n';
import './dashboard.i18n';

/** Published events split by time: what is still to come is the work, what is over is for the record. */
type GroupKey = 'draft' | 'upcoming' | 'past' | 'cancelled';

interface Group {
  key: GroupKey;
  status: EventStatus;
  when?: EventPeriod;
  heading: TranslationKey;
  empty: TranslationKey;
  items: Event[];
  total: number;
  /** The last page loaded. */
  page: number;
}

const PAGE_SIZE = 50;

const GROUPS: Omit<Group, 'items' | 'total' | 'page'>[] = [
  { key: 'draft', status: 'draft', heading: 'dashboard.drafts', empty: 'dashboard.emptyDrafts' },
  {
    key: 'upcoming',
    status: 'published',
    when: 'upcoming',
    heading: 'dashboard.upcoming',
    empty: 'dashboard.emptyUpcoming',
  },
  { key: 'past', status: 'published', when: 'past', heading: 'dashboard.past', empty: 'dashboard.emptyPast' },
  {
    key: 'cancelled',
    status: 'cancelled',
    heading: 'dashboard.cancelled',
    empty: 'dashboard.emptyCancelled',
  },
];

/** The API answers counts for this many events at a time. */
const COUNTS_CHUNK = 100;

/**
 * `/organizer`: every event by status, drafts first because they are the work still to do; published ones split
 * into upcoming and past; each with its registrations and invitations counted. A staff account sees only the
 * published events it is assigned to, each with its check-in button and nothing an organiser would change.
 */
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

  /**
   * Staff see the events they are assigned to (the API filters the list; a draft too, the door may be set up
   * before publication), cancelled ones left out: nobody comes to those.
   */
  protected readonly staffOnly = computed(() => this.auth.user()?.role === 'staff');
  private readonly groupsShown = computed(() =>
    this.staffOnly() ? GROUPS.filter((group) => group.status !== 'cancelled') : GROUPS,
  );

  protected readonly groups = rxResource({
    params: () => this.groupsShown(),
    stream: ({ params: groups }) =>
      forkJoin(groups.map((group) => this.api.list(group.status, PAGE_SIZE, 1, group.when))).pipe(
        map((pages) =>
          pages.map((page, index): Group => ({
            ...groups[index],
            items: page.items,
            total: page.total,
            page: 1,
          })),
        ),
      ),
  });
  /** The groups as shown: the first pages, and the pages "show more" added since. */
  protected readonly shown = linkedSignal<Group[]>(() => (this.groups.hasValue() ? this.groups.value() : []));
  protected readonly loadingMore = signal<GroupKey | null>(null);
  protected readonly moreError = signal<{ key: GroupKey; message: string } | null>(null);
  /** Registrations and invitations per event, filled in as pages arrive. */
  protected readonly counts = signal<EventCountsById>({});

  constructor() {
    effect(() => {
      // The counts are the organisers' figures; staff have no use for them (nor the right to them).
      if (this.groups.hasValue() && !this.staffOnly())
        this.loadCounts(this.groups.value().flatMap((group) => group.items));
    });
  }
  protected readonly errorMessage = computed(() =>
    this.groups.error() ? problemMessage(this.i18n, this.groups.error()) : null,
  );

  protected showMore(group: Group): void {
    this.loadingMore.set(group.key);
    this.moreError.set(null);
    this.api.list(group.status, PAGE_SIZE, group.page + 1, group.when).subscribe({
      next: (page) => {
        if (!this.staffOnly()) this.loadCounts(page.items);
        this.shown.update((groups) =>
          groups.map((each) =>
            each.key === group.key
              ? { ...each, items: [...each.items, ...page.items], total: page.total, page: each.page + 1 }
              : each,
          ),
        );
        this.loadingMore.set(null);
      },
      error: (error: unknown) => {
        this.moreError.set({ key: group.key, message: problemMessage(this.i18n, error) });
        this.loadingMore.set(null);
      },
    });
  }

  protected countsOf(event: Event): EventCounts | null {
    return this.counts()[event.id] ?? null;
  }

  /**
   * The counts are a help beside the list, not the list itself: should they fail, the events still show, only
   * without their numbers.
   */
  private loadCounts(events: Event[]): void {
    const ids = events.map((event) => event.id);
    for (let start = 0; start < ids.length; start += COUNTS_CHUNK) {
      this.api.counts(ids.slice(start, start + COUNTS_CHUNK)).subscribe({
        next: (counts) => this.counts.update((known) => ({ ...known, ...counts })),
        error: () => undefined,
      });
    }
  }

  protected dateOf(event: Event): string {
    const language = this.i18n.language();
    return `${formatShortDate(event.startsAt, event.timezone, language)}, ${formatTimeRange(event.startsAt, event.endsAt, event.timezone, language)}`;
  }
}
