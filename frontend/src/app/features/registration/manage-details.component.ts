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
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { REGISTRATION_CONSENTS, REGISTRATION_LIMITS, type Registration } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { plainText, requiredText, singleLine, serverProblemMessage } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { phoneNumber } from './registration-limits';
import { RegistrationApi } from './registration.api';
import './manage.i18n';
import './registration.i18n';

/** The registrant's own details, needs and optional consents, changed through their link. */
@Component({
  selector: 'rt-manage-details',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'register.firstName' | t }}</mat-label>
          <input matInput formControlName="firstName" autocomplete="given-name" required />
          <mat-error>{{ form.controls.firstName | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.lastName' | t }}</mat-label>
          <input matInput formControlName="lastName" autocomplete="family-name" required />
          <mat-error>{{ form.controls.lastName | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.organization' | t }}</mat-label>
          <input matInput formControlName="organization" required />
          <mat-error>{{ form.controls.organization | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.position' | t }}</mat-label>
          <input matInput formControlName="position" />
          <mat-error>{{ form.controls.position | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'register.phone' | t }}</mat-label>
          <input matInput type="tel" formControlName="phone" autocomplete="tel" />
          <mat-error>{{ form.controls.phone | fieldError }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="rt-full">
        <mat-label>{{ 'register.accessibilityNeeds' | t }}</mat-label>
        <textarea matInput rows="3" formControlName="accessibilityNeeds"></textarea>
        <mat-error>{{ form.controls.accessibilityNeeds | fieldError }}</mat-error>
      </mat-form-field>
      <fieldset class="consents" formGroupName="consents">
        <legend>{{ 'register.consents' | t }}</legend>
        <mat-checkbox formControlName="media">{{ consentText().media }}</mat-checkbox>
        <mat-checkbox formControlName="publishName">{{ consentText().publishName }}</mat-checkbox>
        <mat-checkbox formControlName="followUp">{{ consentText().followUp }}</mat-checkbox>
      </fieldset>
      <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
        {{ 'manage.save' | t }}
      </button>
      <p class="saved" role="status">
        @if (saved()) {
          {{ 'manage.saved' | t }}
        }
      </p>
    </form>
  `,
  styles: `
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0 1rem;
    }
    mat-form-field {
      width: 100%;
    }
    .consents {
      border: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      gap: 0.5rem;
      legend {
        font: var(--mat-sys-title-medium);
        padding: 0;
      }
    }
    .saved {
      margin: 0.75rem 0 0;
      font-weight: 600;
      min-height: 1.5em;
    }
  `,
})
export class ManageDetailsComponent {
  private readonly api = inject(RegistrationApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly token = input.required<string>();
  readonly registration = input.required<Registration>();
  readonly changed = output<Registration>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly form = new FormGroup({
    firstName: this.text(REGISTRATION_LIMITS.name, true),
    lastName: this.text(REGISTRATION_LIMITS.name, true),
    organization: this.text(REGISTRATION_LIMITS.organization, true),
    position: this.text(REGISTRATION_LIMITS.position, false),
    phone: new FormControl('', {
      nonNullable: true,
      validators: [phoneNumber, Validators.maxLength(REGISTRATION_LIMITS.phone)],
    }),
    accessibilityNeeds: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(REGISTRATION_LIMITS.accessibilityNeeds)],
    }),
    consents: new FormGroup({
      media: new FormControl(false, { nonNullable: true }),
      publishName: new FormControl(false, { nonNullable: true }),
      followUp: new FormControl(false, { nonNullable: true }),
    }),
  });
  protected readonly consentText = computed(() => {
    const language = this.i18n.language();
    return {
      media: REGISTRATION_CONSENTS.media[language],
      publishName: REGISTRATION_CONSENTS.publishName[language],
      followUp: REGISTRATION_CONSENTS.followUp[language],
    };
  });
  private readonly registrationId = computed(() => this.registration().id);

  constructor() {
    effect(() => {
      this.registrationId();
      untracked(() => {
        const r = this.registration();
        this.form.reset({
          firstName: r.firstName,
          lastName: r.lastName,
          organization: r.organization,
          position: r.position ?? '',
          phone: r.phone ?? '',
          accessibilityNeeds: r.accessibilityNeeds ?? '',
          consents: {
            media: r.consents.media.given,
            publishName: r.consents.publishName.given,
            followUp: r.consents.followUp.given,
          },
        });
      });
    });
  }

  protected save(): void {
    if (this.busy()) return;
    this.error.set(null);
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .update(this.token(), {
        firstName: value.firstName.trim(),
        lastName: value.lastName.trim(),
        organization: value.organization.trim(),
        // Emptied on purpose: the API reads an empty optional field as "not given".
        position: value.position.trim(),
        phone: value.phone.trim(),
        accessibilityNeeds: value.accessibilityNeeds.trim(),
        consents: { processing: true, ...value.consents },
      })
      .subscribe({
        next: (registration) => {
          this.busy.set(false);
          this.saved.set(true);
          this.changed.emit(registration);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(serverProblemMessage(this.i18n, this.form, error));
          focusFirstInvalid(() => this.host.nativeElement, this.injector);
        },
      });
  }

  private text(max: number, required: boolean): FormControl<string> {
    return new FormControl('', {
      nonNullable: true,
      validators: [...(required ? [requiredText] : []), singleLine, Validators.maxLength(max)],
    });
  }
}
