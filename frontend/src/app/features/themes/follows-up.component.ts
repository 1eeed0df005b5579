import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FollowedUpRecommendation } from '@roundtable/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { RecommendationStatusChipComponent } from '../../shared/ui/recommendation-status-chip.component';
import './themes.i18n';

/** On a later event's summary (public and the editor): the recommendations of earlier events it follows up. */
@Component({
  selector: 'rt-follows-up',
  imports: [RouterLink, TranslatePipe, RecommendationStatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <section class="follows-up" aria-labelledby="follows-up-heading">
        <h2 id="follows-up-heading">{{ 'followsUp.heading' | t }}</h2>
        <ul>
          @for (item of items(); track item.id) {
            <li>
              <p class="text">{{ item.text }}</p>
              <p class="facts">
                <rt-recommendation-status-chip [status]="item.status" />
                <a
                  [routerLink]="
                    organiser()
                      ? ['/organizer/events', item.event.id, 'summary']
                      : ['/events', item.event.slug, 'summary']
                  "
                  >{{ 'followsUp.from' | t: { title: item.event.title } }}</a
                >
              </p>
              @if (item.note) {
                <p class="note">{{ item.note }}</p>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 1rem;
    }
    .text {
      margin: 0 0 0.375rem;
      line-height: 1.6;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    .note {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FollowsUpComponent {
  protected readonly i18n = inject(I18n);
  readonly items = input.required<FollowedUpRecommendation[]>();
  /** Links to the organiser's summary editor rather than the public summary. */
  readonly organiser = input(false);
}
