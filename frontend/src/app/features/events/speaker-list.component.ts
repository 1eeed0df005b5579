import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Speaker } from '@roundtable/contracts';
import { LabelPipe } from '../../core/i18n/translate.pipe';

/** The panel as the public sees it: only what each person agreed to publish. Bios are plain text. */
@Component({
  selector: 'rt-speaker-list',
  imports: [LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="speakers">
      @for (speaker of speakers(); track speaker.invitationId) {
        <li class="speaker">
          @if (speaker.photoUrl) {
            <img
              class="photo"
              [src]="speaker.photoUrl"
              [alt]="speaker.name"
              width="96"
              height="96"
              loading="lazy"
              decoding="async"
            />
          } @else {
            <span class="photo initials" aria-hidden="true">{{ initials(speaker.name) }}</span>
          }
          <div class="text">
            <p class="role">{{ speaker.role | label: 'invitationRole' }}</p>
            <h3>{{ speaker.name }}</h3>
            @if (speaker.position) {
              <p class="position">{{ speaker.position }}</p>
            }
            @if (speaker.organization) {
              <p class="organization">{{ speaker.organization }}</p>
            }
            @if (speaker.bio) {
              @for (paragraph of paragraphs(speaker.bio); track $index) {
                <p class="bio">{{ paragraph }}</p>
              }
            }
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .speakers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1.5rem;
    }
    .speaker {
      display: grid;
      grid-template-columns: 6rem minmax(0, 1fr);
      gap: 1.25rem;
      align-items: start;
    }
    .photo {
      width: 6rem;
      height: 6rem;
      border-radius: 50%;
      object-fit: cover;
      background: var(--mat-sys-surface-container-high);
    }
    .initials {
      display: grid;
      place-items: center;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
    .role {
      margin: 0 0 0.125rem;
      font: var(--mat-sys-label-medium);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--mat-sys-primary);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    .position,
    .organization {
      margin: 0.125rem 0 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .bio {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-medium);
      max-width: 44rem;
    }
    @media (max-width: 480px) {
      .speaker {
        grid-template-columns: 4rem minmax(0, 1fr);
        gap: 1rem;
      }
      .photo {
        width: 4rem;
        height: 4rem;
      }
    }
  `,
})
export class SpeakerListComponent {
  readonly speakers = input.required<Speaker[]>();

  protected initials(name: string): string {
    return name
      .split(/\s+/)
      .filter((part) => part.length > 0)
      .slice(0, 2)
      .map((part) => part[0].toUpperCase())
      .join('');
  }

  protected paragraphs(text: string): string[] {
    return text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 0);
  }
}
