import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Event, Language } from '@roundtable/contracts';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatDateTime } from '../../core/time/event-time';
import { IconComponent } from '../../shared/ui/icon.component';
import { registrationState } from '../registration/registration-state';
import './events.i18n';

/** What a visitor needs to know about taking part: seats left, whether and when to register, and the way in. */
@Component({
  selector: 'rt-registration-box',
  imports: [MatButtonModule, RouterLink, LabelPipe, TranslatePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    <section class="box" aria-labelledby="registration-heading">
      <h2 id="registration-heading">{{ 'registration.heading' | t }}</h2>
      <dl>
        <div>
          <dt>{{ 'registration.seats' | t }}</dt>
          <dd><rt-icon name="seat" /> {{ 'registration.seatsCount' | t: { count: e.capacity } }}</dd>
          @if (e.seatsLeft !== undefined && state() === 'open') {
            <dd class="left">{{ 'registration.seatsLeft' | t: { count: e.seatsLeft } }}</dd>
          }
        </div>
        <div>
          <dt>{{ 'registration.mode' | t }}</dt>
          <dd>
            <strong>{{ e.registrationMode | label: 'registrationMode' }}</strong>
            <span class="hint">{{ e.registrationMode | label: 'registrationModeHint' }}</span>
          </dd>
        </div>
      </dl>
      @switch (state()) {
        @case ('cancelled') {
          <p class="state">{{ 'registration.cancelled' | t }}</p>
        }
        @case ('past') {
          <p class="state">{{ 'registration.past' | t }}</p>
        }
        @case ('inviteOnly') {
          <p class="state">{{ 'registration.inviteOnly' | t }}</p>
        }
        @case ('notOpenYet') {
          <p class="state">{{ 'registration.opensAt' | t: { date: opensAt() } }}</p>
        }
        @case ('closed') {
          <p class="state">{{ 'registration.closed' | t }}</p>
        }
        @case ('full') {
          <p class="state">{{ 'registration.full' | t }}</p>
          <a mat-flat-button [routerLink]="['/events', e.slug, 'register']">{{
            'registration.joinWaitList' | t
          }}</a>
        }
        @default {
          @if (closesAt(); as closes) {
            <p>{{ 'registration.closesAt' | t: { date: closes } }}</p>
          }
          <a mat-flat-button [routerLink]="['/events', e.slug, 'register']">{{
            'registration.register' | t
          }}</a>
        }
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
    .state,
    .left {
      font-weight: 600;
    }
    a[mat-flat-button] {
      margin-top: 1rem;
    }
  `,
})
export class RegistrationBoxComponent {
  readonly event = input.required<Event>();
  readonly language = input.required<Language>();

  protected readonly state = computed(() => registrationState(this.event(), Date.now()));

  protected readonly opensAt = computed(() => {
    const { registrationOpensAt: opens, timezone } = this.event();
    return opens ? formatDateTime(opens, timezone, this.language()) : '';
  });

  protected readonly closesAt = computed(() => {
    const { registrationClosesAt: closes, timezone } = this.event();
    return closes ? formatDateTime(closes, timezone, this.language()) : null;
  });
}
