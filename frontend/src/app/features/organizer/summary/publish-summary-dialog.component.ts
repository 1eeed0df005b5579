import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { AttendanceStats } from '@roundtable/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import '../../summary/summary.i18n';

export interface PublishSummaryDialogData {
  /** The attendance as last saved; null when the page has none to show. */
  stats: AttendanceStats | null;
}

/**
 * Before publishing: who will get the e-mail (the people who came and the registered who did not, each in their
 * own words) and that it goes once. Closes with true to publish.
 */
@Component({
  selector: 'rt-publish-summary-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'publishDialog.heading' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'publishDialog.text' | t }}</p>
      @if (data.stats; as stats) {
        <p class="counts">
          {{ 'publishDialog.counts' | t: { checkedIn: stats.checkedIn, noShows: stats.noShows } }}
        </p>
      } @else {
        <p>{{ 'publishDialog.countsUnknown' | t }}</p>
      }
      <p>{{ 'publishDialog.once' | t }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'publishDialog.back' | t }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ 'publishDialog.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .counts {
      font-weight: 600;
    }
  `,
})
export class PublishSummaryDialogComponent {
  protected readonly data = inject<PublishSummaryDialogData>(MAT_DIALOG_DATA);
}
