import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { focusAfterRender } from '../../core/a11y/focus-after-render';
import { isNotFound, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { describeEventTime, formatDateTime } from '../../core/time/event-time';
import { EventFactsComponent } from '../../shared/ui/event-facts.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { EventsApi } from '../events/events.api';
import { LostLinkComponent } from './lost-link.component';
import { RegistrationFormComponent, type Registered } from './registration-form.component';
import { RegistrationResultComponent } from './registration-result.component';
import { formOffered, registrationState } from './registration-state';
import '../events/events.i18n';
import './registration.i18n';

/** `/events/:slug/register`: the form, then where the person stands and what happens next. */
@Component({
  selector: 'rt-register-page',
  imports: [
    MatProgressBar,
    RouterLink,
    TranslatePipe,
    EventFactsComponent,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    LostLinkComponent,
    RegistrationFormComponent,
    RegistrationResultComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (event.isLoading()) {
      <!-- Shown only when loading takes long enough to notice: its code is not part of the first load. -->
      @defer (on timer(300ms)) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
    } @else if (notFound()) {
      <rt-not-found [heading]="'event.notFoundHeading'" [text]="'event.notFoundText'" />
    } @else if (errorMessage(); as message) {
      <rt-load-error [message]="message" (retry)="event.reload()" />
    } @else if (loaded(); as e) {
      <a class="rt-back" [routerLink]="['/events', e.slug]"
        ><rt-icon name="arrow-back" /> {{ 'register.backToEvent' | t }}</a
      >
      <header>
        <p class="eyebrow">{{ 'register.heading' | t }}</p>
        <h1 [attr.lang]="e.language">{{ e.title }}</h1>
      </header>
      <div class="layout">
        <div class="main">
          @if (result(); as done) {
            <rt-registration-result [registration]="done.registration" [email]="done.email" />
          } @else if (offered()) {
            @if (full()) {
              <p class="state">{{ 'registration.full' | t }}</p>
            }
            <p class="intro">{{ 'register.intro' | t }}</p>
            <rt-registration-form [event]="e" (registered)="show($event)" />
          } @else {
            <p class="state" role="status">{{ stateText() }}</p>
          }
        </div>
        <aside class="rt-side-panel">
          <rt-event-facts [event]="e" [when]="when()" />
          <rt-lost-link [eventId]="e.id" />
        </aside>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .eyebrow {
      margin: 1rem 0 0;
      font: var(--mat-sys-label-large);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0.25rem 0 1.5rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
      gap: 2rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .intro,
    .state {
      font: var(--mat-sys-body-large);
      margin: 0 0 1.25rem;
    }
    .state {
      font-weight: 600;
    }
  `,
})
export class RegisterPage {
  private readonly api = inject(EventsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);

  readonly slug = input.required<string>();

  protected readonly event = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly errorMessage = computed(() =>
    this.event.error() ? problemMessage(this.i18n, this.event.error()) : null,
  );
  protected readonly result = signal<Registered | null>(null);

  private readonly state = computed(() => {
    const event = this.loaded();
    return event ? registrationState(event, Date.now()) : null;
  });
  protected readonly full = computed(() => this.state() === 'full');
  protected readonly offered = computed(() => {
    const state = this.state();
    return state !== null && formOffered(state);
  });
  protected readonly stateText = computed(() => {
    const event = this.loaded();
    switch (this.state()) {
      case 'inviteOnly':
        return this.i18n.t('registration.inviteOnly');
      case 'notOpenYet':
        return event?.registrationOpensAt
          ? this.i18n.t('registration.opensAt', {
              date: formatDateTime(event.registrationOpensAt, event.timezone, this.i18n.language()),
            })
          : '';
      case 'cancelled':
        return this.i18n.t('registration.cancelled');
      case 'past':
        return this.i18n.t('registration.past');
      default:
        return this.i18n.t('registration.closed');
    }
  });
  protected readonly when = computed(() => {
    const event = this.loaded();
    return event
      ? describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language())
      : null;
  });

  protected show(registered: Registered): void {
    this.result.set(registered);
    // The form is gone: take the keyboard and the screen reader to what replaced it.
    focusAfterRender(() => document.getElementById('result-heading'), this.injector);
  }
}
