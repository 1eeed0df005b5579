import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { dateTimeFormat, LOCALES, type Event, type Language } from '@roundtable/contracts';
import { describeEventTime } from '../../core/time/event-time';
import { IconComponent } from '../../shared/ui/icon.component';
import { StatusChipComponent } from '../../shared/ui/status-chip.component';

/** One event in the public list. The whole card is clickable, but only the title is the link. */
@Component({
  selector: 'rt-event-card',
  imports: [RouterLink, IconComponent, StatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = event();
    <article class="card" [class.cancelled]="e.status === 'cancelled'">
      <div class="date-badge" aria-hidden="true">
        <span class="day">{{ badge().day }}</span>
        <span class="month">{{ badge().month }}</span>
      </div>
      <div class="body">
        @if (e.status !== 'published') {
          <rt-status-chip [status]="e.status" />
        }
        <h3 [attr.lang]="e.language">
          <a [routerLink]="['/events', e.slug]">{{ e.title }}</a>
        </h3>
        <p class="meta">
          <rt-icon name="calendar" />
          <span>{{ dateLine() }}</span>
        </p>
        <p class="meta zone">{{ when().zoneName }}</p>
        <p class="meta">
          <rt-icon name="place" />
          <span>{{ e.venue.city }}</span>
        </p>
      </div>
    </article>
  `,
  styleUrl: './event-card.component.scss',
})
export class EventCardComponent {
  readonly event = input.required<Event>();
  readonly language = input.required<Language>();

  protected readonly when = computed(() => {
    const { startsAt, endsAt, timezone } = this.event();
    return describeEventTime(startsAt, endsAt, timezone, this.language());
  });

  /** "четвъртък, 21 май 2026 г., 10:00 – 13:00 ч." in one string: template whitespace put a space before the comma. */
  protected readonly dateLine = computed(() => {
    const { date, time } = this.when();
    return time ? `${date}, ${time}` : date;
  });

  /** Day and short month in the event's zone, for the calendar-leaf badge. */
  protected readonly badge = computed(() => {
    const { startsAt, timezone } = this.event();
    const language = this.language();
    // Bulgarian ICU abbreviates months as numbers ("12"); the first letters of the name read better ("дек").
    const parts = dateTimeFormat(LOCALES[language], {
      timeZone: timezone,
      day: 'numeric',
      month: language === 'bg' ? 'long' : 'short',
    }).formatToParts(new Date(startsAt));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    const month = part('month');
    return { day: part('day'), month: language === 'bg' ? month.slice(0, 3) : month };
  });
}
