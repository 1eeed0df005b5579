import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ORGANISATION_LIMITS as LIMITS, type Organisation } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { applyServerErrors, plainText, requiredText, singleLine } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { OrganisationApi } from './organisation.api';
import './organisation.i18n';

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });

/** `/organizer/organisation` (admins): name, address, contact e-mail, privacy notice and logo. */
@Component({
  selector: 'rt-organisation-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation.page.html',
  styleUrl: './organisation.page.scss',
})
export class OrganisationPage {
  private readonly api = inject(OrganisationApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('orgForm');

  protected readonly form = new FormGroup({
    nameBg: text(requiredText, singleLine, Validators.maxLength(LIMITS.name)),
    nameEn: text(requiredText, singleLine, Validators.maxLength(LIMITS.name)),
    address: text(singleLine, Validators.maxLength(LIMITS.address)),
    contactEmail: text(Validators.email, Validators.maxLength(LIMITS.email)),
    privacyNoticeBg: text(requiredText, plainText, Validators.maxLength(LIMITS.privacyNotice)),
    privacyNoticeEn: text(requiredText, plainText, Validators.maxLength(LIMITS.privacyNotice)),
    privacyNoticeVersion: text(requiredText, singleLine, Validators.maxLength(LIMITS.privacyNoticeVersion)),
  });
  protected readonly organisation = signal<Organisation | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.get().subscribe({
      next: (organisation) => this.show(organisation),
      error: (error: unknown) => this.loadError.set(problemMessage(this.i18n, error)),
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
      return;
    }
    this.saving.set(true);
    const value = this.form.getRawValue();
    this.api.update({ ...value, contactEmail: value.contactEmail.trim() }).subscribe({
      next: (organisation) => {
        this.saving.set(false);
        this.show(organisation);
        this.snackBar.open(this.i18n.t('organisation.saved'), this.i18n.t('app.close'), { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        applyServerErrors(this.form, fieldErrorsOf(error));
        this.error.set(problemMessage(this.i18n, error));
        focusFirstInvalid(() => this.formElement()?.nativeElement, this.injector);
      },
    });
  }

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file || this.uploading()) return;
    this.error.set(null);
    this.uploading.set(true);
    this.api.uploadLogo(file).subscribe({
      next: (organisation) => {
        this.uploading.set(false);
        input.value = '';
        this.organisation.set(organisation);
        this.snackBar.open(this.i18n.t('organisation.logoSaved'), this.i18n.t('app.close'), {
          duration: 4000,
        });
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        input.value = '';
        this.error.set(problemMessage(this.i18n, error));
      },
    });
  }

  private show(organisation: Organisation): void {
    this.organisation.set(organisation);
    const { logoUrl: _logo, updatedAt: _updated, ...fields } = organisation;
    this.form.reset(fields);
  }
}
