import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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

/** `/organizer/forgot-password`: asks for a reset link. The answer never says whether the account exists. */
@Component({
  selector: 'rt-forgot-password-page',
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
    <section class="auth-page rt-panel" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{{ 'passwordReset.requestTitle' | t }}</h1>
      @if (sent()) {
        <p role="status">{{ 'passwordReset.sent' | t }}</p>
      } @else {
        <p class="intro">{{ 'passwordReset.requestIntro' | t }}</p>
        @if (error(); as message) {
          <div class="rt-form-error" role="alert">{{ message }}</div>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field class="rt-full">
            <mat-label>{{ 'passwordReset.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="username" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <button mat-flat-button class="submit" type="submit" [disabled]="busy()" disabledInteractive>
            {{ (busy() ? 'passwordReset.sending' : 'passwordReset.send') | t }}
          </button>
        </form>
      }
      <p>
        <a routerLink="/organizer/login">{{ 'passwordReset.backToLogin' | t }}</a>
      </p>
    </section>
  `,
  styleUrl: './auth-page.scss',
})
export class ForgotPasswordPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.email, Validators.maxLength(USER_LIMITS.email)],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const email = this.form.getRawValue().email.trim();
    this.http.post('/api/auth/password-reset', { email }).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        applyServerErrors(this.form, fieldErrorsOf(error));
        this.error.set(problemMessage(this.i18n, error));
        focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    });
  }
}
