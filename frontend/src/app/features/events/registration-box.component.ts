import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Event, Language } from '@roundtable/contracts';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatDateTime } from '../../core/time/event-time';
import { IconComponent } from '../../shared/ui/icon.component';

/** What a visitor needs to know about taking part, until the registration form arrives. */
@Component({
  selector: 'rt-registration-box',
  imports: [LabelPipe, TranslatePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    <section class="box" aria-labelledby="registration-heading">
      <h2 id="registration-heading">{{ 'registration.heading' | t }}</h2>
      <dl>
        <div>
          <dt>{{ 'registration.seats' | t }}</dt>
          <dd><rt-icon name="seat" /> {{ 'registration.seatsCount' | t: { count: e.capacity } }}</dd>
        </div>
        <div>
          <dt>{{ 'registration.mode' | t }}</dt>
          <dd>
            <strong>{{ e.registrationMode | label: 'registrationMode' }}</strong>
            <span class="hint">{{ e.registrationMode | label: 'registrationModeHint' }}</span>
          </dd>
        </div>
      </dl>
      @if (e.status === 'cancelled') {
        <p class="state">{{ 'registration.cancelled' | t }}</p>
      } @else if (isOver()) {
        <p class="state">{{ 'registration.past' | t }}</p>
      } @else {
        @if (opensAt(); as opens) {
          <p>{{ 'registration.opensAt' | t: { date: opens } }}</p>
        }
        @if (closesAt(); as closes) {
          <p>{{ 'registration.closesAt' | t: { date: closes } }}</p>
        }
        <p class="soon">{{ 'registration.formSoon' | t }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .box {
      padding: 1.25rem 1.5rem;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    dt {
      font: var(--mat-sys-label-medium);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      opacity: 0.85;
    }
    dd {
      margin: 0.125rem 0 0;
      font: var(--mat-sys-body-large);
    }
    .hint {
      display: block;
      font: var(--mat-sys-body-small);
      margin-top: 0.25rem;
    }
    p {
      margin: 0.75rem 0 0;
      font: var(--mat-sys-body-medium);
    }
    .soon,
    .state {
      font-weight: 600;
    }
  `,
})
export class RegistrationBoxComponent {
  readonly event = input.required<Event>();
  readonly language = input.required<Language>();

  protected readonly isOver = computed(() => new Date(this.event().endsAt).getTime() < Date.now());

  /** Shown only while it is still ahead; afterwards it is no longer news. */
  protected readonly opensAt = computed(() => {
    const { registrationOpensAt: opens, timezone } = this.event();
    return opens && new Date(opens).getTime() > Date.now()
      ? formatDateTime(opens, timezone, this.language())
      : null;
  });

  protected readonly closesAt = computed(() => {
    const { registrationClosesAt: closes, timezone } = this.event();
    return closes ? formatDateTime(closes, timezone, this.language()) : null;
  });
}
