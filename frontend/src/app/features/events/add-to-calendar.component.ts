import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Event } from '@roundtable/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { IconComponent } from '../../shared/ui/icon.component';
import './events.i18n';

/** The links under "Добави в календара": Google and Outlook in a new tab, or the event's own .ics file. */
@Component({
  selector: 'rt-add-to-calendar',
  imports: [TranslatePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let links = event().calendarLinks;
    <ul class="links">
      <li>
        <a [href]="links.google" target="_blank" rel="noopener"
          ><rt-icon name="open-in-new" /> {{ 'event.googleCalendar' | t }}
          <span class="visually-hidden">{{ 'event.opensInNewTab' | t }}</span></a
        >
      </li>
      <li>
        <a [href]="links.outlook" target="_blank" rel="noopener"
          ><rt-icon name="open-in-new" /> {{ 'event.outlookCalendar' | t }}
          <span class="visually-hidden">{{ 'event.opensInNewTab' | t }}</span></a
        >
      </li>
      <li>
        <a [href]="links.ics" [attr.download]="event().slug + '.ics'"
          ><rt-icon name="calendar" /> {{ 'event.icsFile' | t }}</a
        >
      </li>
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .links {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.375rem;
    }
    a {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      font: var(--mat-sys-body-large);
      min-height: 24px;
    }
  `,
})
export class AddToCalendarComponent {
  readonly event = input.required<Event>();
}
