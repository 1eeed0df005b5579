import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  readCheckinCode,
  SECTORS,
  type CheckinPerson,
  type CheckInResult,
  type Sector,
} from '@roundtable/contracts';
import { debounceTime, distinctUntilChanged, Subject } from 'rxjs';
import { focusAfterRender } from '../../../core/a11y/focus-after-render';
import { Auth } from '../../../core/auth/auth.service';
import { isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n, type TranslationKey } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatClock } from '../../../core/time/event-time';
import { LoadErrorComponent } from '../../../shared/ui/load-error.component';
import { NotFoundComponent } from '../../../shared/ui/not-found.component';
import { EventTabsComponent } from '../event-tabs.component';
import { OrganizerEventsApi } from '../organizer-events.api';
import { CameraError, CameraScanner, type CameraProblem } from './camera-scanner';
import { CheckinApi } from './checkin.api';
import { CheckinOutbox, isTransient } from './checkin-outbox';
import type { FlushReport } from './checkin-queue';
import { WalkInFormComponent } from './walk-in-form.component';
import '../../events/events.i18n';
import './checkin.i18n';

/** Typing pauses this long before the search goes to the server. */
export const CHECKIN_SEARCH_DEBOUNCE_MS = 250;
/** The room's counts are fetched again this often, and after every action. */
export const STATS_POLL_MS = 10_000;
/** The camera keeps seeing the code it just read: the same text is acted on again only after this long. */
export const RESCAN_PAUSE_MS = 4_000;
const PAGE_SIZE = 20;

type Mode = 'search' | 'scan';

/** What the last action came to: the banner at the top of the page. */
type Outcome =
  | { kind: 'done'; person: CheckinPerson }
  | { kind: 'already'; person: CheckinPerson }
  | { kind: 'queued'; registrationId: string; name: string | null }
  | { kind: 'undone'; name: string }
  | { kind: 'foreign' }
  | { kind: 'error'; message: string };

export function fullName(person: Pick<CheckinPerson, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`;
}

/**
 * `/organizer/events/:id/check-in`: the door, on a phone held in one hand. People are found by the QR code of
 * their confirmation or by name as one types, checked in with one tap, and a mistake is undone from the banner.
 * Walk-ins are added here too. Offline, a check-in waits on the phone (CheckinOutbox) and goes when the network
 * returns. The counts by sector refresh every few seconds and after each action.
 */
@Component({
  selector: 'rt-checkin-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    FormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LabelPipe,
    LoadErrorComponent,
    NotFoundComponent,
    EventTabsComponent,
    WalkInFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './checkin.page.html',
  styleUrl: './checkin.page.scss',
})
export class CheckinPage {
  private readonly events = inject(OrganizerEventsApi);
  private readonly api = inject(CheckinApi);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly outbox = inject(CheckinOutbox);
  protected readonly auth = inject(Auth);
  protected readonly i18n = inject(I18n);

  /** Route parameter: the event's id. */
  readonly id = input.required<string>();

  protected readonly mode = signal<Mode>('search');
  protected readonly q = signal('');
  protected readonly busy = signal<string | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly walkInOpen = signal(false);
  protected readonly cameraState = signal<'off' | 'starting' | 'on'>('off');
  protected readonly cameraProblem = signal<CameraProblem | null>(null);
  private readonly statsTick = signal(0);
  private readonly typed = new Subject<string>();
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private scanner: CameraScanner | null = null;
  private lastScan = { text: '', at: 0 };

  protected readonly event = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.events.get(params),
  });
  protected readonly people = rxResource({
    params: () => (this.q() ? { id: this.id(), q: this.q() } : undefined),
    stream: ({ params }) => this.api.people(params.id, params.q, 1, PAGE_SIZE),
  });
  protected readonly stats = rxResource({
    params: () => ({ id: this.id(), tick: this.statsTick() }),
    stream: ({ params }) => this.api.stats(params.id),
  });

  protected readonly loaded = computed(() => (this.event.hasValue() ? this.event.value() : null));
  protected readonly notFound = computed(() => isNotFound(this.event.error()));
  protected readonly loadError = computed(() =>
    this.event.error() && !this.notFound() ? problemMessage(this.i18n, this.event.error()) : null,
  );
  /** The last answer stays on screen while the next one loads, so the list does not jump as one types. */
  protected readonly found = computed(() => (this.people.hasValue() ? this.people.value() : null));
  protected readonly peopleError = computed(() =>
    this.people.error() ? problemMessage(this.i18n, this.people.error()) : null,
  );
  /** Sectors with anyone in them, in the vocabulary's order. */
  protected readonly sectorCounts = computed(() => {
    const stats = this.stats.hasValue() ? this.stats.value() : null;
    if (!stats) return [];
    return SECTORS.filter((sector) => {
      const each = stats.bySector[sector];
      return each && (each.confirmed > 0 || each.checkedIn > 0);
    }).map((sector: Sector) => ({ sector, ...stats.bySector[sector] }));
  });
  protected readonly totals = computed(() => (this.stats.hasValue() ? this.stats.value() : null));
  protected readonly report = this.outbox.lastReport;
  protected readonly cameraProblemKey = computed((): TranslationKey | null => {
    const problem = this.cameraProblem();
    return problem ? `checkin.cameraProblem.${problem}` : null;
  });

  constructor() {
    this.typed
      .pipe(debounceTime(CHECKIN_SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.q.set(q));
    effect(() => {
      const event = this.loaded();
      if (event) this.title.setTitle(`${this.i18n.t('checkin.title')}: ${event.title}`);
    });
    const poll = setInterval(() => this.refreshStats(), STATS_POLL_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(poll);
      this.stopCamera();
    });
    // Only rounds from now on: the outbox outlives the page and keeps the last report of an earlier visit.
    const earlier = this.outbox.lastReport();
    effect(() => {
      const report = this.outbox.lastReport();
      if (report && report !== earlier) this.afterRound(report);
    });
    // Whatever waits from an earlier visit goes as soon as the page opens.
    if (this.outbox.waiting() > 0) this.sendWaiting();
  }

  protected onSearch(value: string): void {
    this.typed.next(value.trim());
  }

  protected setMode(mode: Mode): void {
    if (mode === this.mode()) return;
    this.mode.set(mode);
    if (mode === 'scan') {
      this.walkInOpen.set(false);
      // The <video> exists once the scan section has rendered.
      afterNextRender(() => void this.startCamera(), { injector: this.injector });
    } else {
      this.stopCamera();
      focusAfterRender(
        () => this.host.nativeElement.querySelector<HTMLInputElement>('input[type="search"]'),
        this.injector,
      );
    }
  }

  protected checkIn(registrationId: string, name: string | null = null): void {
    if (this.busy()) return;
    const at = new Date().toISOString();
    if (this.outbox.offline || this.outbox.has(registrationId)) {
      this.queue(registrationId, at, name);
      return;
    }
    this.busy.set(registrationId);
    this.api.checkIn(registrationId, this.id()).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.show(result);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        if (isTransient(error) && !isSessionGone(error)) this.queue(registrationId, at, name);
        else this.outcome.set({ kind: 'error', message: problemMessage(this.i18n, error) });
      },
    });
  }

  protected undo(registrationId: string, name: string | null): void {
    if (this.busy()) return;
    if (this.outbox.remove(registrationId)) {
      this.outcome.set({ kind: 'undone', name: name ?? this.i18n.t('checkin.scannedCode') });
      return;
    }
    this.busy.set(registrationId);
    this.api.undo(registrationId).subscribe({
      next: ({ person }) => {
        this.busy.set(null);
        this.replacePerson(person);
        this.outcome.set({ kind: 'undone', name: fullName(person) });
        this.refreshStats();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.outcome.set({ kind: 'error', message: problemMessage(this.i18n, error) });
      },
    });
  }

  protected onWalkIn(result: CheckInResult): void {
    this.walkInOpen.set(false);
    this.show(result);
  }

  protected openWalkIn(): void {
    this.setMode('search');
    this.walkInOpen.set(true);
  }

  protected closeWalkIn(): void {
    this.walkInOpen.set(false);
    focusAfterRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('.open-walk-in'),
      this.injector,
    );
  }

  protected sendWaiting(): void {
    void this.outbox.flush();
  }

  /** After a round of the outbox (by the button, the timer or the network's return): fresh counts and list. */
  private afterRound(report: FlushReport): void {
    const shown = untracked(this.outcome);
    if (
      shown?.kind === 'queued' &&
      report.sent.some((item) => item.registrationId === shown.registrationId)
    ) {
      // The banner said "waiting"; the line under it now says it was sent.
      this.outcome.set(null);
    }
    this.refreshStats();
    if (untracked(this.q)) this.people.reload();
  }

  /** "9:12": the wall-clock time at the event's place, whatever the phone's zone. */
  protected timeOf(instant: string): string {
    const zone = this.loaded()?.timezone;
    return zone ? formatClock(instant, zone) : formatClock(instant, 'UTC');
  }

  protected fullName = fullName;

  private show(result: CheckInResult): void {
    this.replacePerson(result.person);
    this.outcome.set({ kind: result.already ? 'already' : 'done', person: result.person });
    this.refreshStats();
  }

  private queue(registrationId: string, at: string, name: string | null): void {
    this.outbox.add({ registrationId, eventId: this.id(), at, ...(name ? { name } : {}) });
    this.outcome.set({ kind: 'queued', registrationId, name });
  }

  /** The list shows the new state at once, without searching again. */
  private replacePerson(person: CheckinPerson): void {
    if (!this.people.hasValue()) return;
    const page = this.people.value();
    if (!page.items.some((each) => each.id === person.id)) return;
    this.people.set({ ...page, items: page.items.map((each) => (each.id === person.id ? person : each)) });
  }

  private refreshStats(): void {
    this.statsTick.update((tick) => tick + 1);
  }

  private onScanned(text: string): void {
    const now = Date.now();
    if (text === this.lastScan.text && now - this.lastScan.at < RESCAN_PAUSE_MS) return;
    if (this.busy()) return;
    this.lastScan = { text, at: now };
    const registrationId = readCheckinCode(text);
    if (registrationId) this.checkIn(registrationId);
    else this.outcome.set({ kind: 'foreign' });
  }

  private async startCamera(): Promise<void> {
    const video = this.video()?.nativeElement;
    if (!video || this.scanner) return;
    this.cameraProblem.set(null);
    this.cameraState.set('starting');
    const scanner = new CameraScanner(video, (text) => this.onScanned(text));
    this.scanner = scanner;
    try {
      await scanner.start();
      if (this.scanner === scanner) this.cameraState.set('on');
    } catch (error) {
      if (this.scanner !== scanner) return;
      this.scanner = null;
      this.cameraState.set('off');
      this.cameraProblem.set(error instanceof CameraError ? error.problem : 'failed');
    }
  }

  private stopCamera(): void {
    this.scanner?.stop();
    this.scanner = null;
    this.cameraState.set('off');
  }
}

/** A 401 is handled by the auth interceptor (back to the login page); queuing it would only hide that. */
function isSessionGone(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 401;
}
