import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  RECOMMENDATION_STATUSES,
  type Event,
  type Page,
  type RecommendationStatus,
  type TrackedChange,
  type TrackedRecommendation,
  type TrackerQuery,
} from '@roundtable/contracts';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { Downloads } from '../../core/http/download';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatCalendarDate, formatNumericDate, formatShortDate } from '../../core/time/event-time';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { RecommendationStatusChipComponent } from '../../shared/ui/recommendation-status-chip.component';
import { ThemesApi } from './themes.api';
import { themeName } from './theme.page';
import './themes.i18n';
import '../summary/summary.i18n';

const PAGE_SIZE = 20;

/** What the organiser is about to do to one recommendation: a new status with a note, or a later event. */
interface Draft {
  status: RecommendationStatus;
  note: string;
  eventId: string;
}

/**
 * `/organizer/recommendations`: every recommendation of every summary (decision 0033), filtered by theme, status,
 * owner, due date and overdue; each with its dated history and notes, a status change with a note, and "carry to
 * a later event". The overdue e-mail links here with `?eventId=`.
 */
@Component({
  selector: 'rt-tracker-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatInputModule,
    MatProgressBarModule,
    FormFieldModule,
    TranslatePipe,
    LabelPipe,
    LoadErrorComponent,
    RecommendationStatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracker.page.html',
  styleUrl: './tracker.page.scss',
})
export class TrackerPage {
  private readonly api = inject(ThemesApi);
  private readonly http = inject(HttpClient);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18n);

  /** Query parameter from the overdue e-mail: one event's recommendations. */
  readonly eventId = input<string>();

  protected readonly statuses = RECOMMENDATION_STATUSES;
  protected readonly theme = signal('');
  protected readonly status = signal<RecommendationStatus | ''>('');
  protected readonly owner = signal('');
  protected readonly dueFrom = signal('');
  protected readonly dueTo = signal('');
  protected readonly overdue = signal(false);
  protected readonly page = signal(1);
  protected readonly actionError = signal<string | null>(null);
  protected readonly drafts = signal<Record<string, Draft>>({});
  protected readonly downloads = new Downloads<'csv'>();

  private readonly query = computed((): TrackerQuery => ({
    theme: this.theme() || undefined,
    status: this.status() || undefined,
    owner: this.owner() || undefined,
    dueFrom: this.dueFrom() || undefined,
    dueTo: this.dueTo() || undefined,
    overdue: this.overdue() ? 'true' : undefined,
    eventId: this.eventId() || undefined,
    page: this.page(),
    pageSize: PAGE_SIZE,
  }));
  protected readonly list = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.recommendations(params),
  });
  protected readonly items = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly total = computed(() => (this.list.hasValue() ? this.list.value().total : 0));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );

  protected readonly themes = rxResource({ stream: () => this.api.list() });
  protected readonly themeOptions = computed(() => (this.themes.hasValue() ? this.themes.value().items : []));
  protected readonly owners = rxResource({ stream: () => this.api.owners() });
  protected readonly ownerOptions = computed(() => (this.owners.hasValue() ? this.owners.value().items : []));
  /** Every event the organiser may carry a recommendation to: drafts too, cancelled ones not. */
  protected readonly events = rxResource({
    stream: () =>
      this.http.get<Page<Event>>('/api/events', { params: new HttpParams().set('pageSize', 100) }),
  });

  protected themeLabel(id: string): string {
    const theme = this.themeOptions().find((item) => item.id === id);
    return theme ? themeName(theme, this.i18n.language()) : '';
  }

  /** Events that start after the recommendation's own, soonest first. */
  protected laterEvents(item: TrackedRecommendation): Event[] {
    const events = this.events.hasValue() ? this.events.value().items : [];
    const since = Date.parse(item.event.startsAt);
    const carried = new Set(item.followUps.map((followUp) => followUp.event.id));
    return events
      .filter((event) => event.status !== 'cancelled' && Date.parse(event.startsAt) > since)
      .filter((event) => !carried.has(event.id))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  }

  protected draft(item: TrackedRecommendation): Draft {
    return this.drafts()[item.id] ?? { status: item.status, note: '', eventId: '' };
  }

  protected edit(item: TrackedRecommendation, change: Partial<Draft>): void {
    this.drafts.update((drafts) => ({ ...drafts, [item.id]: { ...this.draft(item), ...change } }));
  }

  protected setFilter(apply: () => void): void {
    apply();
    this.page.set(1);
  }

  protected saveStatus(item: TrackedRecommendation): void {
    const draft = this.draft(item);
    this.actionError.set(null);
    this.api.changeStatus(item.id, { status: draft.status, note: draft.note || null }).subscribe({
      next: (updated) => {
        this.replace(updated);
        this.edit(updated, { note: '', status: updated.status });
        this.notify(this.i18n.t('tracker.statusSaved'));
      },
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  protected carry(item: TrackedRecommendation): void {
    const draft = this.draft(item);
    if (!draft.eventId) return;
    this.actionError.set(null);
    this.api.followUp(item.id, { eventId: draft.eventId }).subscribe({
      next: (updated) => {
        this.replace(updated);
        this.edit(updated, { eventId: '' });
        const title = updated.followUps.find((followUp) => followUp.event.id === draft.eventId)?.event.title;
        this.notify(this.i18n.t('tracker.carried', { title: title ?? '' }));
      },
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  protected downloadCsv(): void {
    this.downloads.fetch('csv', this.api.csv(this.query()), (message) => this.actionError.set(message));
  }

  protected eventDate(item: { startsAt: string; timezone: string }): string {
    return formatShortDate(item.startsAt, item.timezone, this.i18n.language());
  }

  protected changeDate(at: string, timezone: string): string {
    return formatNumericDate(at, timezone, this.i18n.language());
  }

  /** "Изпълнена: Координаторите са назначени." – the status then, and the note when one was written. */
  protected changeLine(change: TrackedChange): string {
    const status = this.i18n.label('recommendationStatus', change.status);
    return change.note ? `${status}: ${change.note}` : status;
  }

  protected dueDate(date: string): string {
    return formatCalendarDate(date, this.i18n.language());
  }

  private replace(updated: TrackedRecommendation): void {
    if (!this.list.hasValue()) return;
    const page = this.list.value();
    this.list.set({ ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('app.close'), { duration: 4000 });
  }
}
