import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { PristineChangeEvent, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { LANGUAGES, REGISTRATION_MODES, SECTORS, type Event, type FieldError } from '@roundtable/contracts';
import { filter, type Subscription } from 'rxjs';
import { focusAfterRender } from '../../../core/a11y/focus-after-render';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { applyServerErrors, fieldErrorMessage } from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { fieldErrorsOf, isNotFound, problemMessage, problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../../shared/ui/status-chip.component';
import { EventTabsComponent } from '../event-tabs.component';
import { StaffAssignmentComponent } from '../checkin/staff-assignment.component';
import { EventHistoryComponent } from '../../audit/event-history.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import { ThemePickerComponent } from '../../themes/theme-picker.component';
import { AgendaEditorComponent } from './agenda-editor.component';
import { CancelEventDialogComponent } from './cancel-event-dialog.component';
import { NextInSeriesDialogComponent } from '../series/next-in-series-dialog.component';
import '../series/series.i18n';
import { NotifyDialogComponent } from './notify-dialog.component';
import type { HoldsUnsavedChanges } from './unsaved-changes.guard';
import { createEventForm, fillEventForm, timeZoneOptions, toEventInput } from './event-form';
import '../../events/events.i18n';
import './event-editor.i18n';

type LoadState = 'ready' | 'loading' | 'not-found' | 'error';

/** `/organizer/events/new` and `/organizer/events/:id`: the event's details, its status, its agenda, its staff. */
@Component({
  selector: 'rt-event-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
    IconComponent,
    StatusChipComponent,
    LoadErrorComponent,
    NotFoundComponent,
    AgendaEditorComponent,
    EventTabsComponent,
    StaffAssignmentComponent,
    ThemePickerComponent,
    EventHistoryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Closing or reloading the tab with unsaved changes: the browser asks, in its own words.
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
  templateUrl: './event-editor.page.html',
  styleUrl: './event-editor.page.scss',
})
export class EventEditorPage implements HoldsUnsavedChanges {
  private readonly api = inject(OrganizerEventsApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);

  /** Route parameter: an event id, or `new`. */
  readonly id = input.required<string>();

  protected readonly form = createEventForm();
  protected readonly sectors = SECTORS;
  protected readonly languages = LANGUAGES;
  protected readonly modes = REGISTRATION_MODES;

  protected readonly event = signal<Event | null>(null);
  protected readonly loadState = signal<LoadState>('ready');
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly dirty = signal(false);
  private readonly timezone = signal(this.form.controls.timezone.value);
  private loading?: Subscription;
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('eventForm');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly cancelledBanner = viewChild<ElementRef<HTMLElement>>('cancelledBanner');
  private readonly agenda = viewChild(AgendaEditorComponent);

  protected readonly isNew = computed(() => this.id() === 'new');
  protected readonly isCancelled = computed(() => this.event()?.status === 'cancelled');
  protected readonly isPast = computed(() => {
    const event = this.event();
    return event !== null && new Date(event.endsAt).getTime() <= Date.now();
  });
  protected readonly timeZones = computed(() =>
    timeZoneOptions(this.timezone(), this.i18n.t('editor.timezoneSofia'), this.i18n.locale()),
  );

  constructor() {
    this.form.events
      .pipe(
        filter((event) => event instanceof PristineChangeEvent),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.dirty.set(!event.pristine));
    this.form.controls.timezone.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((zone) => this.timezone.set(zone));

    // After "create", the route moves to the new id while this page stays: the event is already here.
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());

    effect(() => {
      const heading = this.i18n.t(this.isNew() ? 'editor.newHeading' : 'editor.editHeading');
      const name = this.event()?.title;
      this.title.setTitle(name ? `${name} · ${heading} · Roundtable` : `${heading} · Roundtable`);
    });
  }

  protected retry(): void {
    this.open(this.id());
  }

  protected save(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.saving()) return;
    this.clearErrors();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.i18n.t('editor.formInvalid'));
      focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
      return;
    }
    const existing = this.event();
    if (existing?.status === 'published' && this.movesCalendars()) {
      this.saving.set(true);
      this.api.calendarHolderCount(existing.id).subscribe({
        next: ({ count }) => {
          this.saving.set(false);
          if (count === 0) return this.send(existing);
          this.dialog
            .open<NotifyDialogComponent, { count: number }, boolean>(NotifyDialogComponent, {
              data: { count },
              width: '32rem',
              maxWidth: '95vw',
            })
            .afterClosed()
            .subscribe((confirmed) => {
              if (confirmed) this.send(existing);
            });
        },
        error: (error: unknown) => this.fail(error),
      });
      return;
    }
    this.send(existing);
  }

  /** Whether calendars would hear of this change (time, zone, place, online link), as the API decides. */
  private movesCalendars(): boolean {
    const { startsAt, endsAt, timezone, venue, onlineUrl } = this.form.controls;
    return [startsAt, endsAt, timezone, venue, onlineUrl].some((control) => control.dirty);
  }

  private send(existing: Event | null): void {
    const input = toEventInput(this.form.getRawValue());
    this.saving.set(true);
    const request = existing ? this.api.update(existing.id, input) : this.api.create(input);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.show(saved);
        this.notify(existing ? 'editor.saved' : 'editor.created');
        if (!existing) void this.router.navigate(['/organizer/events', saved.id], { replaceUrl: true });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected publish(): void {
    const event = this.event();
    if (!event || this.saving() || this.dirty()) return;
    this.clearErrors();
    this.saving.set(true);
    this.api.publish(event.id).subscribe({
      next: (published) => {
        this.saving.set(false);
        this.show(published);
        this.notify('editor.published');
        // Only a draft has the "publish" button that had focus: the page's heading takes it instead.
        focusAfterRender(() => this.heading()?.nativeElement, this.injector);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Back to draft while nobody holds it; the API refuses (EVENT_IN_USE) otherwise, and the form says why. */
  protected unpublish(): void {
    const event = this.event();
    if (!event || this.saving()) return;
    this.clearErrors();
    this.saving.set(true);
    this.api.unpublish(event.id).subscribe({
      next: (draft) => {
        this.saving.set(false);
        this.show(draft);
        this.notify('editor.unpublished');
        focusAfterRender(() => this.heading()?.nativeElement, this.injector);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** "Next in the series": the dialog creates the draft; the editor then opens it. */
  protected nextInSeries(): void {
    const event = this.event();
    if (!event || this.saving()) return;
    this.dialog
      .open<NextInSeriesDialogComponent, Event, Event>(NextInSeriesDialogComponent, {
        data: event,
        width: '36rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((created): created is Event => created !== undefined))
      .subscribe((created) => {
        this.snackBar.open(this.i18n.t('nextDialog.created'), this.i18n.t('app.close'), { duration: 4000 });
        void this.router.navigate(['/organizer/events', created.id]);
      });
  }

  protected confirmCancel(): void {
    const event = this.event();
    if (!event || this.saving()) return;
    this.dialog
      .open<CancelEventDialogComponent, void, string>(CancelEventDialogComponent, {
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((reason): reason is string => reason !== undefined))
      .subscribe((reason) => {
        this.clearErrors();
        this.saving.set(true);
        this.api.cancel(event.id, reason || undefined).subscribe({
          next: (cancelled) => {
            this.saving.set(false);
            this.show(cancelled);
            this.notify('editor.cancelledNotice');
            // A cancelled event has no actions left; the banner that says it was cancelled takes the focus.
            focusAfterRender(() => this.cancelledBanner()?.nativeElement, this.injector);
          },
          error: (error: unknown) => this.fail(error),
        });
      });
  }

  /** For the unsaved-changes guard: typed details or agenda rows not yet saved. */
  hasUnsavedChanges(): boolean {
    return this.dirty() || (this.agenda()?.hasUnsavedChanges() ?? false);
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected onAgendaSaved(event: Event): void {
    this.event.set(event);
  }

  protected unmatchedMessage(error: FieldError): string {
    const message = fieldErrorMessage(this.i18n, { server: { rule: error.rule, message: error.message } });
    return this.i18n.t('errors.fieldPrefix', { field: error.field, message });
  }

  private show(event: Event): void {
    this.event.set(event);
    fillEventForm(this.form, event);
    if (event.status === 'cancelled') this.form.disable();
    else this.form.enable();
  }

  private open(id: string): void {
    if (id === this.event()?.id) return;
    this.reset(id);
    this.loading?.unsubscribe();
    if (id === 'new') return;
    this.loading = this.api.get(id).subscribe({
      next: (event) => {
        this.show(event);
        this.loadState.set('ready');
      },
      error: (error: unknown) => {
        this.loadState.set(isNotFound(error) ? 'not-found' : 'error');
        this.loadError.set(problemMessage(this.i18n, error));
      },
    });
  }

  private reset(id: string): void {
    this.event.set(null);
    this.clearErrors();
    this.form.enable();
    this.form.reset();
    this.loadState.set(id === 'new' ? 'ready' : 'loading');
  }

  private fail(error: unknown): void {
    this.saving.set(false);
    const unmatched = applyServerErrors(this.form, fieldErrorsOf(error));
    this.unmatched.set(unmatched);
    const validation = problemOf(error)?.code === 'VALIDATION_FAILED';
    this.formError.set(validation ? this.i18n.t('editor.formInvalid') : problemMessage(this.i18n, error));
    if (validation) focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
  }

  private clearErrors(): void {
    this.formError.set(null);
    this.unmatched.set([]);
  }

  private notify(
    key:
      | 'editor.saved'
      | 'editor.created'
      | 'editor.published'
      | 'editor.unpublished'
      | 'editor.cancelledNotice',
  ): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('app.close'), { duration: 4000 });
  }
}
