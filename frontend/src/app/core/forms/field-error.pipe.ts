import { inject, Pipe, type PipeTransform } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { I18n } from '../i18n/i18n.service';
import { fieldErrorMessage } from './field-errors';

/** `<mat-error>{{ form.controls.title | fieldError }}</mat-error>`. Impure: errors change without new inputs. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(control: AbstractControl | null | undefined): string {
    return control ? fieldErrorMessage(this.i18n, control.errors) : '';
  }
}
