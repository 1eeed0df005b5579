import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import './event-editor/event-editor.i18n';

/**
 * The pages of a saved event, as tabs: its details with the agenda, its invitations, its registrations, the door,
 * its materials and the summary afterwards.
 */
@Component({
  selector: 'rt-event-tabs',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'eventTabs.label' | t">
      <a
        [routerLink]="['/organizer/events', eventId()]"
        [attr.aria-current]="current() === 'details' ? 'page' : null"
        >{{ 'eventTabs.details' | t }}</a
      >
      <a
        [routerLink]="['/organizer/events', eventId(), 'invitations']"
        [attr.aria-current]="current() === 'invitations' ? 'page' : null"
        >{{ 'eventTabs.invitations' | t }}</a
      >
      <a
        [routerLink]="['/organizer/events', eventId(), 'registrations']"
        [attr.aria-current]="current() === 'registrations' ? 'page' : null"
        >{{ 'eventTabs.registrations' | t }}</a
      >
      <a
        [routerLink]="['/organizer/events', eventId(), 'check-in']"
        [attr.aria-current]="current() === 'check-in' ? 'page' : null"
        >{{ 'eventTabs.checkin' | t }}</a
      >
      <a
        [routerLink]="['/organizer/events', eventId(), 'materials']"
        [attr.aria-current]="current() === 'materials' ? 'page' : null"
        >{{ 'eventTabs.materials' | t }}</a
      >
      <a
        [routerLink]="['/organizer/events', eventId(), 'summary']"
        [attr.aria-current]="current() === 'summary' ? 'page' : null"
        >{{ 'eventTabs.summary' | t }}</a
      >
    </nav>
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0 0 1.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      padding: 0.75rem 1.25rem;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
      &:hover {
        color: var(--mat-sys-on-surface);
        background: var(--mat-sys-surface-container);
      }
      &:focus-visible {
        outline-offset: -3px;
      }
      &[aria-current='page'] {
        color: var(--mat-sys-primary);
        border-bottom-color: var(--mat-sys-primary);
      }
    }
  `,
})
export class EventTabsComponent {
  readonly eventId = input.required<string>();
  readonly current = input.required<
    'details' | 'invitations' | 'registrations' | 'check-in' | 'materials' | 'summary'
  >();
}
