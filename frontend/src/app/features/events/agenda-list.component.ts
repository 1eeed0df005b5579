import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AgendaItem, Language, Speaker } from '@roundtable/contracts';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatTimeRange } from '../../core/time/event-time';
import './events.i18n';

/**
 * The agenda as a timeline; times in the event's zone. Speakers are named only when they are among the public
 * speakers (accepted and agreed to be named); the others are simply not shown.
 */
@Component({
  selector: 'rt-agenda-list',
  imports: [LabelPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length === 0) {
      <p class="empty" [attr.lang]="language()">{{ 'event.agendaEmpty' | t }}</p>
    } @else {
      <ol class="agenda">
        @for (item of items(); track item.id) {
          <li [class.break]="item.kind === 'break'">
            <p class="time" [attr.lang]="language()">{{ timeOf(item) }}</p>
            <div class="content">
              <p class="kind" [attr.lang]="language()">{{ item.kind | label: 'agendaKind' }}</p>
              <h3 [attr.lang]="eventLanguage()">{{ item.title }}</h3>
              @if (item.description) {
                <p class="description" [attr.lang]="eventLanguage()">{{ item.description }}</p>
              }
              @if (speakerNames(item); as names) {
                <p class="speakers" [attr.lang]="language()">{{ 'event.agendaSpeakers' | t: { names } }}</p>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .agenda {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: 9.5rem minmax(0, 1fr);
      gap: 1rem;
      padding: 1rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      &:last-child {
        border-bottom: none;
      }
    }
    .time {
      margin: 0.125rem 0 0;
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-primary);
    }
    .kind {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-label-medium);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--mat-sys-on-surface-variant);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .description {
      margin: 0.375rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .speakers {
      margin: 0.375rem 0 0;
      font: var(--mat-sys-body-medium);
      font-weight: 600;
    }
    .break h3 {
      font-weight: 400;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 560px) {
      li {
        grid-template-columns: minmax(0, 1fr);
        gap: 0.25rem;
      }
    }
  `,
})
export class AgendaListComponent {
  readonly items = input.required<AgendaItem[]>();
  readonly timeZone = input.required<string>();
  /** The reader's language, for our own words and the times. */
  readonly language = input.required<Language>();
  /** What the organiser wrote (titles, descriptions) is in the event's language, which may differ. */
  readonly eventLanguage = input.required<Language>();
  readonly speakers = input<Speaker[]>([]);

  private readonly names = computed(
    () => new Map(this.speakers().map((speaker) => [speaker.invitationId, speaker.name])),
  );

  protected speakerNames(item: AgendaItem): string {
    return item.speakerIds
      .map((id) => this.names().get(id))
      .filter((name): name is string => name !== undefined)
      .join(', ');
  }

  protected timeOf(item: AgendaItem): string {
    return formatTimeRange(item.startsAt, item.endsAt, this.timeZone(), this.language());
  }
}
