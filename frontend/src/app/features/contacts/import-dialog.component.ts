import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CONTACT_IMPORT_COLUMNS, CONTACT_LIMITS, type ContactImport } from '@roundtable/contracts';
import { repeat, takeWhile } from 'rxjs';
import { focusAfterRender } from '../../core/a11y/focus-after-render';
import { fieldErrorMessage, SERVER_ERROR } from '../../core/forms/field-errors';
import { fieldErrorsOf, problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { readCsvFile } from '../organizer/invitations/csv-file';
import {
  checkCsvFile,
  describeImportError,
  IMPORT_POLL_MS,
  isFinished,
  maxMegabytes,
  progressPercent,
} from './contact-import';
import { ContactsApi } from './contacts.api';
import './contacts.i18n';

/** Columns without which a row is refused: the ones ContactInput requires. */
const REQUIRED_COLUMNS: readonly string[] = ['email', 'firstName', 'lastName'];

/** The API's header words for each column: its English name, and the first Bulgarian word it accepts. */
const COLUMNS = Object.entries(CONTACT_IMPORT_COLUMNS).map(([field, words]) => ({
  en: field,
  bg: (words as readonly string[]).find((word) => /[а-я]/i.test(word)) ?? field,
  required: REQUIRED_COLUMNS.includes(field),
}));

/**
 * "Внеси CSV файл": the file is checked here (type, size), sent as it is, and then processed by the job
 * runner; the dialog asks about once a second how far it has come and ends with a summary and the lines that
 * were skipped. Closes with the last state of the import (or nothing when none was started).
 */
@Component({
  selector: 'rt-import-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'importDialog.heading' | t }}</h2>
    <mat-dialog-content>
      @if (error(); as message) {
        <div class="rt-form-error" role="alert">
          {{ message }}
          @if (fileProblems().length > 0) {
            <ul class="file-problems">
              @for (problem of fileProblems(); track $index) {
                <li>
                  {{ problem.text }}
                  @if (problem.detail) {
                    <span class="detail" lang="en">{{ problem.detail }}</span>
                  }
                </li>
              }
            </ul>
          }
        </div>
      }
      @if (!job()) {
        <div class="help" id="import-help">
          <p>{{ 'importDialog.intro' | t }}</p>
          <div
            class="columns-scroll rt-sheet-scroll"
            tabindex="0"
            role="region"
            aria-labelledby="import-columns-caption"
          >
            <table class="rt-sheet-table">
              <caption id="import-columns-caption">
                {{
                  'importDialog.columnsCaption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'importDialog.column' | t }}</th>
                  <th scope="col">{{ 'importDialog.columnEnglish' | t }}</th>
                  <th scope="col">{{ 'importDialog.required' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (column of columns; track column.en) {
                  <tr>
                    <td lang="bg">{{ column.bg }}</td>
                    <td lang="en">{{ column.en }}</td>
                    <td>
                      {{ (column.required ? 'importDialog.requiredYes' : 'importDialog.requiredNo') | t }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p>{{ 'importDialog.sectorValues' | t }}</p>
          <p>{{ 'importDialog.existing' | t }}</p>
          <p>{{ 'importDialog.consent' | t }}</p>
          <p>{{ 'importDialog.limits' | t: { rows: maxRows, size: maxSize } }}</p>
        </div>

        <div class="file">
          <label for="contact-import-file">{{ 'importDialog.file' | t }}</label>
          <input
            #fileInput
            id="contact-import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-help"
            [attr.aria-invalid]="error() ? 'true' : null"
            (change)="choose($event)"
          />
          @if (chosen(); as file) {
            <p class="file-note">{{ 'importDialog.fileChosen' | t: { file: file.name } }}</p>
          }
        </div>
      } @else {
        @let current = job()!;
        <mat-progress-bar
          mode="determinate"
          [value]="percent()"
          [attr.aria-label]="'importDialog.progressLabel' | t"
        />
        <p class="progress" role="status" aria-live="polite">{{ progressText() }}</p>
        @if (finished()) {
          <section class="summary" aria-labelledby="import-summary">
            <h3 id="import-summary" tabindex="-1" #summaryHeading>
              {{ (current.status === 'failed' ? 'importDialog.failed' : 'importDialog.done') | t }}
            </h3>
            <ul class="counts">
              <li>{{ 'importDialog.created' | t: { count: current.created } }}</li>
              <li>{{ 'importDialog.updated' | t: { count: current.updated } }}</li>
              <li>{{ 'importDialog.errors' | t: { count: current.errors.length } }}</li>
            </ul>
            @if (rowErrors().length > 0) {
              <h4 id="import-errors">{{ 'importDialog.errorsHeading' | t }}</h4>
              <ul class="row-errors" aria-labelledby="import-errors">
                @for (line of rowErrors(); track $index) {
                  <li>
                    {{ line.place }} – <span [attr.lang]="line.lang">{{ line.message }}</span>
                  </li>
                }
              </ul>
            }
          </section>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (!job()) {
        <button mat-button type="button" mat-dialog-close>{{ 'importDialog.back' | t }}</button>
        <button mat-flat-button type="button" [disabled]="busy()" disabledInteractive (click)="start()">
          {{ (busy() ? 'importDialog.starting' : 'importDialog.start') | t }}
        </button>
      } @else {
        <button mat-flat-button type="button" [mat-dialog-close]="job()">
          {{ 'importDialog.close' | t }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .help {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      p {
        margin: 0 0 0.5rem;
      }
    }
    .columns-scroll {
      margin-bottom: 0.75rem;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: 1rem;
      label {
        font: var(--mat-sys-body-large);
      }
      input {
        max-width: 100%;
      }
    }
    .file-note {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .file-problems {
      margin: 0.5rem 0 0;
      padding-left: 1.25rem;
    }
    .detail {
      display: block;
      font: var(--mat-sys-body-small);
      opacity: 0.85;
    }
    .progress {
      margin: 0.5rem 0 1rem;
    }
    .summary h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.5rem;
    }
    .summary h4 {
      font: var(--mat-sys-title-small);
      margin: 1rem 0 0.25rem;
    }
    .counts,
    .row-errors {
      margin: 0;
      padding-left: 1.25rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class ImportDialogComponent {
  private readonly api = inject(ContactsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = COLUMNS;
  protected readonly maxRows = CONTACT_LIMITS.importRows;
  protected readonly maxSize = maxMegabytes();
  protected readonly chosen = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** What made the API refuse the whole file (a column it does not know, no rows...). */
  protected readonly fileProblems = signal<{ text: string; detail: string }[]>([]);
  protected readonly job = signal<ContactImport | null>(null);
  protected readonly finished = computed(() => {
    const job = this.job();
    return job !== null && isFinished(job);
  });
  protected readonly percent = computed(() => {
    const job = this.job();
    if (!job) return 0;
    return job.status === 'done' ? 100 : progressPercent(job);
  });
  protected readonly progressText = computed(() => {
    const job = this.job();
    if (!job) return '';
    if (job.status === 'queued') return this.i18n.t('importDialog.queued');
    return this.i18n.t('importDialog.progress', { processed: job.processed, total: job.total });
  });
  protected readonly rowErrors = computed(() =>
    [...(this.job()?.errors ?? [])]
      .sort((a, b) => a.line - b.line)
      .map((error) => describeImportError(this.i18n, error)),
  );
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly summaryHeading = viewChild<ElementRef<HTMLElement>>('summaryHeading');

  protected choose(change: globalThis.Event): void {
    const file = (change.target as HTMLInputElement).files?.[0] ?? null;
    this.chosen.set(null);
    this.error.set(null);
    this.fileProblems.set([]);
    if (!file) return;
    const problem = checkCsvFile(file);
    if (problem) {
      this.error.set(this.fileMessage(problem, file.name));
      return;
    }
    this.chosen.set(file);
  }

  protected async start(): Promise<void> {
    if (this.busy()) return;
    const file = this.chosen();
    if (!file) {
      this.error.set(this.i18n.t('importDialog.fileMissing'));
      this.focusFileInput();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.fileProblems.set([]);
    let text: string;
    try {
      // Excel on a Bulgarian Windows still saves windows-1251; the API reads UTF-8, so the text is re-encoded.
      text = await readCsvFile(file);
    } catch {
      this.busy.set(false);
      this.error.set(this.i18n.t('importDialog.fileUnreadable', { file: file.name }));
      this.focusFileInput();
      return;
    }
    // A windows-1251 file grows when re-encoded: what is sent must still be within the limit.
    if (new TextEncoder().encode(text).length > CONTACT_LIMITS.importBytes) {
      this.busy.set(false);
      this.error.set(this.fileMessage('tooLarge', file.name));
      this.focusFileInput();
      return;
    }
    this.api.startImport(text).subscribe({
      next: (job) => {
        this.busy.set(false);
        this.job.set(job);
        this.follow(job);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problems = fieldErrorsOf(error);
        this.error.set(
          problems.length > 0 ? this.i18n.t('importDialog.fileRefused') : problemMessage(this.i18n, error),
        );
        this.fileProblems.set(
          problems.map((problem) => ({
            text: fieldErrorMessage(this.i18n, {
              [SERVER_ERROR]: { rule: problem.rule, message: problem.message },
            }),
            // The API's own words name the column or the place of a syntax error.
            detail: problem.message,
          })),
        );
        this.focusFileInput();
      },
    });
  }

  /** Asks again a second after each answer (never two questions in flight) until the import has finished. */
  private follow(job: ContactImport): void {
    if (isFinished(job)) {
      this.announceEnd();
      return;
    }
    this.api
      .importStatus(job.id)
      .pipe(
        repeat({ delay: IMPORT_POLL_MS }),
        takeWhile((current) => !isFinished(current), true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (current) => {
          this.job.set(current);
          if (isFinished(current)) this.announceEnd();
        },
        // The import goes on on the server; the list shows its result once the dialog is closed.
        error: (error: unknown) => this.error.set(problemMessage(this.i18n, error)),
      });
  }

  /** The summary takes the keyboard, so a screen reader reads the outcome and the list below it next. */
  private announceEnd(): void {
    focusAfterRender(() => this.summaryHeading()?.nativeElement, this.injector);
  }

  private focusFileInput(): void {
    focusAfterRender(() => this.fileInput()?.nativeElement, this.injector);
  }

  private fileMessage(problem: 'tooLarge' | 'wrongType', file: string): string {
    return problem === 'tooLarge'
      ? this.i18n.t('importDialog.fileTooLarge', { file, size: this.maxSize })
      : this.i18n.t('importDialog.fileWrongType', { file });
  }
}
