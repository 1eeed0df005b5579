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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import type { Invitation } from '@roundtable/contracts';
import { focusAfterRender } from '../../core/a11y/focus-after-render';
import { isNotFound, problemMessage, problemOf } from '../../core/http/problem';
import { I18n, type TranslationKey } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { describeEventTime, formatDateTime, formatZoneName } from '../../core/time/event-time';
import { EventFactsComponent } from '../../shared/ui/event-facts.component';
import { EventStatusBannerComponent } from '../../shared/ui/event-status-banner.component';
import { IconComponent } from '../../shared/ui/icon.component';
import { LoadErrorComponent } from '../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../shared/ui/not-found.component';
import { AgendaListComponent } from '../events/agenda-list.component';
import { AnswerFormComponent, type Answered } from './answer-form.component';
import { InviteeApi } from './invitee.api';
import { ProfileFormComponent } from './profile-form.component';
import '../events/events.i18n';
import './invitee.i18n';

/** What the page can offer: answering, or a kind word about why not. */
type PageState = 'open' | 'cancelled' | 'delegated' | 'revoked' | 'expired';

/**
 * `/invitations/:token`: the personal page behind the link in an invitation e-mail. No account: the token is
 * the key. The invitee reads the event, answers (and may change their mind), or names a deputy; panel members
 * who said yes or maybe add a bio, a photo and their consents.
 */
@Component({
  selector: 'rt-invitee-page',
  imports: [
    EventFactsComponent,
    EventStatusBannerComponent,
    MatProgressBarModule,
    TranslatePipe,
    LabelPipe,
    IconComponent,
    LoadErrorComponent,
    NotFoundComponent,
    AgendaListComponent,
    AnswerFormComponent,
    ProfileFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitee.page.html',
  styleUrl: './invitee.page.scss',
})
export class InviteePage {
  private readonly api = inject(InviteeApi);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly delegatedNote = viewChild<ElementRef<HTMLElement>>('delegatedNote');
  private readonly guestNote = viewChild<ElementRef<HTMLElement>>('guestNote');
  protected readonly i18n = inject(I18n);

  /** Route parameter: the personal token from the e-mail. */
  readonly token = input.required<string>();

  protected readonly view = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.view(params),
  });
  protected readonly loaded = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.view.error()));
  /** A withdrawn invitation's link answers 410 and nothing about the event. */
  protected readonly withdrawn = computed(() => problemOf(this.view.error())?.code === 'INVITATION_REVOKED');
  protected readonly loadError = computed(() =>
    this.view.error() ? problemMessage(this.i18n, this.view.error()) : null,
  );

  /** The deputy named in this visit; the API's own answers do not carry their name. */
  private readonly deputyName = signal<string | null>(null);
  protected readonly notice = signal<TranslationKey | null>(null);

  protected readonly state = computed<PageState | null>(() => {
    const view = this.loaded();
    if (!view) return null;
    if (view.event.status === 'cancelled') return 'cancelled';
    const status = view.invitation.status;
    return status === 'delegated' || status === 'revoked' || status === 'expired' ? status : 'open';
  });

  protected readonly delegatedMessage = computed(() => {
    const name = this.loaded()?.invitation.delegatedTo?.name ?? this.deputyName();
    return name ? this.i18n.t('invitee.delegated', { name }) : this.i18n.t('invitee.delegatedUnknown');
  });

  /** Bio, photo and consents are about the public panel; guests are not on it. */
  protected readonly profileOffered = computed(() => {
    const view = this.loaded();
    if (!view || this.state() !== 'open') return false;
    const { status, role } = view.invitation;
    return role !== 'guest' && (status === 'accepted' || status === 'tentative');
  });

  /** A guest who accepted holds a registration now: it changes by the registration's own link, not here. */
  protected readonly guestRegistered = computed(() => {
    const invitation = this.loaded()?.invitation;
    return invitation?.role === 'guest' && invitation.status === 'accepted';
  });

  protected readonly invitedAs = computed(
    () => `invitee.invitedAs.${this.loaded()?.invitation.role ?? 'guest'}` as const,
  );

  protected readonly currentAnswer = computed(() => {
    const status = this.loaded()?.invitation.status;
    switch (status) {
      case 'pending':
      case 'accepted':
      case 'tentative':
      case 'declined':
        return `invitee.current.${status}` as const;
      default:
        return null;
    }
  });

  protected readonly when = computed(() => {
    const event = this.loaded()?.event;
    return event
      ? describeEventTime(event.startsAt, event.endsAt, event.timezone, this.i18n.language())
      : null;
  });

  protected readonly respondBy = computed(() => {
    const view = this.loaded();
    const deadline = view?.invitation.respondBy;
    if (!view || !deadline) return null;
    const zone = view.event.timezone;
    const language = this.i18n.language();
    return `${formatDateTime(deadline, zone, language)} (${formatZoneName(zone, language, new Date(deadline))})`;
  });

  protected readonly description = computed(() => paragraphsOf(this.loaded()?.event.description));
  protected readonly message = computed(() => paragraphsOf(this.loaded()?.invitation.message));

  constructor() {
    effect(() => {
      const heading = this.i18n.t(
        this.notFound()
          ? 'invitee.notFoundHeading'
          : this.withdrawn()
            ? 'invitee.revokedHeading'
            : 'titles.invitation',
      );
      const name = this.loaded()?.event.title;
      this.title.setTitle(name ? `${heading} · ${name} · Roundtable` : `${heading} · Roundtable`);
    });
  }

  protected onAnswered({ invitation, deputyName }: Answered): void {
    this.deputyName.set(deputyName);
    this.replace(invitation);
    const status = invitation.status;
    this.notice.set(
      status === 'accepted' || status === 'tentative' || status === 'declined'
        ? `invitee.saved.${status}`
        : null,
    );
    // Naming a deputy or a guest's acceptance closes the answer form that had focus: the note saying so takes it.
    if (status === 'delegated') focusAfterRender(() => this.delegatedNote()?.nativeElement, this.injector);
    if (this.guestRegistered()) focusAfterRender(() => this.guestNote()?.nativeElement, this.injector);
  }

  /** Closed while the page was open (withdrawn, expired, cancelled): show what is true now. */
  protected onClosed(): void {
    this.notice.set(null);
    this.view.reload();
  }

  protected onProfileSaved(invitation: Invitation): void {
    this.replace(invitation);
  }

  private replace(invitation: Invitation): void {
    const view = this.loaded();
    if (view) this.view.set({ ...view, invitation });
  }
}

function paragraphsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
