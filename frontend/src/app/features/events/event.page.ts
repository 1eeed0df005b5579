import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { Speaker } from '@roundtable/contracts';
import { isNotFound, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { describeEventTime } from '../../core/time/event-time';
import { EventFactsComponent } from '../../shared/ui/event-facts.component';
import { EventStatusBannerComponent } from '../../shared/ui/event-status-banner.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';
import { AddToCalendarComponent } from './add-to-calendar.component';
import { AgendaListComponent } from './agenda-list.component';
import { SummaryApi } from '../summary/summary.api';
import { EventsApi } from './events.api';
import { RegistrationBoxComponent } from './registration-box.component';
import { SpeakerListComponent } from './speaker-list.component';
import { MaterialsListComponent } from '../materials/materials-list.component';
import '../summary/summary.i18n';
import './events.i18n';

/** `/events/:slug`: everything a visitor needs to decide to come, in the event's own time zone. */
@Component({
  selector: 'rt-event-page',
  imports: [
    EventFactsComponent,
    EventStatusBannerComponent,
    RouterLink,
    MatProgressBar,
    TranslatePipe,
    IconComponent,
    StatusChipComponent,
    LoadErrorComponent,
    NotFoundComponent,
    AgendaListComponent,
    RegistrationBoxComponent,
    SpeakerListComponent,
    MaterialsListComponent,
    AddToCalendarComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event.page.html',
  styleUrl: './event.page.scss',
})
export class EventPage {
  private readonly api = inject(EventsApi);
  private readonly summaries = inject(SummaryApi);
  private readonly title = inject(Title);
  protected readonly i18n = inject(I18n);

  readonly slug = input.required<string>();

  protected readonly event = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.get(params),
  });
  /** `value()` throws while the resource is in error; read it through here. */
  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  /**
   * Asked once the event is here. A plain subscription rather than a resource: the speakers are an extra, and a
   * failure only means nobody is announced yet, never a broken page.
   */
  protected readonly speakers = signal<Speaker[]>([]);
  private readonly loadedSlug = computed(() => this.loaded()?.slug);
  /**
   * Whether a published summary exists, asked only for a past published event (before that there can be none),
   * as a visitor. Any failure (404 until it is published) just means no link.
   */
  protected readonly hasSummary = signal(false);
  private readonly summaryCandidate = computed(() => {
    const event = this.loaded();
    return event && event.status === 'published' && new Date(event.endsAt).getTime() <= Date.now()
      ? event.id
      : null;
  });
  /** Adding to a calendar makes sense for a published event that has not ended yet. */
  protected readonly calendarOffered = computed(() => {
    const event = this.loaded();
    return event !== null && event.status === 'published' && new Date(event.endsAt).getTime() > Date.now();
  });
  /** A past event without a published panel shows no panel section: promising speakers "soon" is untrue. */
  protected readonly panelShown = computed(() => {
    const event = this.loaded();
    return this.speakers().length > 0 || (event !== null && new Date(event.endsAt).getTime() > Date.now());
  });
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly errorMessage = computed(() =>
    this.event.error() ? problemMessage(this.i18n, this.event.error()) : null,
  );

  protected readonly when = computed(() => {
    const event = this.loaded();
    return event
      ? describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language())
      : null;
  });

  /** Plain text with blank lines between paragraphs; rendered as text, so nothing in it can become markup. */
  protected readonly paragraphs = computed(() =>
    (this.loaded()?.description ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 0),
  );

  constructor() {
    effect((onCleanup) => {
      const slug = this.loadedSlug();
      untracked(() => this.speakers.set([]));
      if (!slug) return;
      const subscription = this.api.speakers(slug).subscribe({
        next: (speakers) => this.speakers.set(speakers),
        error: () => this.speakers.set([]),
      });
      onCleanup(() => subscription.unsubscribe());
    });
    effect((onCleanup) => {
      const id = this.summaryCandidate();
      untracked(() => this.hasSummary.set(false));
      if (!id) return;
      const subscription = this.summaries.get(id, true).subscribe({
        next: (summary) => this.hasSummary.set(summary.publishedAt !== null),
        error: () => this.hasSummary.set(false),
      });
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      const event = this.loaded();
      if (event) this.title.setTitle(`${event.title} · Roundtable`);
      else if (this.notFound()) this.title.setTitle(`${this.i18n.t('event.notFoundHeading')} · Roundtable`);
    });
  }
}
