import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import type { Registration } from '@roundtable/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { focusAfterRender } from '../../core/a11y/focus-after-render';
import { isNotFound, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { describeEventTime } from '../../core/time/event-time';
import { EventFactsComponent } from '../../shared/ui/event-facts.component';
import { EventStatusBannerComponent } from '../../shared/ui/event-status-banner.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../shared/ui/confirm-dialog.component';
import { ManageDetailsComponent } from './manage-details.component';
import { RegistrationApi } from './registration.api';
import { MaterialsListComponent } from '../materials/materials-list.component';
import '../invitee/invitee.i18n';
import './manage.i18n';
import './registration.i18n';

/** Registrations in these can still be changed or cancelled by the person. */
const ACTIVE = new Set(['pending', 'confirmed', 'waitlisted']);

/**
 * `/registrations/:token`: the personal page behind the manage link. The registrant sees where they stand and
 * the event, shows the QR code at the door, changes their details and consents, cancels, or erases their data.
 */
@Component({
  selector: 'rt-manage-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    EventFactsComponent,
    EventStatusBannerComponent,
    LoadErrorComponent,
    NotFoundComponent,
    ManageDetailsComponent,
    MaterialsListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './manage.page.html',
  styleUrl: './manage.page.scss',
})
export class ManagePage {
  private readonly api = inject(RegistrationApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);

  readonly token = input.required<string>();

  protected readonly view = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.view(params),
  });
  /** The latest answer of a change, over what the page loaded with. */
  private readonly updated = signal<Registration | null>(null);
  protected readonly loaded = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly registration = computed(() => this.updated() ?? this.loaded()?.registration ?? null);
  protected readonly active = computed(() => ACTIVE.has(this.registration()?.status ?? ''));
  protected readonly notFound = computed(() => isNotFound(this.view.error()));
  protected readonly errorMessage = computed(() =>
    this.view.error() ? problemMessage(this.i18n, this.view.error()) : null,
  );
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly erased = signal(false);
  protected readonly statusText = computed(() => {
    const status = this.registration()?.status;
    return status ? this.i18n.t(`manage.status.${status}`) : '';
  });
  protected readonly qrUrl = computed(() => this.api.qrUrl(this.token()));
  protected readonly when = computed(() => {
    const event = this.loaded()?.event;
    return event
      ? describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language())
      : null;
  });

  protected changed(registration: Registration): void {
    this.updated.set(registration);
  }

  protected cancel(): void {
    this.confirm({
      title: 'manage.cancelConfirmTitle',
      text: 'manage.cancelConfirmText',
      back: 'manage.back',
      confirm: 'manage.cancelConfirm',
    })
      .pipe(switchMap(() => this.api.cancel(this.token())))
      .subscribe({
        next: (registration) => {
          this.busy.set(false);
          this.updated.set(registration);
          focusAfterRender(() => document.getElementById('status-text'), this.injector);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected erase(): void {
    this.confirm({
      title: 'manage.eraseConfirmTitle',
      text: 'manage.eraseConfirmText',
      back: 'manage.back',
      confirm: 'manage.eraseConfirm',
    })
      .pipe(switchMap(() => this.api.erase(this.token())))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.erased.set(true);
          this.title.setTitle(`${this.i18n.t('manage.erased')} · Roundtable`);
          focusAfterRender(() => document.getElementById('erased-text'), this.injector);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private confirm(data: ConfirmDialogData) {
    this.actionError.set(null);
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data,
        // Material gives focus back to the button that opened it, which the answer may remove.
        restoreFocus: true,
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        tap(() => this.busy.set(true)),
      );
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.actionError.set(problemMessage(this.i18n, error));
  }
}
