import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { EVENT_LIMITS } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { plainText } from '../../../core/forms/field-errors';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import './event-editor.i18n';

/** Asks for confirmation and an optional reason. Closes with the reason (possibly '') or with nothing. */
@Component({
  selector: 'rt-cancel-event-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'cancelDialog.heading' | t }}</h2>
    <mat-dialog-content>
      <p class="text">{{ 'cancelDialog.text' | t }}</p>
      <mat-form-field class="reason">
        <mat-label>{{ 'cancelDialog.reason' | t }}</mat-label>
        <textarea matInput rows="3" [formControl]="reason"></textarea>
        <mat-hint>{{ 'cancelDialog.reasonHint' | t }}</mat-hint>
        <mat-error>{{ reason | fieldError }}</mat-error>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'cancelDialog.back' | t }}</button>
      <button
        mat-flat-button
        class="danger"
        type="button"
        [disabled]="reason.invalid"
        [mat-dialog-close]="reason.value.trim()"
      >
        {{ 'cancelDialog.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .text {
      margin-top: 0;
    }
    .reason {
      width: 100%;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelEventDialogComponent {
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [plainText, Validators.maxLength(EVENT_LIMITS.cancellationReason)],
  });
}
