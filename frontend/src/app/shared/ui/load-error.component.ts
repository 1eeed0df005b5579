import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** A failed load, said plainly, with a way to try again. */
@Component({
  selector: 'rt-load-error',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="load-error" role="alert">
      <p>{{ message() }}</p>
      <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'app.retry' | t }}</button>
    </div>
  `,
  styles: `
    .load-error {
      padding: 1rem 1.25rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
    }
    p {
      margin: 0;
    }
  `,
})
export class LoadErrorComponent {
  readonly message = input.required<string>();
  readonly retry = output();
}
