import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  LANGUAGES,
  USER_LIMITS,
  USER_ROLES,
  type Language,
  type User,
  type UserRole,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { requiredText, SERVER_ERROR, singleLine, serverProblemMessage } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { problemOf } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { UsersApi } from './users.api';
import './users.i18n';

/** Creates an account; a taken e-mail is said next to the e-mail field. */
@Component({
  selector: 'rt-user-create-form',
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
    <section class="rt-panel" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{{ 'users.createHeading' | t }}</h2>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <div class="rt-grid">
          <mat-form-field>
            <mat-label>{{ 'users.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'users.name' | t }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            <mat-error>{{ form.controls.name | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'users.role' | t }}</mat-label>
            <mat-select formControlName="role">
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ role | label: 'role' }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'users.password' | t }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" />
            <mat-hint>{{ 'users.passwordHint' | t: { min: minPassword } }}</mat-hint>
            <mat-error>{{ form.controls.password | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'users.language' | t }}</mat-label>
            <mat-select formControlName="language">
              @for (language of languages; track language) {
                <mat-option [value]="language">{{ language | label: 'language' }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
          {{ 'users.create' | t }}
        </button>
      </form>
    </section>
  `,
})
export class UserCreateFormComponent {
  private readonly api = inject(UsersApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly created = output<User>();

  protected readonly roles = USER_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly minPassword = USER_LIMITS.passwordMin;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.email, Validators.maxLength(USER_LIMITS.email)],
    }),
    name: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, singleLine, Validators.maxLength(USER_LIMITS.name)],
    }),
    role: new FormControl<UserRole>('organizer', { nonNullable: true }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(USER_LIMITS.passwordMin),
        Validators.maxLength(USER_LIMITS.passwordMax),
      ],
    }),
    language: new FormControl<Language>('bg', { nonNullable: true }),
  });

  protected submit(formDirective: FormGroupDirective): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.api.create({ ...value, email: value.email.trim(), name: value.name.trim() }).subscribe({
      next: (user) => {
        this.busy.set(false);
        // Resetting through the directive clears "submitted" too, so the empty form shows no errors.
        formDirective.resetForm({ role: 'organizer', language: 'bg' });
        this.created.emit(user);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        if (problemOf(error)?.code === 'EMAIL_TAKEN') {
          const email = this.form.controls.email;
          email.setErrors({
            [SERVER_ERROR]: { rule: 'EMAIL_TAKEN', message: problemOf(error)?.detail ?? '' },
          });
          email.markAsTouched();
          this.focusFirstInvalid();
          return;
        }
        this.error.set(serverProblemMessage(this.i18n, this.form, error));
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    focusFirstInvalid(() => this.host.nativeElement, this.injector);
  }
}
