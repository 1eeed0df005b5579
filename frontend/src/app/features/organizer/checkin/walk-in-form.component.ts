import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  REGISTRATION_LIMITS,
  SECTORS,
  type CheckInResult,
  type Sector,
  type WalkInInput,
} from '@roundtable/contracts';
import { focusAfterRender } from '../../../core/a11y/focus-after-render';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { requiredText, singleLine, serverProblemMessage } from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CheckinApi } from './checkin.api';
import '../../registration/registration.i18n';
import './checkin.i18n';

function text(max: number, required: boolean): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [...(required ? [requiredText] : []), singleLine, Validators.maxLength(max)],
  });
}

/**
 * Someone at the door who never registered: the contract's fields, the sector in words. A full room is said
 * plainly, with "check in anyway" beside it (the API's `override`), never done without asking.
 */
@Component({
  selector: 'rt-walk-in-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel walk-in" aria-labelledby="walk-in-heading">
      <h2 id="walk-in-heading" tabindex="-1">{{ 'walkIn.heading' | t }}</h2>
      <p class="intro">{{ 'walkIn.intro' | t }}</p>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      @if (full()) {
        <div class="full" role="alert">
          <p>{{ 'walkIn.full' | t }}</p>
          <button
            mat-flat-button
            type="button"
            class="big"
            [disabled]="busy()"
            disabledInteractive
            (click)="send(true)"
          >
            {{ 'walkIn.override' | t }}
          </button>
        </div>
      }
      <form [formGroup]="form" (ngSubmit)="send(false)" novalidate>
        <mat-form-field>
          <mat-label>{{ 'register.firstName' | t }}</mat-label>
          <input matInput formControlName="firstName" autocomplete="off" required />
          <mat-error>{{ form.controls.firstName | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.lastName' | t }}</mat-label>
          <input matInput formControlName="lastName" autocomplete="off" required />
          <mat-error>{{ form.controls.lastName | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.organization' | t }}</mat-label>
          <input matInput formControlName="organization" autocomplete="off" required />
          <mat-error>{{ form.controls.organization | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.sector' | t }}</mat-label>
          <mat-select formControlName="sector" required>
            @for (sector of sectors; track sector) {
              <mat-option [value]="sector">{{ sector | label: 'sector' }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.sector | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.position' | t }}</mat-label>
          <input matInput formControlName="position" autocomplete="off" />
          <mat-error>{{ form.controls.position | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" inputmode="email" />
          <mat-error>{{ form.controls.email | fieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" class="big" [disabled]="busy()" disabledInteractive>
            {{ 'walkIn.submit' | t }}
          </button>
          <button mat-button type="button" class="big" (click)="closed.emit()">
            {{ 'walkIn.back' | t }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .walk-in {
      padding: 1rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.5rem;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 1rem;
    }
    form {
      display: grid;
      gap: 0.25rem;
    }
    .full {
      background: var(--rt-warning-container, #fff4d6);
      border-left: 4px solid #a86b00;
      padding: 0.75rem 1rem;
      margin: 0 0 1rem;
      p {
        margin: 0 0 0.75rem;
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .big {
      min-height: 3rem;
      flex: 1 1 10rem;
    }
  `,
})
export class WalkInFormComponent {
  private readonly api = inject(CheckinApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly checkedIn = output<CheckInResult>();
  readonly closed = output<void>();

  protected readonly sectors = SECTORS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The room was full on the last try: the override button shows. */
  protected readonly full = signal(false);
  protected readonly form = new FormGroup({
    firstName: text(REGISTRATION_LIMITS.name, true),
    lastName: text(REGISTRATION_LIMITS.name, true),
    organization: text(REGISTRATION_LIMITS.organization, true),
    sector: new FormControl<Sector | null>(null, { validators: [Validators.required] }),
    position: text(REGISTRATION_LIMITS.position, false),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(REGISTRATION_LIMITS.email)],
    }),
  });

  constructor() {
    focusAfterRender(() => this.host.nativeElement.querySelector<HTMLElement>('h2'), this.injector);
  }

  protected send(override: boolean): void {
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.full.set(false);
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    this.api.walkIn(this.eventId(), this.input(override)).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.full.set(false);
        this.form.reset();
        this.checkedIn.emit(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (problemOf(error)?.code === 'NO_SEAT_FREE') {
          this.full.set(true);
          focusAfterRender(
            () => this.host.nativeElement.querySelector<HTMLElement>('.full button'),
            this.injector,
          );
          return;
        }
        this.full.set(false);
        this.error.set(serverProblemMessage(this.i18n, this.form, error));
        focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    });
  }

  private input(override: boolean): WalkInInput {
    const value = this.form.getRawValue();
    const position = value.position.trim();
    const email = value.email.trim();
    return {
      firstName: value.firstName.trim(),
      lastName: value.lastName.trim(),
      organization: value.organization.trim(),
      sector: value.sector as Sector,
      ...(position ? { position } : {}),
      ...(email ? { email } : {}),
      ...(override ? { override: true } : {}),
    };
  }
}
