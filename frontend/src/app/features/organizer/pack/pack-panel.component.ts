import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Language, PackStatus } from '@roundtable/contracts';
import { repeat, takeWhile, type Subscription } from 'rxjs';
import { Downloads } from '../../../core/http/download';
import { isNotFound, problemMessage } from '../../../core/http/problem';
import { I18n, type TranslationKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatDateTime } from '../../../core/time/event-time';
import { PackApi } from './pack.api';
import './pack.i18n';

/** How long the panel waits after each answer before asking again how far the build has come. */
export const PACK_POLL_MS = 1000;

const isUnderWay = (pack: PackStatus) => pack.state === 'queued' || pack.state === 'building';

/** "840 KB", "12,5 MB": the size as the reader's language writes it. */
export function formatSize(bytes: number, language: Language): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(megabytes ? bytes / 1024 / 1024 : Math.max(1, bytes / 1024));
}

/**
 * The funder's reporting pack of one event (decision 0024): "Подготви пакета" starts a build on the server,
 * the bar and a polite live line follow it step by step (asking once a second, never two questions at once),
 * and a ready pack is downloaded with the session's token and can be prepared again.
 */
@Component({
  selector: 'rt-pack-panel',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel pack" aria-labelledby="pack-heading">
      <h2 id="pack-heading">{{ 'pack.heading' | t }}</h2>
      <p class="intro">{{ 'pack.intro' | t }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      } @else {
        @if (underWay()) {
          <mat-progress-bar
            mode="determinate"
            [value]="pack()!.progress"
            [attr.aria-label]="'pack.progressLabel' | t"
          />
        }
        <p class="state" role="status" aria-live="polite">{{ stateText() }}</p>
        @if (error(); as message) {
          <p class="rt-form-error" role="alert">{{ message }}</p>
        }
        <div class="actions">
          @if (pack()?.state === 'ready') {
            <button
              mat-flat-button
              type="button"
              [disabled]="downloads.busy() !== null"
              disabledInteractive
              (click)="download()"
            >
              {{ (downloads.busy() ? 'pack.downloading' : 'pack.download') | t }}
            </button>
          }
          @if (!underWay()) {
            @if (pack()) {
              <button
                mat-stroked-button
                type="button"
                [disabled]="starting()"
                disabledInteractive
                (click)="prepare()"
              >
                {{ (starting() ? 'pack.starting' : 'pack.prepareAgain') | t }}
              </button>
            } @else {
              <button
                mat-flat-button
                type="button"
                [disabled]="starting()"
                disabledInteractive
                (click)="prepare()"
              >
                {{ (starting() ? 'pack.starting' : 'pack.prepare') | t }}
              </button>
            }
          }
        </div>
      }
    </section>
  `,
  styles: `
    .intro {
      margin: 0 0 1rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      max-width: 60rem;
    }
    .state {
      margin: 0.5rem 0 1rem;
      overflow-wrap: anywhere;
      &:empty {
        display: none;
      }
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class PackPanelComponent {
  readonly eventId = input.required<string>();
  /** The event's time zone: the date a pack was built is told in it. */
  readonly timezone = input.required<string>();

  private readonly api = inject(PackApi);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);
  private polling: Subscription | null = null;

  protected readonly pack = signal<PackStatus | null>(null);
  protected readonly loading = signal(true);
  protected readonly starting = signal(false);
  protected readonly downloads = new Downloads<'zip'>();
  protected readonly error = signal<string | null>(null);
  protected readonly underWay = computed(() => {
    const pack = this.pack();
    return pack !== null && isUnderWay(pack);
  });
  protected readonly stateText = computed(() => {
    const pack = this.pack();
    const language = this.i18n.language();
    if (!pack) return '';
    switch (pack.state) {
      case 'queued':
        return this.i18n.t('pack.queued');
      case 'building':
        return this.i18n.t('pack.building', {
          step: pack.step ? this.i18n.t(`pack.step.${pack.step}` as TranslationKey) : '…',
          progress: pack.progress,
        });
      case 'ready':
        return this.i18n.t('pack.ready', {
          date: formatDateTime(pack.finishedAt ?? pack.createdAt, this.timezone(), language),
          size: formatSize(pack.size ?? 0, language),
        });
      case 'failed':
        return this.i18n.t('pack.failed');
    }
  });

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => this.load(eventId));
    });
  }

  protected prepare(): void {
    if (this.starting()) return;
    this.starting.set(true);
    this.error.set(null);
    this.api.request(this.eventId()).subscribe({
      next: (pack) => {
        this.starting.set(false);
        this.show(pack);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.error.set(problemMessage(this.i18n, error));
      },
    });
  }

  protected download(): void {
    this.error.set(null);
    this.downloads.fetch('zip', this.api.download(this.eventId()), (message) => this.error.set(message));
  }

  private load(eventId: string): void {
    this.polling?.unsubscribe();
    this.loading.set(true);
    this.pack.set(null);
    this.error.set(null);
    this.api.status(eventId).subscribe({
      next: (pack) => {
        this.loading.set(false);
        this.show(pack);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        // No pack yet is the ordinary start, not an error.
        if (!isNotFound(error)) this.error.set(problemMessage(this.i18n, error));
      },
    });
  }

  private show(pack: PackStatus): void {
    this.pack.set(pack);
    if (isUnderWay(pack)) this.follow(pack);
  }

  /** Asks again a second after each answer until the build is ready or has failed. */
  private follow(pack: PackStatus): void {
    this.polling?.unsubscribe();
    this.polling = this.api
      .status(pack.eventId)
      .pipe(
        repeat({ delay: PACK_POLL_MS }),
        takeWhile((current) => isUnderWay(current), true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (current) => this.pack.set(current),
        // The build goes on on the server; the next visit shows where it is.
        error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
      });
  }
}
