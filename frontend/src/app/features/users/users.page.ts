import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import type { Page, User } from '@roundtable/contracts';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { UserCreateFormComponent } from './user-create-form.component';
import { UsersApi } from './users.api';
import './users.i18n';

/** `/organizer/users` (admins): who may sign in, with what role, and switching accounts on and off. */
@Component({
  selector: 'rt-users-page',
  imports: [
    MatTableModule,
    MatSlideToggleModule,
    MatProgressBarModule,
    TranslatePipe,
    LabelPipe,
    LoadErrorComponent,
    UserCreateFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  protected readonly columns = ['name', 'email', 'role', 'language', 'active'];
  protected readonly list = rxResource({ stream: () => this.api.list() });
  protected readonly users = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );
  protected readonly actionError = signal<string | null>(null);

  protected onCreated(user: User): void {
    this.actionError.set(null);
    this.changeList((page) => ({ ...page, items: [...page.items, user], total: page.total + 1 }));
    this.notify(this.i18n.t('users.created', { name: user.name }));
  }

  protected setActive(user: User, change: MatSlideToggleChange): void {
    this.actionError.set(null);
    this.api.update(user.id, { active: change.checked }).subscribe({
      next: (updated) => {
        this.replace(updated);
        this.notify(
          this.i18n.t(updated.active ? 'users.activated' : 'users.deactivated', { name: updated.name }),
        );
      },
      error: (error: unknown) => {
        // The toggle already moved; put it back, since nothing changed.
        change.source.checked = user.active;
        this.actionError.set(problemMessage(this.i18n, error));
      },
    });
  }

  private replace(user: User): void {
    this.changeList((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === user.id ? user : item)),
    }));
  }

  /** Edits the loaded list in place; if it never loaded, loading it now shows the change too. */
  private changeList(change: (page: Page<User>) => Page<User>): void {
    if (this.list.hasValue()) this.list.set(change(this.list.value()));
    else this.list.reload();
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('app.close'), { duration: 4000 });
  }
}
