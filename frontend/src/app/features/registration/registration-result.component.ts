import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Registration } from '@roundtable/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from '../../shared/ui/icon.component';
import './registration.i18n';

/** Where the person stands after registering, and what comes next: the e-mail with their manage link. */
@Component({
  selector: 'rt-registration-result',
  imports: [TranslatePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = registration();
    <section class="result" [class]="r.status" aria-labelledby="result-heading">
      @switch (r.status) {
        @case ('confirmed') {
          <h2 id="result-heading" tabindex="-1">
            <rt-icon name="check" /> {{ 'register.result.confirmed' | t }}
          </h2>
          <p>{{ 'register.resultText.confirmed' | t }}</p>
        }
        @case ('waitlisted') {
          <h2 id="result-heading" tabindex="-1">{{ 'register.result.waitlisted' | t }}</h2>
          <p>{{ 'register.resultText.waitlisted' | t }}</p>
          @if (r.waitlistPosition) {
            <p class="position">{{ 'register.waitlistPosition' | t: { position: r.waitlistPosition } }}</p>
          }
        }
        @default {
          <h2 id="result-heading" tabindex="-1">{{ 'register.result.pending' | t }}</h2>
          <p>{{ 'register.resultText.pending' | t }}</p>
        }
      }
      <p class="next">{{ 'register.nextStep' | t: { email: email() } }}</p>
    </section>
  `,
  styles: `
    .result {
      padding: 1.25rem 1.5rem;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .confirmed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    h2 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 0.75rem;
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    p {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-large);
    }
    .position {
      font-weight: 600;
    }
  `,
})
export class RegistrationResultComponent {
  readonly registration = input.required<Registration>();
  readonly email = input.required<string>();
}
