import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  WEBHOOK_LIMITS,
  WEBHOOK_PAUSED_ERROR,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointList,
  type WebhookEndpointWithSecret,
} from '@roundtable/contracts';
import { filter, of, switchMap } from 'rxjs';
import { problemMessage } from '../../core/http/problem';
import { I18n, type TranslationKey } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatNumericDate, formatClock } from '../../core/time/event-time';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../shared/ui/confirm-dialog.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { typeKey, WebhookFormComponent } from './webhook-form.component';
import { WebhooksApi } from './webhooks.api';
import './webhooks.i18n';

/** Deliveries concern every event: their times are shown in the foundation's own zone, Bulgarian time. */
const LOG_TIME_ZONE = 'Europe/Sofia';

/**
 * `/organizer/webhooks` (admins): the partners' endpoints, the signing secret shown once, pausing, the delivery
 * log of one endpoint at a time and "send again" (decision 0035).
 */
@Component({
  selector: 'rt-webhooks-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslatePipe,
    LoadErrorComponent,
    WebhookFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webhooks.page.html',
  styleUrl: './webhooks.page.scss',
})
export class WebhooksPage {
  private readonly api = inject(WebhooksApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18n);

  protected readonly list = rxResource({ stream: () => this.api.list() });
  protected readonly endpoints = computed(() => (this.list.hasValue() ? this.list.value().items : []));
  protected readonly loadError = computed(() =>
    this.list.error() ? problemMessage(this.i18n, this.list.error()) : null,
  );
  protected readonly actionError = signal<string | null>(null);
  /** The form: `new`, an endpoint's id, or closed. */
  protected readonly editing = signal<string | null>(null);
  /** The secret just made, shown until the admin says it is saved. */
  protected readonly secret = signal<{ url: string; secret: string } | null>(null);
  /** The endpoint whose log is open. */
  protected readonly logOf = signal<string | null>(null);
  protected readonly log = rxResource({
    params: () => this.logOf(),
    stream: ({ params }) => (params ? this.api.deliveries(params) : of(null)),
  });
  protected readonly logError = computed(() =>
    this.log.error() ? problemMessage(this.i18n, this.log.error()) : null,
  );
  protected readonly deliveries = computed(() =>
    this.log.hasValue() ? (this.log.value()?.items ?? []) : [],
  );
  protected readonly logLimit = WEBHOOK_LIMITS.deliveriesPage;
  protected readonly hasFailed = computed(() => this.deliveries().some((d) => d.state === 'failed'));
  protected readonly typeKey = typeKey;

  protected editedEndpoint(): WebhookEndpoint | null {
    return this.endpoints().find((endpoint) => endpoint.id === this.editing()) ?? null;
  }

  protected onCreated(created: WebhookEndpointWithSecret): void {
    const { secret, ...endpoint } = created;
    this.editing.set(null);
    this.changeList((page) => ({ items: [...page.items, endpoint], total: page.total + 1 }));
    this.secret.set({ url: endpoint.url, secret });
    this.notify('webhooks.created');
  }

  protected onSaved(updated: WebhookEndpoint): void {
    this.editing.set(null);
    this.replace(updated);
    this.notify('webhooks.saved');
  }

  protected setActive(endpoint: WebhookEndpoint, change: MatSlideToggleChange): void {
    this.actionError.set(null);
    this.api.update(endpoint.id, { active: change.checked }).subscribe({
      next: (updated) => this.replace(updated),
      error: (error: unknown) => {
        change.source.checked = endpoint.active;
        this.actionError.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected rotate(endpoint: WebhookEndpoint): void {
    this.confirm({
      title: 'webhooks.rotateTitle',
      text: 'webhooks.rotateText',
      back: 'webhooks.back',
      confirm: 'webhooks.rotate',
    })
      .pipe(switchMap(() => this.api.rotateSecret(endpoint.id)))
      .subscribe({
        next: ({ secret, ...updated }) => {
          this.replace(updated);
          this.secret.set({ url: updated.url, secret });
        },
        error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
      });
  }

  protected remove(endpoint: WebhookEndpoint): void {
    this.confirm({
      title: 'webhooks.removeTitle',
      text: 'webhooks.removeText',
      params: { url: endpoint.url },
      back: 'webhooks.back',
      confirm: 'webhooks.remove',
    })
      .pipe(switchMap(() => this.api.remove(endpoint.id)))
      .subscribe({
        next: () => {
          if (this.logOf() === endpoint.id) this.logOf.set(null);
          this.changeList((page) => ({
            items: page.items.filter((item) => item.id !== endpoint.id),
            total: page.total - 1,
          }));
          this.notify('webhooks.removed');
        },
        error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
      });
  }

  protected toggleLog(endpoint: WebhookEndpoint): void {
    this.logOf.set(this.logOf() === endpoint.id ? null : endpoint.id);
  }

  protected resend(delivery: WebhookDelivery): void {
    this.actionError.set(null);
    this.api.resend(delivery.id).subscribe({
      next: () => {
        this.notify('webhooks.resent');
        this.log.reload();
      },
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  /** Every failed delivery of the endpoint (beyond the log's page too), after an outage longer than the retries. */
  protected resendFailed(endpoint: WebhookEndpoint): void {
    this.actionError.set(null);
    this.api.resendFailed(endpoint.id).subscribe({
      next: ({ resent }) => {
        this.notify('webhooks.resentFailed', { count: resent });
        this.log.reload();
      },
      error: (error: unknown) => this.actionError.set(problemMessage(this.i18n, error)),
    });
  }

  protected async copySecret(secret: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      this.notify('webhooks.copied');
    } catch {
      // No clipboard (an insecure origin, a refusal): the key stays on screen to be selected by hand.
    }
  }

  protected when(instant: string | null): string {
    if (!instant) return this.i18n.t('webhooks.none');
    const language = this.i18n.language();
    return `${formatNumericDate(instant, LOG_TIME_ZONE, language)} ${formatClock(instant, LOG_TIME_ZONE)}`;
  }

  /**
   * The last error in the page's language where the server's own words say no more than the delivery's fields (a
   * paused endpoint, the receiver's HTTP status); what the network said (ECONNREFUSED, a certificate) stays.
   */
  protected errorText({ lastError, lastStatus }: WebhookDelivery): string {
    if (lastError === null) return this.i18n.t('webhooks.none');
    if (lastError === WEBHOOK_PAUSED_ERROR) return this.i18n.t('webhooks.errorPaused');
    return lastStatus === null ? lastError : this.i18n.t('webhooks.errorAnswered', { status: lastStatus });
  }

  protected stateKey(delivery: WebhookDelivery): TranslationKey {
    return `webhookState.${delivery.state}` as TranslationKey;
  }

  private confirm(data: ConfirmDialogData) {
    this.actionError.set(null);
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data,
        restoreFocus: true,
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private replace(endpoint: WebhookEndpoint): void {
    this.changeList((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === endpoint.id ? endpoint : item)),
    }));
  }

  private changeList(change: (page: WebhookEndpointList) => WebhookEndpointList): void {
    if (this.list.hasValue()) this.list.set(change(this.list.value()));
    else this.list.reload();
  }

  private notify(key: TranslationKey, params?: Record<string, string | number>): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('app.close'), { duration: 4000 });
  }
}
