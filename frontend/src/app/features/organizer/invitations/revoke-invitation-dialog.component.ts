import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface RevokeDialogData {
  name: string;
}

/** Withdrawing cannot be undone and e-mails the person, so it is confirmed. Closes with `true` to go ahead. */
@Component({
  selector: 'rt-revoke-invitation-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'revokeDialog.heading' | t }}</h2>
    <mat-dialog-content>
      <p class="text">{{ 'revokeDialog.text' | t: { name: data.name } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'revokeDialog.back' | t }}</button>
      <button mat-flat-button class="danger" type="button" [mat-dialog-close]="true">
        {{ 'revokeDialog.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .text {
      margin-top: 0;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RevokeInvitationDialogComponent {
  protected readonly data = inject<RevokeDialogData>(MAT_DIALOG_DATA);
}
