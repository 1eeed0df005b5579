import { NgModule } from '@angular/core';
import {
  MAT_FORM_FIELD_DEFAULT_OPTIONS,
  MatFormFieldModule,
  type MatFormFieldDefaultOptions,
} from '@angular/material/form-field';

/**
 * Material's form field with the app's defaults: translated messages can be long (Bulgarian especially), so
 * they wrap instead of being cut off. Imported instead of MatFormFieldModule; its provider reaches every page and
 * dialog that shows a form field (Angular gives a standalone component that imports it an injector of its own),
 * without putting the form field in the first load of pages that have none (decision 0026).
 */
@NgModule({
  imports: [MatFormFieldModule],
  exports: [MatFormFieldModule],
  providers: [
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
    },
  ],
})
export class FormFieldModule {}
