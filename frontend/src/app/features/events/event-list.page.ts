import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Event } from '@roundtable/contracts';
import { catchError, map, of, startWith, switchMap, type Observable } from 'rxjs';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from '../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { EventCardComponent } from './event-card.component';
import { EventsApi, type EventsWhen } from './events.api';
import './events.i18n';

const PAGE_SIZE = 12;

interface ListState {
  items: Event[];
  total: number;
  page: number;
  loading: boolean;
  error: string | null;
}

const LOADING: ListState = { items: [], total: 0, page: 0, loading: true, error: null };

/** `/`: upcoming events by default, past ones with `?when=past`, a page at a time. */
@Component({
  selector: 'rt-event-list-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    EventCardComponent,
    LoadErrorComponent,
    IconComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-list.page.html',
  styleUrl: './event-list.page.scss',
})
export class EventListPage {
  private readonly api = inject(EventsApi);
  protected readonly i18n = inject(I18n);

  /** The `when` query parameter (router input binding). */
  readonly when = input<string>();
  protected readonly mode = computed<EventsWhen>(() => (this.when() === 'past' ? 'past' : 'upcoming'));
  protected readonly state = signal<ListState>(LOADING);
  protected readonly hasMore = computed(() => this.state().items.length < this.state().total);

  constructor() {
    // A new tab starts over; switchMap drops the answer for a tab the visitor already left.
    toObservable(this.mode)
      .pipe(
        switchMap((mode) => this.fetch(mode, 1, [])),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  /** The next page; after a failure, the page that failed. */
  protected loadMore(): void {
    const { items, page } = this.state();
    this.fetch(this.mode(), page + 1, items).subscribe((state) => this.state.set(state));
  }

  private fetch(mode: EventsWhen, page: number, before: Event[]): Observable<ListState> {
    const previous = { ...this.state(), items: before, page: page - 1 };
    return this.api.list(mode, page, PAGE_SIZE).pipe(
      map(({ items, total }) => ({ items: [...before, ...items], total, page, loading: false, error: null })),
      catchError((error: unknown) =>
        of({ ...previous, loading: false, error: problemMessage(this.i18n, error) }),
      ),
      startWith({ ...previous, loading: true, error: null }),
    );
  }
}
