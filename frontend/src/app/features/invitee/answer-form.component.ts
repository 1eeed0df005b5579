import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import {
  INVITATION_LIMITS,
  type GuestRegistrationPrefill,
  type Invitation,
  type InvitationResponse,
  type InvitationResponseRequest,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors, plainText, requiredText, singleLine } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage, problemOf } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from '../../shared/ui/icon.component';
import {
  prefillRegistration,
  registrationControls,
  registrationInputOf,
} from '../registration/registration-fields';
import { RegistrationFieldsComponent } from '../registration/registration-fields.component';
import { InviteeApi } from './invitee.api';
import './invitee.i18n';

export interface Answered {
  invitation: Invitation;
  /** Set when the invitation went to a deputy: the API's answer does not name them. */
  deputyName: string | null;
}

/**
 * The invitee's answer: three buttons that answer at once, and a fourth that asks who comes instead. The
 * current answer is marked (aria-pressed), and any answer can be changed while the invitation is open. A guest's
 * "accept" is their registration, so for a guest it opens the registration's fields, prefilled, and sends them.
 */
@Component({
  selector: 'rt-answer-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    IconComponent,
    RegistrationFieldsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="guestOpen() ? sendRegistration() : sendDeputy()" novalidate>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <mat-form-field class="rt-full">
        <mat-label>{{ 'invitee.comment' | t }}</mat-label>
        <textarea matInput rows="3" formControlName="comment"></textarea>
        <mat-error>{{ form.controls.comment | fieldError }}</mat-error>
      </mat-form-field>

      <div class="choices">
        @for (choice of choices; track choice.response) {
          <button
            type="button"
            [matButton]="current() === choice.response ? 'filled' : 'outlined'"
            [attr.aria-pressed]="current() === choice.response"
            [attr.aria-controls]="choice.response === 'accepted' && isGuest() ? 'guest-fields' : null"
            [attr.aria-expanded]="choice.response === 'accepted' && isGuest() ? guestOpen() : null"
            [disabled]="busy()"
            disabledInteractive
            (click)="answer(choice.response)"
          >
            @if (current() === choice.response) {
              <rt-icon name="check" />
            }
            {{ choice.label | t }}
          </button>
        }
        <button
          type="button"
          matButton="outlined"
          aria-controls="deputy-fields"
          [attr.aria-expanded]="deputyOpen()"
          [disabled]="busy()"
          disabledInteractive
          (click)="openDeputy()"
        >
          {{ 'invitee.deputy' | t }}
        </button>
      </div>

      <div id="guest-fields" class="guest" [hidden]="!guestOpen()">
        @if (guestOpen()) {
          <p>{{ 'invitee.guestIntro' | t }}</p>
          <p>{{ 'invitee.guestEmail' | t: { email: invitation().email } }}</p>
          <rt-registration-fields [group]="form.controls.registration" />
          <div class="deputy-actions">
            <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
              {{ 'invitee.guestSubmit' | t }}
            </button>
            <button mat-button type="button" (click)="guestOpen.set(false)">
              {{ 'invitee.deputyCancel' | t }}
            </button>
          </div>
        }
      </div>

      <div id="deputy-fields" class="deputy" [hidden]="!deputyOpen()" formGroupName="deputy">
        @if (deputyOpen()) {
          <p>{{ 'invitee.deputyIntro' | t }}</p>
          <div class="rt-grid">
            <mat-form-field>
              <mat-label>{{ 'invitee.deputyName' | t }}</mat-label>
              <input matInput id="deputy-name" formControlName="name" autocomplete="off" required />
              <mat-error>{{ form.controls.deputy.controls.name | fieldError }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'invitee.deputyEmail' | t }}</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="off" required />
              <mat-error>{{ form.controls.deputy.controls.email | fieldError }}</mat-error>
            </mat-form-field>
          </div>
          <div class="deputy-actions">
            <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
              {{ 'invitee.deputySubmit' | t }}
            </button>
            <button mat-button type="button" (click)="deputyOpen.set(false)">
              {{ 'invitee.deputyCancel' | t }}
            </button>
          </div>
        }
      </div>
    </form>
  `,
  styles: `
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      button {
        min-height: 48px;
      }
    }
    .deputy,
    .guest {
      margin-top: 1.25rem;
      padding: 1rem 1.25rem 0.5rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 0 0 1rem;
      }
    }
    .deputy-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    @media (max-width: 480px) {
      .choices button {
        flex: 1 1 100%;
      }
    }
  `,
})
export class AnswerFormComponent {
  private readonly api = inject(InviteeApi);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input.required<string>();
  readonly invitation = input.required<Invitation>();
  /** A guest's registration as far as the invitation knows it; null for the panel's roles. */
  readonly registration = input<GuestRegistrationPrefill | null>(null);
  readonly answered = output<Answered>();
  /** The invitation or the event closed meanwhile: the page reloads to say so. */
  readonly closed = output<void>();

  protected readonly choices: {
    response: InvitationResponse;
    label: 'invitee.accept' | 'invitee.tentative' | 'invitee.decline';
  }[] = [
    { response: 'accepted', label: 'invitee.accept' },
    { response: 'tentative', label: 'invitee.tentative' },
    { response: 'declined', label: 'invitee.decline' },
  ];
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(INVITATION_LIMITS.comment)],
    }),
    deputy: new FormGroup({
      name: new FormControl('', {
        nonNullable: true,
        validators: [requiredText, singleLine, Validators.maxLength(INVITATION_LIMITS.name)],
      }),
      email: new FormControl('', {
        nonNullable: true,
        validators: [requiredText, Validators.email, Validators.maxLength(INVITATION_LIMITS.email)],
      }),
    }),
    registration: new FormGroup(registrationControls(this.i18n.language())),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly deputyOpen = signal(false);
  protected readonly guestOpen = signal(false);
  protected readonly isGuest = computed(() => this.invitation().role === 'guest');
  protected readonly current = computed(() => this.invitation().status);
  private readonly invitationId = computed(() => this.invitation().id);

  constructor() {
    // A changed answer keeps the earlier comment unless the invitee edits it: the API replaces it each time.
    effect(() => {
      this.invitationId();
      untracked(() => this.form.controls.comment.setValue(this.invitation().responseComment ?? ''));
    });
    effect(() => {
      const prefill = this.registration();
      if (prefill) untracked(() => prefillRegistration(this.form.controls.registration.controls, prefill));
    });
  }

  protected openDeputy(): void {
    if (this.busy()) return;
    this.guestOpen.set(false);
    this.deputyOpen.set(true);
    afterNextRender(() => this.document.getElementById('deputy-name')?.focus(), { injector: this.injector });
  }

  protected answer(response: InvitationResponse): void {
    const comment = this.form.controls.comment;
    if (comment.invalid) {
      comment.markAsTouched();
      return;
    }
    this.deputyOpen.set(false);
    if (response === 'accepted' && this.isGuest()) {
      if (this.busy()) return;
      this.guestOpen.set(true);
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('#guest-fields input')?.focus(),
        {
          injector: this.injector,
        },
      );
      return;
    }
    this.guestOpen.set(false);
    this.send({ response, ...this.comment() }, null);
  }

  protected sendRegistration(): void {
    const { comment, registration } = this.form.controls;
    if (comment.invalid || registration.invalid) {
      comment.markAsTouched();
      registration.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    const input = registrationInputOf(registration.controls);
    this.send({ response: 'accepted', ...this.comment(), registration: input }, null);
  }

  protected sendDeputy(): void {
    const { comment, deputy } = this.form.controls;
    if (comment.invalid || deputy.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const name = deputy.controls.name.value.trim();
    const email = deputy.controls.email.value.trim();
    this.send({ response: 'declined', ...this.comment(), deputy: { name, email } }, name);
  }

  private comment(): { comment?: string } {
    const text = this.form.controls.comment.value.trim();
    return text ? { comment: text } : {};
  }

  private send(request: InvitationResponseRequest, deputyName: string | null): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    this.busy.set(true);
    this.api.respond(this.token(), request).subscribe({
      next: (invitation) => {
        this.busy.set(false);
        this.answered.emit({ invitation, deputyName });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const code = problemOf(error)?.code;
        if (code === 'INVITATION_CLOSED' || code === 'EVENT_CANCELLED') {
          this.closed.emit();
          return;
        }
        const unmatched = applyServerErrors(this.form, fieldErrorsOf(error));
        if (unmatched.length > 0 || code !== 'VALIDATION_FAILED') {
          this.error.set(problemMessage(this.i18n, error));
        } else if (this.guestOpen()) {
          // A long form: say so at the top and take the keyboard to the field the server named.
          this.error.set(this.i18n.t('a11y.formInvalid'));
          focusFirstInvalid(() => this.host.nativeElement, this.injector);
        }
      },
    });
  }
}
