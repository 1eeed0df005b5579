import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { EVENT_LIMITS, type Event } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { laterThan, requiredText, serverProblemMessage, singleLine } from '../../../core/forms/field-errors';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { addMinutesToLocal, formatZoneName, toLocalInput } from '../../../core/time/event-time';
import { SeriesApi } from './series.api';
import './series.i18n';

const WEEK_MINUTES = 7 * 24 * 60;

/**
 * The default start: four weeks after the event, on the same weekday and time; for an event long past, the first
 * such day at least four weeks from today.
 */
export function defaultStart(start: string, now = Date.now()): string {
  let candidate = addMinutesToLocal(start, 4 * WEEK_MINUTES);
  while (Date.parse(`${candidate}:00Z`) < now + 4 * WEEK_MINUTES * 60_000) {
    candidate = addMinutesToLocal(candidate, WEEK_MINUTES);
  }
  return candidate;
}

/** Minutes between two wall-clock values ("2026-05-21T10:00"), read as UTC so no DST jump takes part. */
function minutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/**
 * "Next in the series": the new start and end in the event's own zone (wall-clock, as the editor takes them) and
 * the title. Creates the draft itself, so the API's answer to a bad date shows on its field; closes with the
 * new event.
 */
@Component({
  selector: 'rt-next-in-series-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'nextDialog.heading' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="create()" novalidate>
      <mat-dialog-content>
        <p class="text">{{ 'nextDialog.text' | t }}</p>
        @if (error(); as message) {
          <div class="rt-form-error" role="alert">{{ message }}</div>
        }
        <mat-form-field class="full">
          <mat-label>{{ 'nextDialog.title' | t }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-error>{{ form.controls.title | fieldError }}</mat-error>
        </mat-form-field>
        <div class="times">
          <mat-form-field>
            <mat-label>{{ 'nextDialog.startsAt' | t }}</mat-label>
            <input matInput type="datetime-local" formControlName="startsAt" required />
            <mat-error>{{ form.controls.startsAt | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'nextDialog.endsAt' | t }}</mat-label>
            <input matInput type="datetime-local" formControlName="endsAt" required />
            <mat-error>{{ form.controls.endsAt | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        <p class="hint">{{ 'nextDialog.zone' | t: { zone: zone } }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'nextDialog.back' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()" disabledInteractive>
          {{ (saving() ? 'nextDialog.creating' : 'nextDialog.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .text {
      margin-top: 0;
    }
    .full {
      width: 100%;
    }
    .times {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0 1rem;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NextInSeriesDialogComponent {
  private readonly event = inject<Event>(MAT_DIALOG_DATA);
  private readonly api = inject(SeriesApi);
  private readonly i18n = inject(I18n);
  private readonly dialogRef = inject(MatDialogRef<NextInSeriesDialogComponent, Event>);

  protected readonly zone = formatZoneName(this.event.timezone, this.i18n.language());
  private readonly duration = minutesBetween(
    toLocalInput(this.event.startsAt),
    toLocalInput(this.event.endsAt),
  );
  private readonly start = defaultStart(toLocalInput(this.event.startsAt));
  protected readonly form = new FormGroup({
    title: new FormControl(this.event.title, {
      nonNullable: true,
      validators: [requiredText, singleLine, Validators.maxLength(EVENT_LIMITS.title)],
    }),
    startsAt: new FormControl(this.start, {
      nonNullable: true,
      validators: [Validators.required],
    }),
    endsAt: new FormControl(addMinutesToLocal(this.start, this.duration), {
      nonNullable: true,
      validators: [Validators.required, laterThan('startsAt', 'endsAfterStart')],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    const { startsAt, endsAt } = this.form.controls;
    // The end follows the start (same length as the event) until the organiser sets it.
    startsAt.valueChanges.subscribe((value) => {
      if (!endsAt.dirty && value) endsAt.setValue(addMinutesToLocal(value, this.duration));
      endsAt.updateValueAndValidity();
    });
  }

  protected create(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { title, startsAt, endsAt } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.api.duplicate(this.event.id, { title: title.trim(), startsAt, endsAt }).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(serverProblemMessage(this.i18n, this.form, error));
      },
    });
  }
}
