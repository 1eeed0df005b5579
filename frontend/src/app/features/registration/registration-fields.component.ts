import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LANGUAGES, REGISTRATION_CONSENTS, SECTORS, type Municipality } from '@roundtable/contracts';
import { startWith, switchMap } from 'rxjs';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { OrganisationInfo } from '../../core/organisation/organisation.service';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { provinceName, searchMunicipalities } from './municipality-search';
import type { RegistrationFieldsGroup } from './registration-fields';

/**
 * A registration's fields and consents, for the public form and for a guest accepting an invitation, so both
 * ask the same questions in the same words. The e-mail, where asked, is projected after the name.
 */
@Component({
  selector: 'rt-registration-fields',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
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

  private readonly municipalityTyped = toSignal(
    toObservable(this.group).pipe(
      switchMap(({ controls }) =>
        controls.municipality.valueChanges.pipe(startWith(controls.municipality.value)),
      ),
    ),
    { initialValue: null },
  );
  protected readonly municipalityOptions = computed(() => {
    const typed = this.municipalityTyped();
    return searchMunicipalities(typeof typed === 'string' ? typed : '', this.i18n.language());
  });
  protected readonly consentText = computed(() => {
    const language = this.i18n.language();
    return {
      processing: REGISTRATION_CONSENTS.processing[language],
      media: REGISTRATION_CONSENTS.media[language],
      publishName: REGISTRATION_CONSENTS.publishName[language],
      followUp: REGISTRATION_CONSENTS.followUp[language],
    };
  });
  protected readonly displayMunicipality = (value: Municipality | string | null): string =>
    typeof value === 'string' || value === null ? (value ?? '') : this.municipalityLabel(value);

  /** Material shows no error under a checkbox; the consent says it itself, and its input points at it. */
  protected processingErrorShown(): boolean {
    const processing = this.group().controls.consents.controls.processing;
    return processing.invalid && processing.touched;
  }

  protected municipalityLabel(municipality: Municipality): string {
    const language = this.i18n.language();
    return this.i18n.t('register.municipalityOption', {
      municipality: municipality[language],
      province: provinceName(municipality, language),
    });
  }
}
