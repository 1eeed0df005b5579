import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { Auth } from '../../core/auth/auth.service';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors, requiredText } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import './auth.i18n';

/** `/organizer/login`. Comes back to the page that asked for a login (`returnUrl`), else the dashboard. */
@Component({
  selector: 'rt-login-page',
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
    <section class="auth-page rt-panel" aria-labelledby="login-heading">
      <h1 id="login-heading">{{ 'login.heading' | t }}</h1>
      <p class="intro">{{ 'login.intro' | t }}</p>

      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'login.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="username" required />
          <mat-error>{{ form.controls.email | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'login.password' | t }}</mat-label>
          <input matInput type="password" formControlName="password" autocomplete="current-password" />
          <mat-error>{{ form.controls.password | fieldError }}</mat-error>
        </mat-form-field>
        <button mat-flat-button class="submit" type="submit" [disabled]="busy()" disabledInteractive>
          {{ (busy() ? 'login.submitting' : 'login.submit') | t }}
        </button>
      </form>
      <p class="forgot">
        <a routerLink="/organizer/forgot-password">{{ 'login.forgot' | t }}</a>
      </p>
    </section>
  `,
  styleUrls: ['./auth-page.scss'],
  styles: `
    .forgot {
      margin: 1rem 0 0;
      text-align: center;
    }
  `,
})
export class LoginPage {
  private readonly auth = inject(Auth);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Query parameter set by the guards and the 401 handler. */
  readonly returnUrl = input<string>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: () => {
        this.busy.set(false);
        void this.router.navigateByUrl(this.safeReturnUrl() ?? '/organizer');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        applyServerErrors(this.form, fieldErrorsOf(error));
        this.error.set(problemMessage(this.i18n, error));
        // Without field errors (wrong password) nothing is marked, and focus stays on the button.
        focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    });
  }

  /** Only paths inside this app: a crafted link must not send a fresh login elsewhere. */
  private safeReturnUrl(): string | null {
    const url = this.returnUrl();
    return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/organizer/login')
      ? url
      : null;
  }
}
