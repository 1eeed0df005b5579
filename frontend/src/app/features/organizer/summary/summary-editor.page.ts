import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { PristineChangeEvent, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  KEY_POINTS_MAX,
  RECOMMENDATION_STATUSES,
  RECOMMENDATIONS_MAX,
  type Summary,
} from '@roundtable/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { focusAfterRender } from '../../../core/a11y/focus-after-render';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { serverProblemMessage } from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { Downloads } from '../../../core/http/download';
import { isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describeEventTime, formatDateTime } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../../shared/ui/status-chip.component';
import { AttendanceStatsComponent } from '../../summary/attendance-stats.component';
import { historyLines, type HistoryLine } from '../../summary/recommendation-history';
import { SummaryApi } from '../../summary/summary.api';
import type { HoldsUnsavedChanges } from '../event-editor/unsaved-changes.guard';
import { FollowsUpComponent } from '../../themes/follows-up.component';
import { EventTabsComponent } from '../event-tabs.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import {
  PublishSummaryDialogComponent,
  type PublishSummaryDialogData,
} from './publish-summary-dialog.component';
import {
  createKeyPoint,
  createRecommendationRow,
  createSummaryForm,
  fillSummaryForm,
  toSummaryInput,
} from './summary-form';
import '../../events/events.i18n';
import '../../summary/summary.i18n';
import '../event-editor/event-editor.i18n';

/** Typing pauses this long before the body goes to the API's sanitiser for a preview. */
export const PREVIEW_DEBOUNCE_MS = 400;

type Preview =
  | { state: 'ready'; html: string }
  | { state: 'loading'; html: string }
  | { state: 'failed'; html: string; message: string };

/**
 * `/organizer/events/:id/summary`: the summary after the event. Markdown with a preview from the API (its one
 * sanitiser, so what the organiser sees is what the page, the e-mail and the PDF show), key points,
 * recommendations whose history the API keeps, the attendance, and publishing, which e-mails the attendees once.
 * After publishing everything stays editable: the recommendations are followed up here.
 */
@Component({
  selector: 'rt-summary-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    StatusChipComponent,
    EventTabsComponent,
    AttendanceStatsComponent,
    FollowsUpComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Closing or reloading the tab with unsaved changes: the browser asks, in its own words.
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  templateUrl: './summary-editor.page.html',
  styleUrl: './summary-editor.page.scss',
})
export class SummaryEditorPage implements HoldsUnsavedChanges {
  private readonly events = inject(OrganizerEventsApi);
  private readonly api = inject(SummaryApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18n);

  /** Route parameter: the event's id. */
  readonly id = input.required<string>();

  protected readonly statuses = RECOMMENDATION_STATUSES;
  protected readonly keyPointsMax = KEY_POINTS_MAX;
  protected readonly recommendationsMax = RECOMMENDATIONS_MAX;
  protected readonly form = createSummaryForm();
  /** The arrays' rows as signals: FormArray changes alone do not tell a zoneless view to render. */
  protected readonly keyPoints = signal(this.form.controls.keyPoints.controls);
  protected readonly recommendations = signal(this.form.controls.recommendations.controls);

  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params),
  });
  /** What the API holds; null before the first save (the API answers 404 then). */
  protected readonly summary = signal<Summary | null>(null);
  protected readonly summaryState = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly summaryError = signal<string | null>(null);
  protected readonly preview = signal<Preview>({ state: 'ready', html: '' });
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly publishing = signal(false);
  protected readonly downloads = new Downloads<'pdf' | 'csv'>();
  protected readonly formError = signal<string | null>(null);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('summaryForm');

  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly loadError = computed(() =>
    this.event.error() && !this.notFound() ? problemMessage(this.i18n, this.event.error()) : null,
  );
  protected readonly when = computed(() => {
    const event = this.loaded();
    if (!event) return null;
    const when = describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language());
    return when.time ? `${when.date}, ${when.time}` : when.date;
  });
  protected readonly publishedAt = computed(() => {
    const at = this.summary()?.publishedAt;
    const event = this.loaded();
    return at && event ? formatDateTime(at, event.timezone, this.i18n.language()) : null;
  });
  /** Publishing sends what is saved: a summary that exists, without changes waiting. */
  protected readonly canPublish = computed(
    () => this.summary() !== null && !this.summary()?.publishedAt && !this.dirty(),
  );
  private readonly historyById = computed(() => {
    const event = this.loaded();
    const byId = new Map<string, HistoryLine[]>();
    for (const recommendation of this.summary()?.recommendations ?? []) {
      byId.set(
        recommendation.id,
        event ? historyLines(recommendation.history, event.timezone, this.i18n) : [],
      );
    }
    return byId;
  });

  constructor() {
    this.form.events
      .pipe(
        filter((event) => event instanceof PristineChangeEvent),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.dirty.set(!event.pristine));

    // Only typing asks for a preview: filling the form from the API does not emit, and brings its own bodyHtml.
    this.form.controls.body.valueChanges
      .pipe(
        debounceTime(PREVIEW_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((body) => {
          const html = untracked(this.preview).html;
          if (body.trim() === '') return of<Preview>({ state: 'ready', html: '' });
          return this.api.preview(this.id(), body).pipe(
            map((answer): Preview => ({ state: 'ready', html: answer.html })),
            catchError((error: unknown) =>
              of<Preview>({ state: 'failed', html, message: problemMessage(this.i18n, error) }),
            ),
            startWith<Preview>({ state: 'loading', html }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((preview) => this.preview.set(preview));

    effect((onCleanup) => {
      const id = this.id();
      const subscription = untracked(() => this.load(id));
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      const heading = this.i18n.t('summaryEditor.title');
      const name = this.loaded()?.title;
      this.title.setTitle(name ? `${heading} · ${name} · Roundtable` : `${heading} · Roundtable`);
    });
  }

  protected retryLoad(): void {
    if (this.event.error()) this.event.reload();
    this.load(this.id());
  }

  protected historyOf(id: string | null): HistoryLine[] {
    return id ? (this.historyById().get(id) ?? []) : [];
  }

  /** A short name of a row for the buttons' accessible names: its first words, or its number. */
  protected keyPointName(index: number): string {
    return shortName(this.form.controls.keyPoints.at(index).value, () =>
      this.i18n.t('summaryEditor.keyPoint', { n: index + 1 }),
    );
  }

  protected recommendationName(index: number): string {
    return shortName(this.form.controls.recommendations.at(index).controls.text.value, () =>
      this.i18n.t('summaryEditor.recommendation', { n: index + 1 }),
    );
  }

  protected addKeyPoint(): void {
    if (this.form.controls.keyPoints.length >= KEY_POINTS_MAX) return;
    this.form.controls.keyPoints.push(createKeyPoint());
    this.changedRows();
    this.focusAfterRender(`key-point-${this.form.controls.keyPoints.length - 1}`);
  }

  protected moveKeyPoint(index: number, offset: -1 | 1): void {
    const points = this.form.controls.keyPoints;
    const target = index + offset;
    if (target < 0 || target >= points.length) return;
    const control = points.at(index);
    points.removeAt(index, { emitEvent: false });
    points.insert(target, control);
    this.changedRows();
    this.announcer.announce(this.i18n.t('summaryEditor.moved', { n: target + 1 }));
    // The moved row's button keeps focus, unless it just became disabled at the top or bottom.
    const direction = offset < 0 ? 'up' : 'down';
    const atEdge = target === 0 || target === points.length - 1;
    this.focusAfterRender(`key-point-${target}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
  }

  protected removeKeyPoint(index: number): void {
    const points = this.form.controls.keyPoints;
    points.removeAt(index);
    this.changedRows();
    this.announcer.announce(this.i18n.t('summaryEditor.removed'));
    const next = Math.min(index, points.length - 1);
    this.focusAfterRender(next >= 0 ? `key-point-${next}` : 'add-key-point');
  }

  protected addRecommendation(): void {
    if (this.form.controls.recommendations.length >= RECOMMENDATIONS_MAX) return;
    this.form.controls.recommendations.push(createRecommendationRow());
    this.changedRows();
    this.focusAfterRender(`recommendation-${this.form.controls.recommendations.length - 1}-text`);
  }

  protected removeRecommendation(index: number): void {
    const rows = this.form.controls.recommendations;
    rows.removeAt(index);
    this.changedRows();
    this.announcer.announce(this.i18n.t('summaryEditor.removed'));
    const next = Math.min(index, rows.length - 1);
    this.focusAfterRender(next >= 0 ? `recommendation-${next}-text` : 'add-recommendation');
  }

  protected save(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.i18n.t('summaryEditor.formInvalid'));
      focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
      return;
    }
    this.saving.set(true);
    this.api.save(this.id(), toSummaryInput(this.form)).subscribe({
      next: (summary) => {
        this.saving.set(false);
        this.show(summary);
        this.notify('summaryEditor.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.formError.set(serverProblemMessage(this.i18n, this.form, error));
        focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
      },
    });
  }

  protected confirmPublish(): void {
    if (!this.canPublish() || this.publishing()) return;
    this.dialog
      .open<PublishSummaryDialogComponent, PublishSummaryDialogData, boolean>(PublishSummaryDialogComponent, {
        data: { stats: this.summary()?.stats ?? null },
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.publish());
  }

  protected download(kind: 'pdf' | 'csv'): void {
    this.formError.set(null);
    const request = kind === 'pdf' ? this.api.pdf(this.id()) : this.api.statisticsCsv(this.id());
    this.downloads.fetch(kind, request, (message) => this.formError.set(message));
  }

  /** For the unsaved-changes guard. */
  hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  leaveQuestion(): string {
    return this.i18n.t('summaryEditor.unsavedLeave');
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  private publish(): void {
    this.publishing.set(true);
    this.formError.set(null);
    this.api.publish(this.id()).subscribe({
      next: (summary) => {
        this.publishing.set(false);
        this.show(summary);
        this.notify('summaryEditor.published');
        // The button that had focus is gone: the heading takes it, and the "published on" line is read next.
        focusAfterRender(() => this.heading()?.nativeElement, this.injector);
      },
      error: (error: unknown) => {
        this.publishing.set(false);
        this.formError.set(problemMessage(this.i18n, error));
      },
    });
  }

  private load(id: string) {
    this.summaryState.set('loading');
    this.summaryError.set(null);
    return this.api.get(id).subscribe({
      next: (summary) => {
        this.show(summary);
        this.summaryState.set('ready');
      },
      error: (error: unknown) => {
        if (isNotFound(error)) {
          // Nothing written yet: an empty form, saved for the first time with PUT.
          this.show(null);
          this.summaryState.set('ready');
        } else {
          this.summaryError.set(problemMessage(this.i18n, error));
          this.summaryState.set('error');
        }
      },
    });
  }

  private show(summary: Summary | null): void {
    this.summary.set(summary);
    fillSummaryForm(this.form, summary);
    this.preview.set({ state: 'ready', html: summary?.bodyHtml ?? '' });
    this.syncRows();
  }

  /** Adding, moving and removing rows are edits too, though no field was typed in. */
  private changedRows(): void {
    this.form.markAsDirty();
    this.syncRows();
  }

  private syncRows(): void {
    this.keyPoints.set([...this.form.controls.keyPoints.controls]);
    this.recommendations.set([...this.form.controls.recommendations.controls]);
  }

  private focusAfterRender(id: string): void {
    focusAfterRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${id}`), this.injector);
  }

  private notify(key: 'summaryEditor.saved' | 'summaryEditor.published'): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('app.close'), { duration: 4000 });
  }
}

/** "Общините да…" from a long text; the fallback when the row is still empty. */
function shortName(text: string, fallback: () => string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return fallback();
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}
