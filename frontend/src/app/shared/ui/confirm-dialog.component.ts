import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { TranslationKey, TranslationParams } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

export interface ConfirmDialogData {
  title: TranslationKey;
  text: TranslationKey;
  /** The values the text names, e.g. `{ name }`. */
  params?: TranslationParams;
  /** The button that changes nothing. */
  back: TranslationKey;
  /** The button that goes ahead. */
  confirm: TranslationKey;
}

/**
 * A step that cannot be taken back (cancelling a place, withdrawing an invitation, deleting a file) asks first.
 * Closes with `true` to go ahead; anything else changes nothing.
 */
@Component({
  selector: 'rt-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | t }}</h2>
    <mat-dialog-content>
      <p class="text">{{ data.text | t: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ data.back | t }}</button>
      <button mat-flat-button class="danger" type="button" [mat-dialog-close]="true">
        {{ data.confirm | t }}
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
export class ConfirmDialogComponent {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
