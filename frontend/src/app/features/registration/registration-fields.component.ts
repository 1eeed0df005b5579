import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { LANGUAGES, REGISTRATION_CONSENTS, SECTORS } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { OrganisationInfo } from '../../core/organisation/organisation.service';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { MunicipalityFieldComponent } from './municipality-field.component';
import type { RegistrationFieldsGroup } from './registration-fields';
import './registration.i18n';

/**
 * A registration's fields and consents, for the public form and for a guest accepting an invitation, so both
 * ask the same questions in the same words. The e-mail, where asked, is projected after the name.
 */
@Component({
  selector: 'rt-registration-fields',
  imports: [
    ReactiveFormsModule,
    MatCheckbox,
    MunicipalityFieldComponent,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registration-fields.component.html',
  styleUrl: './registration-fields.component.scss',
})
export class RegistrationFieldsComponent {
  private readonly i18n = inject(I18n);
  private readonly organisation = inject(OrganisationInfo);

  readonly group = input.required<RegistrationFieldsGroup>();

  protected readonly sectors = SECTORS;
  protected readonly languages = LANGUAGES;
  /** The organisation's privacy notice, which the consents are given under; null until it arrives. */
  protected readonly privacyNotice = computed(() => {
    const notice = this.organisation.details()?.privacyNotice;
    if (!notice) return null;
    return { text: notice[this.i18n.language()] || notice.bg, version: notice.version };
  });

  /** The stand-in municipality field has focus: the autocomplete that replaces it takes it over. */
  protected municipalityFocused = false;

  protected readonly consentText = computed(() => {
    const language = this.i18n.language();
    return {
      processing: REGISTRATION_CONSENTS.processing[language],
      media: REGISTRATION_CONSENTS.media[language],
      publishName: REGISTRATION_CONSENTS.publishName[language],
      followUp: REGISTRATION_CONSENTS.followUp[language],
    };
  });

  /** Material shows no error under a checkbox; the consent says it itself, and its input points at it. */
  protected processingErrorShown(): boolean {
    const processing = this.group().controls.consents.controls.processing;
    return processing.invalid && processing.touched;
  }
}
