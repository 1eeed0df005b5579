import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RecommendationStatus } from '@roundtable/contracts';
import { LabelPipe } from '../../core/i18n/translate.pipe';
import '../../features/summary/summary.i18n';

/** Where a recommendation stands, as a small tinted label; the word is always there, the colour only helps. */
@Component({
  selector: 'rt-recommendation-status-chip',
  imports: [LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="rt-chip" [class]="status()">{{ status() | label: 'recommendationStatus' }}</span>`,
  styles: `
    .proposed {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline-variant);
    }
    .in-progress {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .done {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .dropped {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
  `,
})
export class RecommendationStatusChipComponent {
  readonly status = input.required<RecommendationStatus>();
}
