import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * Staff accounts may log in, but their check-in pages do not exist yet: say so kindly. Logging out stays in
 * the header, so that the page has one "log out" button, not two.
 */
@Component({
  selector: 'rt-staff-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel staff" aria-labelledby="staff-heading">
      <h1 id="staff-heading">{{ 'staff.heading' | t }}</h1>
      <p>{{ 'staff.text' | t }}</p>
      <a mat-stroked-button routerLink="/">{{ 'notFound.home' | t }}</a>
    </section>
  `,
  styles: `
    .staff {
      max-width: 36rem;
      margin: 1rem auto;
      padding: 2rem;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 1rem;
    }
    p {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 1.5rem;
    }
  `,
})
export class StaffPage {}
