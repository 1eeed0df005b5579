import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Event } from '@roundtable/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { EventTimeText } from '../../core/time/event-time';
import { IconComponent } from './icon.component';
import '../../features/events/events.i18n';

/**
 * When and where an event takes place, in its own time zone: the side panel of the public event page and of
 * the invitee's page. Whatever a page adds below (calendar links, the invitation) comes in as content. It sits
 * in a global `.rt-side-panel`, which styles its headings and the page's alike.
 */
@Component({
  selector: 'rt-event-facts',
  imports: [IconComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (when(); as w) {
      <h2>{{ 'event.when' | t }}</h2>
      <p class="fact">
        <rt-icon name="calendar" /><span>{{ w.date }}</span>
      </p>
      @if (w.time) {
        <p class="fact">
          <rt-icon name="clock" /><span>{{ w.time }}</span>
        </p>
      }
      <p class="note">{{ 'event.timeZoneNote' | t: { zone: w.zoneName, id: w.zoneId } }}</p>
    }
    <h2>{{ 'event.where' | t }}</h2>
    <p class="fact">
      <rt-icon name="place" />
      <!-- Written by the organiser in the event's language, which may not be the page's. -->
      <span [attr.lang]="event().language">
        <span class="venue-name">{{ event().venue.name }}</span><br />
        {{ event().venue.address }}<br />
        {{ event().venue.city }}
      </span>
    </p>
    @if (event().onlineUrl; as url) {
      <h2>{{ 'event.online' | t }}</h2>
      <p class="fact">
        <rt-icon name="link" />
        <a [href]="url" rel="noopener noreferrer" target="_blank">{{ 'event.onlineLink' | t }}</a>
      </p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
    }
    .fact {
      display: flex;
      gap: 0.625rem;
      align-items: flex-start;
      margin: 0.375rem 0;
      font: var(--mat-sys-body-large);
    }
    .venue-name {
      font-weight: 600;
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0.5rem 0 0;
    }
  `,
})
export class EventFactsComponent {
  readonly event = input.required<Event>();
  readonly when = input.required<EventTimeText | null>();
}
