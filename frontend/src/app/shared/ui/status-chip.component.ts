import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EventStatus } from '@roundtable/contracts';
import { LabelPipe } from '../../core/i18n/translate.pipe';

/** The status of an event as a small tinted label; colour is never the only cue, the word is always there. */
@Component({
  selector: 'rt-status-chip',
  imports: [LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="rt-chip" [class]="status()">{{ status() | label: 'status' }}</span>`,
  styles: `
    .draft {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline-variant);
    }
    .published {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .cancelled {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<EventStatus>();
}
