import {
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
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  INVITATION_LIMITS,
  INVITATION_ROLES,
  LANGUAGES,
  SECTORS,
  type Event,
  type Invitation,
  type InvitationInput,
  type InvitationRole,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import {
  plainText,
  requiredText,
  SERVER_ERROR,
  singleLine,
  serverProblemMessage,
} from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatZoneName } from '../../../core/time/event-time';
import { InvitationsApi } from './invitations.api';
import './invitations.i18n';

function createInviteForm() {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, singleLine, Validators.maxLength(INVITATION_LIMITS.name)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.email, Validators.maxLength(INVITATION_LIMITS.email)],
    }),
    role: new FormControl<InvitationRole>('panelist', { nonNullable: true }),
    organization: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(INVITATION_LIMITS.organization)],
    }),
    position: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(INVITATION_LIMITS.position)],
    }),
    sector: new FormControl<Sector | ''>('', { nonNullable: true }),
    language: new FormControl<Language>('bg', { nonNullable: true }),
    respondBy: new FormControl('', { nonNullable: true }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(INVITATION_LIMITS.message)],
    }),
  });
}

type InviteForm = ReturnType<typeof createInviteForm>;

/** The body for one invitation: trimmed, with empty optional fields left out rather than sent as "". */
export function toInvitationInput(value: ReturnType<InviteForm['getRawValue']>): InvitationInput {
  const optional = (text: string) => text.trim() || undefined;
  const input: InvitationInput = {
    name: value.name.trim(),
    email: value.email.trim(),
    role: value.role,
    organization: optional(value.organization),
    position: optional(value.position),
    sector: value.sector || undefined,
    language: value.language,
    // A wall-clock time in the event's zone, as the editor sends its times: never converted here.
    respondBy: value.respondBy || undefined,
    message: optional(value.message),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as InvitationInput;
}

/** "Покани участник": one person, with their role and the details the e-mail and the lists need. */
@Component({
  selector: 'rt-invite-form',
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
    <section class="rt-panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{{ 'invitations.inviteHeading' | t }}</h2>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <form [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <div class="rt-grid">
          <mat-form-field>
            <mat-label>{{ 'invitations.name' | t }}</mat-label>
            <input matInput formControlName="name" autocomplete="off" required />
            <mat-error>{{ form.controls.name | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.role' | t }}</mat-label>
            <mat-select formControlName="role">
              @for (role of roles; track role) {
                <mat-option [value]="role">{{ role | label: 'invitationRole' }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.role | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.organization' | t }}</mat-label>
            <input matInput formControlName="organization" autocomplete="off" />
            <mat-error>{{ form.controls.organization | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.position' | t }}</mat-label>
            <input matInput formControlName="position" autocomplete="off" />
            <mat-error>{{ form.controls.position | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.sector' | t }}</mat-label>
            <mat-select formControlName="sector">
              <mat-option value="">{{ 'invitations.noSector' | t }}</mat-option>
              @for (sector of sectors; track sector) {
                <mat-option [value]="sector">{{ sector | label: 'sector' }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.sector | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.language' | t }}</mat-label>
            <mat-select formControlName="language">
              @for (language of languages; track language) {
                <mat-option [value]="language">{{ language | label: 'language' }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.language | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'invitations.respondBy' | t }}</mat-label>
            <input matInput type="datetime-local" formControlName="respondBy" />
            <mat-hint>{{ 'invitations.respondByHint' | t: { zone: zoneName() } }}</mat-hint>
            <mat-error>{{ form.controls.respondBy | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'invitations.message' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="message"></textarea>
          <mat-hint>{{ 'invitations.messageHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.message | fieldError }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy() || disabled()" disabledInteractive>
          {{ (busy() ? 'invitations.sending' : 'invitations.submit') | t }}
        </button>
      </form>
    </section>
  `,
})
export class InviteFormComponent {
  private readonly api = inject(InvitationsApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<Event>();
  readonly disabled = input(false);
  readonly invited = output<Invitation>();

  protected readonly roles = INVITATION_ROLES;
  protected readonly sectors = SECTORS;
  protected readonly languages = LANGUAGES;
  protected readonly form = createInviteForm();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly zoneName = computed(() => formatZoneName(this.event().timezone, this.i18n.language()));

  constructor() {
    // Invitations go out in the event's language unless the organiser picks another for this person.
    effect(() => {
      const language = this.event().language;
      if (this.form.controls.language.pristine) this.form.controls.language.setValue(language);
    });
  }

  protected submit(formDirective: FormGroupDirective): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy() || this.disabled()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.api.invite(this.event().id, toInvitationInput(this.form.getRawValue())).subscribe({
      next: (invitation) => {
        this.busy.set(false);
        // Resetting through the directive clears "submitted" too, so the empty form shows no errors.
        formDirective.resetForm({ role: 'panelist', sector: '', language: this.event().language });
        this.invited.emit(invitation);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = problemOf(error);
        if (problem?.code === 'ALREADY_INVITED') {
          const email = this.form.controls.email;
          email.setErrors({ [SERVER_ERROR]: { rule: 'ALREADY_INVITED', message: problem.detail } });
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
