import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  CONTACT_LIMITS,
  LANGUAGES,
  SECTORS,
  type Contact,
  type ContactInput,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import { MUNICIPALITIES } from '@roundtable/contracts/municipalities';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { requiredText, SERVER_ERROR, singleLine, serverProblemMessage } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { problemOf } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ContactsApi } from './contacts.api';
import './contacts.i18n';

function createContactForm(language: Language) {
  const name = [requiredText, singleLine, Validators.maxLength(CONTACT_LIMITS.name)];
  return new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.email, Validators.maxLength(CONTACT_LIMITS.email)],
    }),
    firstName: new FormControl('', { nonNullable: true, validators: name }),
    lastName: new FormControl('', { nonNullable: true, validators: name }),
    organization: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(CONTACT_LIMITS.organization)],
    }),
    position: new FormControl('', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(CONTACT_LIMITS.position)],
    }),
    sector: new FormControl<Sector | ''>('', { nonNullable: true }),
    municipality: new FormControl('', { nonNullable: true }),
    language: new FormControl<Language>(language, { nonNullable: true }),
  });
}

/** The body for a new contact: trimmed, with empty optional fields left out rather than sent as "". */
export function toContactInput(
  value: ReturnType<ReturnType<typeof createContactForm>['getRawValue']>,
): ContactInput {
  const input: ContactInput = {
    email: value.email.trim(),
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    organization: value.organization.trim() || undefined,
    position: value.position.trim() || undefined,
    sector: value.sector || undefined,
    municipality: value.municipality || undefined,
    language: value.language,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ContactInput;
}

/** "Добави контакт": one person by hand. Closes with the saved contact, or with nothing. */
@Component({
  selector: 'rt-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    FormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'contactDialog.heading' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="rt-form-error" role="alert">{{ message }}</div>
        }
        <div class="rt-grid">
          <mat-form-field class="rt-full">
            <mat-label>{{ 'contactDialog.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.firstName' | t }}</mat-label>
            <input matInput formControlName="firstName" autocomplete="off" required />
            <mat-error>{{ form.controls.firstName | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.lastName' | t }}</mat-label>
            <input matInput formControlName="lastName" autocomplete="off" required />
            <mat-error>{{ form.controls.lastName | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.organization' | t }}</mat-label>
            <input matInput formControlName="organization" autocomplete="off" />
            <mat-error>{{ form.controls.organization | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.position' | t }}</mat-label>
            <input matInput formControlName="position" autocomplete="off" />
            <mat-error>{{ form.controls.position | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.sector' | t }}</mat-label>
            <mat-select formControlName="sector">
              <mat-option value="">{{ 'contactDialog.noSector' | t }}</mat-option>
              @for (sector of sectors; track sector) {
                <mat-option [value]="sector">{{ sector | label: 'sector' }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.sector | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.municipality' | t }}</mat-label>
            <mat-select formControlName="municipality">
              <mat-option value="">{{ 'contactDialog.noMunicipality' | t }}</mat-option>
              @for (m of municipalities(); track m.code) {
                <mat-option [value]="m.code">{{ m[i18n.language()] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.municipality | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'contactDialog.language' | t }}</mat-label>
            <mat-select formControlName="language">
              @for (language of languages; track language) {
                <mat-option [value]="language">{{ language | label: 'language' }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.language | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'contactDialog.back' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
          {{ (busy() ? 'contactDialog.saving' : 'contactDialog.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ContactDialogComponent {
  private readonly api = inject(ContactsApi);
  private readonly dialogRef = inject<MatDialogRef<ContactDialogComponent, Contact>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);

  protected readonly sectors = SECTORS;
  protected readonly languages = LANGUAGES;
  protected readonly municipalities = computed(() => {
    const language = this.i18n.language();
    return [...MUNICIPALITIES].sort((a, b) => a[language].localeCompare(b[language], language));
  });
  protected readonly form = createContactForm(this.i18n.language());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.api.create(toContactInput(this.form.getRawValue())).subscribe({
      next: (contact) => {
        this.busy.set(false);
        this.dialogRef.close(contact);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problem = problemOf(error);
        if (problem?.code === 'CONTACT_EXISTS') {
          // One contact per e-mail: the address is what to change, so the message sits beside it.
          const email = this.form.controls.email;
          email.setErrors({ [SERVER_ERROR]: { rule: 'CONTACT_EXISTS', message: problem.detail } });
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
