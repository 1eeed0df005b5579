import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import './registrations.i18n';

export interface OverrideDialogData {
  name: string;
}

/**
 * Confirming from the wait list over the capacity or quota breaks a rule the organiser set, so it is asked
 * for explicitly. Closes with `true` to go ahead.
 */
@Component({
  selector: 'rt-override-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'overrideDialog.heading' | t }}</h2>
    <mat-dialog-content>
      <p class="text">{{ 'overrideDialog.text' | t: { name: data.name } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'overrideDialog.back' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ 'overrideDialog.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .text {
      margin-top: 0;
    }
  `,
})
export class OverrideDialogComponent {
  protected readonly data = inject<OverrideDialogData>(MAT_DIALOG_DATA);
}
