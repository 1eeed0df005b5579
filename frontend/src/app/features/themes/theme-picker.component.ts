import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ThemesApi } from './themes.api';
import './themes.i18n';

/**
 * The event editor's themes: a checkbox per theme in the admin's order. Retired themes are offered only to the
 * events that already carry them, so they can be taken off but not put on.
 */
@Component({
  selector: 'rt-theme-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="themes">
      <legend>{{ 'themes.label' | t }}</legend>
      <p class="hint">{{ 'themes.pickerHint' | t }}</p>
      @for (theme of offered(); track theme.id) {
        <label class="theme">
          <input type="checkbox" [checked]="chosen().includes(theme.id)" (change)="toggle(theme.id)" />
          <span>{{ theme.name[i18n.language()] }}</span>
        </label>
      }
    </fieldset>
  `,
  styles: `
    .themes {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-medium);
      margin-bottom: 0.25rem;
    }
    .hint {
      margin: 0 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .theme {
      display: flex;
      gap: 0.625rem;
      align-items: flex-start;
      padding: 0.375rem 0;
      line-height: 1.4;
      cursor: pointer;
    }
    input {
      width: 1.125rem;
      height: 1.125rem;
      margin: 0.125rem 0 0;
      flex: none;
      accent-color: var(--mat-sys-primary);
    }
  `,
})
export class ThemePickerComponent {
  private readonly api = inject(ThemesApi);
  protected readonly i18n = inject(I18n);

  readonly control = input.required<FormControl<string[]>>();

  private readonly themes = rxResource({ stream: () => this.api.list() });
  /** Bumped on every change of the control, a reset when the event loads included. */
  private readonly changes = signal(0);
  protected readonly chosen = computed(() => {
    this.changes();
    return this.control().value;
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.control().valueChanges.subscribe(() => this.changes.update((n) => n + 1));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected readonly offered = computed(() => {
    const all = this.themes.hasValue() ? this.themes.value().items : [];
    const chosen = this.chosen();
    return all.filter((theme) => !theme.retired || chosen.includes(theme.id));
  });

  protected toggle(id: string): void {
    const control = this.control();
    const current = control.value;
    control.setValue(current.includes(id) ? current.filter((item) => item !== id) : [...current, id]);
    control.markAsDirty();
  }
}
