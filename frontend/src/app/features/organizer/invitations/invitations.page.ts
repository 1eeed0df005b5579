import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { BulkInvitationResult, Invitation } from '@roundtable/contracts';
import { filter, type Observable } from 'rxjs';
import { focusAfterRender } from '../../../core/a11y/focus-after-render';
import { isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n, type TranslationKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describeEventTime } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { StatusChipComponent } from '../../../shared/ui/status-chip.component';
import { EventTabsComponent } from '../event-tabs.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import { BulkInviteComponent } from './bulk-invite.component';
import { InvitationListComponent } from './invitation-list.component';
import { InvitationsApi } from './invitations.api';
import { InviteFormComponent } from './invite-form.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog.component';
import '../../events/events.i18n';
import '../event-editor/event-editor.i18n';
import './invitations.i18n';
import { SeriesApi } from '../series/series.api';
import '../series/series.i18n';

/** While an invitation e-mail waits in the outbox, the list looks again this often to show it went out. */
const QUEUED_REFRESH_MS = 5000;

type Action = 'resend' | 'remind' | 'revoke' | 'send';

const DONE: Record<Action, TranslationKey> = {
  resend: 'invitations.resent',
  send: 'draftInvitations.sentOne',
  remind: 'invitations.reminded',
  revoke: 'invitations.revoked',
};

/**
 * `/organizer/events/:id/invitations` (the organiser's notification e-mails link here): who is invited, how
 * they answered, whether the invitation e-mail reached them; inviting one person or a whole sheet.
 */
@Component({
  selector: 'rt-invitations-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    StatusChipComponent,
    EventTabsComponent,
    InvitationListComponent,
    InviteFormComponent,
    BulkInviteComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations.page.html',
  styleUrl: './invitations.page.scss',
})
export class InvitationsPage {
  private readonly events = inject(OrganizerEventsApi);
  private readonly api = inject(InvitationsApi);
  private readonly series = inject(SeriesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  private readonly invitedHeading = viewChild<ElementRef<HTMLElement>>('invitedHeading');

  /** Route parameter: the event's id. */
  readonly id = input.required<string>();

  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params),
  });
  protected readonly list = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly loadError = computed(() =>
    this.event.error() ? problemMessage(this.i18n, this.event.error()) : null,
  );
  protected readonly invitations = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  /** Draft invitations (copied from the previous event of the series), not sent yet. */
  protected readonly drafts = computed(
    () => this.invitations().filter((invitation) => invitation.status === 'draft').length,
  );
  protected readonly listError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );
  protected readonly isCancelled = computed(() => this.loaded()?.status === 'cancelled');
  protected readonly when = computed(() => {
    const event = this.loaded();
    if (!event) return null;
    const when = describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language());
    return when.time ? `${when.date}, ${when.time}` : when.date;
  });

  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const heading = this.i18n.t('invitations.heading');
      const name = this.loaded()?.title;
      this.title.setTitle(name ? `${heading} · ${name} · Roundtable` : `${heading} · Roundtable`);
    });

    effect((onCleanup) => {
      const waiting = this.invitations().some((invitation) => invitation.delivery?.status === 'queued');
      if (!waiting) return;
      const timer = setTimeout(() => this.list.reload(), QUEUED_REFRESH_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected onInvited(invitation: Invitation): void {
    this.actionError.set(null);
    this.notify(this.i18n.t('invitations.invited', { name: invitation.name }));
    this.list.reload();
  }

  protected onBulkInvited(result: BulkInvitationResult): void {
    this.actionError.set(null);
    this.notify(this.i18n.t('invitations.bulkSent', { count: result.total }));
    this.list.reload();
  }

  protected refresh(): void {
    if (!this.list.isLoading()) this.list.reload();
  }

  protected resend(invitation: Invitation): void {
    this.run('resend', invitation, this.api.resend(invitation.id));
  }

  /** A draft copied from the previous event of the series: sent now, as a new invitation is. */
  protected send(invitation: Invitation): void {
    this.run('send', invitation, this.series.sendDraft(invitation.id));
  }

  protected sendDrafts(): void {
    const event = this.event.hasValue() ? this.event.value() : null;
    if (!event || this.busy()) return;
    this.actionError.set(null);
    this.busy.set(true);
    this.series.sendDrafts(event.id).subscribe({
      next: ({ sent }) => {
        this.busy.set(false);
        this.notify(this.i18n.t('draftInvitations.sent', { count: sent }));
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(problemMessage(this.i18n, error));
        this.list.reload();
      },
    });
  }

  protected remind(invitation: Invitation): void {
    this.run('remind', invitation, this.api.remind(invitation.id));
  }

  protected confirmRevoke(invitation: Invitation): void {
    if (this.busy()) return;
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'revokeDialog.heading',
          text: 'revokeDialog.text',
          params: { name: invitation.name },
          back: 'revokeDialog.back',
          confirm: 'revokeDialog.confirm',
        },
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => this.run('revoke', invitation, this.api.revoke(invitation.id)));
  }

  private run(action: Action, invitation: Invitation, request: Observable<Invitation>): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.actionError.set(null);
    this.busy.set(true);
    request.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.notify(this.i18n.t(DONE[action], { name: updated.name }));
        this.list.reload();
        // A withdrawn invitation has no actions left, so its button is about to go: the list's heading takes focus.
        if (action === 'revoke') focusAfterRender(() => this.invitedHeading()?.nativeElement, this.injector);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(problemMessage(this.i18n, error));
        // The refusal usually means the list is out of date (someone answered meanwhile): show what is true now.
        this.list.reload();
      },
    });
  }

  private notify(message: string): void {
    this.snackBar.open(message, this.i18n.t('app.close'), { duration: 4000 });
  }
}
