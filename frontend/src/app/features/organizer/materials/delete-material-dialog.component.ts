import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface DeleteMaterialDialogData {
  title: string;
}

/** Deleting removes the file for good, so it is confirmed. Closes with `true` to go ahead. */
@Component({
  selector: 'rt-delete-material-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'materialsAdmin.deleteTitle' | t }}</h2>
    <mat-dialog-content>
      <p class="text">{{ 'materialsAdmin.deleteText' | t: { title: data.title } }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'materialsAdmin.back' | t }}</button>
      <button mat-flat-button class="danger" type="button" [mat-dialog-close]="true">
        {{ 'materialsAdmin.deleteConfirm' | t }}
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
export class DeleteMaterialDialogComponent {
  protected readonly data = inject<DeleteMaterialDialogData>(MAT_DIALOG_DATA);
}
