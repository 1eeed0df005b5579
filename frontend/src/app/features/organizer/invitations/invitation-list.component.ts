import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { Invitation, InvitationStatus, Language } from '@roundtable/contracts';
import { INVITATION_STATUSES } from '@roundtable/contracts';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatDateTime } from '../../../core/time/event-time';
import { InvitationStatusChipComponent } from '../../../shared/ui/invitation-status-chip.component';
import { isOpenInvitation } from './invitation-rules';
import '../series/series.i18n';
import './invitations.i18n';

/** Everyone invited, with their answer and whether the invitation e-mail reached them. */
@Component({
  selector: 'rt-invitation-list',
  imports: [MatButtonModule, TranslatePipe, LabelPipe, InvitationStatusChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="summary" [attr.aria-label]="'invitations.summary' | t">
      <li class="total">{{ 'invitations.total' | t: { count: invitations().length } }}</li>
      @for (entry of summary(); track entry.status) {
        <li>
          <rt-invitation-status-chip [status]="entry.status" />
          <span class="count"><span class="visually-hidden">: </span>{{ entry.count }}</span>
        </li>
      }
    </ul>

    <ul class="invitations">
      @for (invitation of invitations(); track invitation.id) {
        <li class="invitation">
          <div class="who">
            <p class="name">
              <strong>{{ invitation.name }}</strong>
              <rt-invitation-status-chip [status]="invitation.status" />
            </p>
            <p class="role">{{ invitation.role | label: 'invitationRole' }}</p>
            @if (organizationLine(invitation); as line) {
              <p class="org">{{ line }}</p>
            }
            <p class="email">{{ invitation.email }}</p>
          </div>

          <div class="details">
            @if (invitation.responseComment) {
              <p class="comment">{{ 'invitations.comment' | t: { comment: invitation.responseComment } }}</p>
            }
            @if (invitation.delegatedTo; as deputy) {
              <p>{{ 'invitations.delegatedTo' | t: { name: deputy.name, email: deputy.email } }}</p>
            }
            @if (delegatedFrom(invitation); as name) {
              <p>{{ 'invitations.delegatedFrom' | t: { name } }}</p>
            }
            @if (invitation.respondedAt) {
              <p class="muted">
                {{ 'invitations.respondedAt' | t: { date: dateOf(invitation.respondedAt) } }}
                @if (invitation.respondedVia === 'calendar') {
                  <span class="via-calendar">· {{ 'invitations.respondedViaCalendar' | t }}</span>
                }
              </p>
            } @else if (invitation.respondBy) {
              <p class="muted">
                {{ 'invitations.respondByLine' | t: { date: dateOf(invitation.respondBy) } }}
              </p>
            }
            <p
              class="delivery"
              [class.failed]="
                invitation.delivery?.status === 'failed' || invitation.delivery?.status === 'bounced'
              "
            >
              <span>{{ 'invitations.delivery' | t }}</span>
              @if (invitation.delivery; as delivery) {
                <strong class="delivery-status" [class]="delivery.status">{{
                  delivery.status | label: 'deliveryStatus'
                }}</strong>
                @if (delivery.status === 'sent' && delivery.sentAt) {
                  <span>{{ 'invitations.deliverySent' | t: { date: dateOf(delivery.sentAt) } }}</span>
                }
                @if (delivery.status !== 'sent' && delivery.status !== 'bounced' && delivery.attempts > 0) {
                  <span>· {{ 'invitations.deliveryAttempts' | t: { attempts: delivery.attempts } }}</span>
                }
                @if (delivery.lastError && delivery.status !== 'sent') {
                  <span class="delivery-error">{{
                    'invitations.deliveryError' | t: { error: delivery.lastError }
                  }}</span>
                }
              } @else if (invitation.status === 'draft') {
                <span>{{ 'draftInvitations.notSent' | t }}</span>
              } @else {
                <span>{{ 'invitations.deliveryUnknown' | t }}</span>
              }
            </p>
          </div>

          @if (actionsAllowed() && invitation.status === 'draft') {
            <!-- A draft copied into the next event of a series (decision 0034): sent only from here. -->
            <div class="actions" role="group" [attr.aria-label]="'invitations.actions' | t">
              <button
                mat-flat-button
                type="button"
                [disabled]="busy()"
                disabledInteractive
                (click)="send.emit(invitation)"
              >
                {{ 'draftInvitations.send' | t }}
              </button>
              <button
                mat-button
                class="danger"
                type="button"
                [disabled]="busy()"
                disabledInteractive
                [attr.aria-label]="'invitations.revokeLabel' | t: { name: invitation.name }"
                (click)="revoke.emit(invitation)"
              >
                {{ 'invitations.revoke' | t }}
              </button>
            </div>
          }
          @if (actionsAllowed() && isOpen(invitation)) {
            <div class="actions" role="group" [attr.aria-label]="'invitations.actions' | t">
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy()"
                disabledInteractive
                [attr.aria-label]="'invitations.resendLabel' | t: { name: invitation.name }"
                (click)="resend.emit(invitation)"
              >
                {{ 'invitations.resend' | t }}
              </button>
              @if (invitation.status === 'pending') {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="busy()"
                  disabledInteractive
                  [attr.aria-label]="'invitations.remindLabel' | t: { name: invitation.name }"
                  (click)="remind.emit(invitation)"
                >
                  {{ 'invitations.remind' | t }}
                </button>
              }
              <button
                mat-button
                class="danger"
                type="button"
                [disabled]="busy()"
                disabledInteractive
                [attr.aria-label]="'invitations.revokeLabel' | t: { name: invitation.name }"
                (click)="revoke.emit(invitation)"
              >
                {{ 'invitations.revoke' | t }}
              </button>
            </div>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .summary {
      list-style: none;
      margin: 0 0 1.25rem;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      li {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
      }
    }
    .total {
      font: var(--mat-sys-title-small);
    }
    .count {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .invitations {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .invitation {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'who details' 'who actions';
      grid-template-rows: auto 1fr;
      gap: 0.5rem 1.5rem;
      padding: 1rem 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      p {
        margin: 0 0 0.25rem;
      }
    }
    .name {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      font: var(--mat-sys-title-medium);
    }
    .role {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
    }
    .who {
      grid-area: who;
    }
    .details {
      grid-area: details;
    }
    .org,
    .email,
    .details {
      font: var(--mat-sys-body-medium);
    }
    .email {
      overflow-wrap: anywhere;
      color: var(--mat-sys-on-surface-variant);
    }
    .comment {
      font-style: italic;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .delivery {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.375rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .delivery-status.sent {
      color: var(--mat-sys-primary);
    }
    .delivery.failed {
      color: var(--mat-sys-error);
    }
    .delivery-error {
      flex-basis: 100%;
      overflow-wrap: anywhere;
    }
    .actions {
      grid-area: actions;
      display: flex;
      flex-wrap: wrap;
      align-content: flex-start;
      gap: 0.5rem;
    }
    .danger {
      color: var(--mat-sys-error);
    }
    @media (max-width: 840px) {
      .invitation {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'who' 'details' 'actions';
        grid-template-rows: none;
      }
    }
  `,
})
export class InvitationListComponent {
  private readonly i18n = inject(I18n);

  readonly invitations = input.required<Invitation[]>();
  readonly timeZone = input.required<string>();
  readonly language = input.required<Language>();
  readonly actionsAllowed = input(true);
  readonly busy = input(false);
  readonly resend = output<Invitation>();
  readonly send = output<Invitation>();
  readonly remind = output<Invitation>();
  readonly revoke = output<Invitation>();

  protected readonly summary = computed(() => {
    const counts = new Map<InvitationStatus, number>();
    for (const { status } of this.invitations()) counts.set(status, (counts.get(status) ?? 0) + 1);
    return INVITATION_STATUSES.filter((status) => counts.has(status)).map((status) => ({
      status,
      count: counts.get(status) ?? 0,
    }));
  });

  private readonly names = computed(
    () => new Map(this.invitations().map((invitation) => [invitation.id, invitation.name])),
  );

  protected isOpen(invitation: Invitation): boolean {
    return isOpenInvitation(invitation.status);
  }

  protected delegatedFrom(invitation: Invitation): string | null {
    return invitation.delegatedFromId ? (this.names().get(invitation.delegatedFromId) ?? null) : null;
  }

  protected organizationLine(invitation: Invitation): string {
    const { position, organization } = invitation;
    if (position && organization)
      return this.i18n.t('invitations.organizationLine', { position, organization });
    return position ?? organization ?? '';
  }

  protected dateOf(instant: string): string {
    return formatDateTime(instant, this.timeZone(), this.language());
  }
}
