import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import './event-editor.i18n';

/** Before a change that e-mails calendar holders: says how many and asks. Closes with true to go ahead. */
@Component({
  selector: 'rt-notify-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'notifyDialog.heading' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'notifyDialog.text' | t: { count: data.count } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'notifyDialog.back' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ 'notifyDialog.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
})
export class NotifyDialogComponent {
  protected readonly data = inject<{ count: number }>(MAT_DIALOG_DATA);
}
