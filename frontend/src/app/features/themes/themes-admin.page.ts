import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { THEME_NAME_MAX_LENGTH, type Theme } from '@roundtable/contracts';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { themeName } from './theme.page';
import { ThemesApi } from './themes.api';
import './themes.i18n';

interface Names {
  nameBg: string;
  nameEn: string;
}

/** `/organizer/themes` (admins): the advocacy themes: add, rename, order, retire and bring back. */
@Component({
  selector: 'rt-themes-admin-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatInputModule,
    MatProgressBarModule,
    FormFieldModule,
    TranslatePipe,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './themes-admin.page.html',
  styleUrl: './themes-admin.page.scss',
})
export class ThemesAdminPage {
  private readonly api = inject(ThemesApi);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18n);

  protected readonly maxLength = THEME_NAME_MAX_LENGTH;
  protected readonly list = rxResource({ stream: () => this.api.list() });
  protected readonly themes = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );
  protected readonly actionError = signal<string | null>(null);
  protected readonly edits = signal<Record<string, Names>>({});
  protected readonly fresh = signal<Names>({ nameBg: '', nameEn: '' });
  protected readonly adding = signal(false);

  protected names(theme: Theme): Names {
    return this.edits()[theme.id] ?? { nameBg: theme.name.bg, nameEn: theme.name.en };
  }

  protected edit(theme: Theme, change: Partial<Names>): void {
    this.edits.update((edits) => ({ ...edits, [theme.id]: { ...this.names(theme), ...change } }));
  }

  protected label(theme: Theme): string {
    return themeName(theme, this.i18n.language());
  }

  protected save(theme: Theme): void {
    this.update(theme, this.names(theme), 'themesAdmin.saved');
  }

  protected toggleRetired(theme: Theme): void {
    this.update(theme, { retired: !theme.retired }, 'themesAdmin.saved');
  }

  protected move(index: number, by: -1 | 1): void {
    const ids = this.themes().map((theme) => theme.id);
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    this.actionError.set(null);
    this.api.reorder(ids).subscribe({
      next: (list) => this.list.set(list),
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  protected add(): void {
    const names = this.fresh();
    if (!names.nameBg.trim() || !names.nameEn.trim() || this.adding()) return;
    this.adding.set(true);
    this.actionError.set(null);
    this.api.create(names).subscribe({
      next: (theme) => {
        this.adding.set(false);
        this.fresh.set({ nameBg: '', nameEn: '' });
        this.list.reload();
        this.notify(this.i18n.t('themesAdmin.added', { name: this.label(theme) }));
      },
      error: (error: unknown) => {
        this.adding.set(false);
        this.actionError.set(problemMessage(this.i18n, error));
      },
    });
  }

  private update(theme: Theme, patch: Partial<Names> & { retired?: boolean }, message: 'themesAdmin.saved') {
    this.actionError.set(null);
    this.api.update(theme.id, patch).subscribe({
      next: (updated) => {
        if (this.list.hasValue()) {
          const list = this.list.value();
          this.list.set({
            ...list,
            items: list.items.map((item) => (item.id === updated.id ? updated : item)),
          });
        }
        this.edits.update(({ [theme.id]: _, ...rest }) => rest);
        this.notify(this.i18n.t(message, { name: this.label(updated) }));
      },
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('app.close'), { duration: 4000 });
  }
}
