import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { USER_LIMITS } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors, requiredText } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import './auth.i18n';

/** `/organizer/reset-password/:token`, the link of the reset e-mail: sets a new password once. */
@Component({
  selector: 'rt-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page rt-panel" aria-labelledby="reset-heading">
      <h1 id="reset-heading">{{ 'passwordReset.resetTitle' | t }}</h1>
      @if (done()) {
        <p role="status">{{ 'passwordReset.done' | t }}</p>
        <p>
          <a routerLink="/organizer/login">{{ 'login.submit' | t }}</a>
        </p>
      } @else {
        <p class="intro">{{ 'passwordReset.resetIntro' | t }}</p>
        @if (error(); as message) {
          <div class="rt-form-error" role="alert">
            {{ message }}
            @if (linkDead()) {
              <a routerLink="/organizer/forgot-password">{{ 'passwordReset.askAgain' | t }}</a>
            }
          </div>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field class="rt-full">
            <mat-label>{{ 'passwordReset.password' | t }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-error>{{ form.controls.password | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="rt-full">
            <mat-label>{{ 'passwordReset.repeat' | t }}</mat-label>
            <input matInput type="password" formControlName="repeat" autocomplete="new-password" required />
            <mat-error>
              @if (form.controls.repeat.hasError('mismatch')) {
                {{ 'passwordReset.mismatch' | t }}
              } @else {
                {{ form.controls.repeat | fieldError }}
              }
            </mat-error>
          </mat-form-field>
          <button mat-flat-button class="submit" type="submit" [disabled]="busy()" disabledInteractive>
            {{ (busy() ? 'passwordReset.saving' : 'passwordReset.save') | t }}
          </button>
        </form>
      }
    </section>
  `,
  styleUrl: './auth-page.scss',
})
export class ResetPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the route: the token of the e-mailed link. */
  readonly token = input.required<string>();

  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredText,
        Validators.minLength(USER_LIMITS.passwordMin),
        Validators.maxLength(USER_LIMITS.passwordMax),
      ],
    }),
    repeat: new FormControl('', { nonNullable: true, validators: [requiredText, this.sameAsPassword()] }),
  });
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly linkDead = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    this.error.set(null);
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const { password } = this.form.getRawValue();
    this.http.post(`/api/auth/password-reset/${encodeURIComponent(this.token())}`, { password }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.linkDead.set((error as { status?: number }).status === 410);
        applyServerErrors(this.form, fieldErrorsOf(error));
        this.error.set(problemMessage(this.i18n, error));
        focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    });
  }

  private sameAsPassword() {
    return (control: AbstractControl): ValidationErrors | null => {
      const password = control.parent?.get('password')?.value as string | undefined;
      return control.value && password !== undefined && control.value !== password
        ? { mismatch: true }
        : null;
    };
  }
}
