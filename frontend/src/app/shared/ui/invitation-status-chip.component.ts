import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { InvitationStatus } from '@roundtable/contracts';
import { LabelPipe } from '../../core/i18n/translate.pipe';

/** An invitation's status as a small tinted label; as with events, the word is always there, not only colour. */
@Component({
  selector: 'rt-invitation-status-chip',
  imports: [LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="rt-chip" [class]="status()">{{ status() | label: 'invitationStatus' }}</span>`,
  styles: `
    .draft {
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface-variant);
      border: 1px dashed var(--mat-sys-outline);
    }
    .pending {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline-variant);
    }
    .accepted {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tentative,
    .delegated {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .declined,
    .revoked,
    .expired {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline);
    }
  `,
})
export class InvitationStatusChipComponent {
  readonly status = input.required<InvitationStatus>();
}
