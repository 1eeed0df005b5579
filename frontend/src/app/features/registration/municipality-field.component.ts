import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatInputModule } from '@angular/material/input';
import type { Municipality } from '@roundtable/contracts/municipalities';
import { startWith, switchMap } from 'rxjs';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { provinceName, searchMunicipalities } from './municipality-search';
import './registration.i18n';

/**
 * The municipality, picked from the list as one types. Loaded by the registration fields only once the person
 * works in the form or scrolls to it (an `@defer` block): the list of 265 municipalities, Material's autocomplete
 * and the overlay it opens in are not needed for the form's first paint (decision 0026). Until then a plain field
 * bound to the same control stands in; whatever was typed there is kept, and focus moves here if it was there.
 */
@Component({
  selector: 'rt-municipality-field',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ 'register.municipality' | t }}</mat-label>
      <input #input matInput [formControl]="control()" [matAutocomplete]="municipalities" />
      <mat-autocomplete #municipalities="matAutocomplete" [displayWith]="displayMunicipality">
        @for (municipality of options(); track municipality.code) {
          <mat-option [value]="municipality">{{ label(municipality) }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'register.municipalityHint' | t }}</mat-hint>
      <mat-error>{{ control() | fieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class MunicipalityFieldComponent {
  private readonly i18n = inject(I18n);

  readonly control = input.required<FormControl<Municipality | string | null>>();
  /** The stand-in field had focus when this one replaced it. */
  readonly focus = input(false);

  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly typed = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: null },
  );
  protected readonly options = computed(() => {
    const typed = this.typed();
    return searchMunicipalities(typeof typed === 'string' ? typed : '', this.i18n.language());
  });
  protected readonly displayMunicipality = (value: Municipality | string | null): string =>
    typeof value === 'string' || value === null ? (value ?? '') : this.label(value);

  constructor() {
    afterNextRender(() => {
      if (!this.focus()) return;
      const element = this.input().nativeElement;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
  }

  protected label(municipality: Municipality): string {
    const language = this.i18n.language();
    return this.i18n.t('register.municipalityOption', {
      municipality: municipality[language],
      province: provinceName(municipality, language),
    });
  }
}
