import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { isNotFound, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { describeEventTime, formatCalendarDate, formatShortDate } from '../../core/time/event-time';
import { IconComponent } from '../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { RecommendationStatusChipComponent } from '../../shared/ui/recommendation-status-chip.component';
import { EventsApi } from '../events/events.api';
import { MaterialsListComponent } from '../materials/materials-list.component';
import { FollowsUpComponent } from '../themes/follows-up.component';
import { AttendanceStatsComponent } from './attendance-stats.component';
import { SummaryApi, summaryPdfUrl } from './summary.api';
import './summary.i18n';

/**
 * `/events/:slug/summary`: what came of a past event, for anyone once the organisers published it. The body is
 * the HTML the API's one sanitiser made (`bodyHtml`); Angular's own sanitiser stays on when it goes in the page.
 * A personal link from the summary e-mail carries `?token=`, which opens the materials that person may see.
 */
@Component({
  selector: 'rt-summary-page',
  imports: [
    RouterLink,
    MatProgressBarModule,
    TranslatePipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    RecommendationStatusChipComponent,
    AttendanceStatsComponent,
    MaterialsListComponent,
    FollowsUpComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './summary.page.html',
  styleUrl: './summary.page.scss',
})
export class SummaryPage {
  private readonly events = inject(EventsApi);
  private readonly api = inject(SummaryApi);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);

  /** Route parameter: the event's slug (or id). */
  readonly slug = input.required<string>();
  /** Query parameter: the personal link's token, for the materials list. */
  readonly token = input<string>();

  protected readonly event = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.events.get(params),
  });
  protected readonly loadedEvent = computed(() => (this.event.hasValue() ? this.event.value() : null));
  /** Asked by the event's id once the event is here; as a visitor, so only a published summary comes back. */
  protected readonly summary = rxResource({
    params: () => this.loadedEvent()?.id,
    stream: ({ params }) => this.api.get(params, true),
  });
  protected readonly loaded = computed(() => {
    const event = this.loadedEvent();
    const summary = this.summary.hasValue() ? this.summary.value() : null;
    // An unpublished summary is nobody's business here, whatever an API would answer.
    return event && summary?.publishedAt ? { event, summary } : null;
  });
  protected readonly loading = computed(() => this.event.isLoading() || this.summary.isLoading());
  protected readonly notFound = computed(
    () =>
      isNotFound(this.event.error()) ||
      isNotFound(this.summary.error()) ||
      (this.summary.hasValue() && !this.summary.value()?.publishedAt),
  );
  protected readonly errorMessage = computed(() => {
    const error = this.event.error() ?? this.summary.error();
    return error ? problemMessage(this.i18n, error) : null;
  });

  protected readonly when = computed(() => {
    const event = this.loadedEvent();
    if (!event) return null;
    const when = describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language());
    return when.time ? `${when.date}, ${when.time}` : when.date;
  });
  protected readonly publishedOn = computed(() => {
    const loaded = this.loaded();
    return loaded?.summary.publishedAt
      ? formatShortDate(loaded.summary.publishedAt, loaded.event.timezone, this.i18n.language())
      : null;
  });
  protected readonly pdfUrl = computed(() => {
    const event = this.loadedEvent();
    return event ? summaryPdfUrl(event.id) : null;
  });

  constructor() {
    effect(() => {
      const event = this.loadedEvent();
      const heading = this.i18n.t('summary.title');
      if (this.loaded() && event) this.title.setTitle(`${heading}: ${event.title} · Roundtable`);
      else if (this.notFound()) this.title.setTitle(`${this.i18n.t('summary.notFoundHeading')} · Roundtable`);
    });
  }

  protected dueDate(date: string): string {
    return formatCalendarDate(date, this.i18n.language());
  }

  protected retry(): void {
    if (this.event.error()) this.event.reload();
    else this.summary.reload();
  }
}
