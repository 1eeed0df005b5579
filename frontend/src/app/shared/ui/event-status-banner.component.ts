import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Event } from '@roundtable/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from './icon.component';
import '../../features/events/events.i18n';

/** Says, above an event, that it is cancelled (and why) or still a draft; nothing for a published event. */
@Component({
  selector: 'rt-event-status-banner',
  imports: [IconComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (event().status === 'cancelled') {
      <div class="banner cancelled" role="note">
        <rt-icon name="info" />
        <div>
          <strong>{{ 'event.cancelled' | t }}</strong>
          @if (event().cancellationReason; as reason) {
            <p>{{ 'event.cancellationReason' | t: { reason } }}</p>
          }
        </div>
      </div>
    } @else if (event().status === 'draft') {
      <div class="banner draft" role="note">
        <rt-icon name="info" />
        <strong>{{ draftText() }}</strong>
      </div>
    }
  `,
  styles: `
    .banner {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 1rem 1.25rem;
      margin-bottom: 1.5rem;
      border-radius: var(--mat-sys-corner-medium);
    }
    p {
      margin: 0.25rem 0 0;
    }
    .cancelled {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .draft {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class EventStatusBannerComponent {
  readonly event = input.required<Event>();
  /** What a draft means on this page, already translated. */
  readonly draftText = input.required<string>();
}
