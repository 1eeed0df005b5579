import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { EMAIL_MAX_LENGTH } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { requiredText } from '../../core/forms/field-errors';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { RegistrationApi } from './registration.api';
import './registration.i18n';

/**
 * Sends the manage link again. It always says the same thing, whether or not the address is registered, so
 * nobody can learn from it who takes part.
 */
@Component({
  selector: 'rt-lost-link',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="lost-link-heading">
      <h2 id="lost-link-heading">{{ 'lostLink.heading' | t }}</h2>
      <p>{{ 'lostLink.text' | t }}</p>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'lostLink.email' | t }}</mat-label>
          <input matInput type="email" autocomplete="email" formControlName="email" />
          <mat-error>{{ email | fieldError }}</mat-error>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="busy()" disabledInteractive>
          {{ 'lostLink.submit' | t }}
        </button>
      </form>
      <p class="notice" role="status">{{ notice() }}</p>
    </section>
  `,
  styles: `
    p {
      font: var(--mat-sys-body-medium);
    }
    mat-form-field {
      width: 100%;
    }
    .notice {
      font-weight: 600;
      min-height: 1.5em;
    }
  `,
})
export class LostLinkComponent {
  private readonly api = inject(RegistrationApi);
  private readonly i18n = inject(I18n);

  readonly eventId = input.required<string>();

  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [requiredText, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ email: this.email });
  protected readonly busy = signal(false);
  protected readonly notice = signal('');

  protected send(): void {
    if (this.busy()) return;
    this.notice.set('');
    if (this.email.invalid) {
      this.email.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.api.sendLostLink(this.eventId(), this.email.value.trim()).subscribe({
      next: () => {
        this.busy.set(false);
        this.notice.set(this.i18n.t('lostLink.sent'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notice.set(problemMessage(this.i18n, error));
      },
    });
  }
}
