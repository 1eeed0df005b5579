import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import {
  INVITATION_LIMITS,
  type BulkInvitationRequest,
  type BulkInvitationResult,
  type Event,
  type Language,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { applyServerErrors, plainText, requiredText } from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage, problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { describeBulkErrors, type BulkErrorLine } from './bulk-errors';
import { dataRowCount, readCsvFile } from './csv-file';
import { InvitationsApi } from './invitations.api';
import './invitations.i18n';

/** What the help shows: a header and one row, in the reader's language (the API reads both headers). */
const EXAMPLES: Record<Language, { header: string[]; row: string[] }> = {
  bg: {
    header: ['Име', 'Имейл', 'Роля', 'Организация', 'Длъжност', 'Сектор', 'Език'],
    row: [
      'Мария Петрова',
      'm.petrova@example.bg',
      'panelist',
      'Община Раковски',
      'Заместник-кмет',
      'municipal',
      'bg',
    ],
  },
  en: {
    header: ['name', 'email', 'role', 'organization', 'position', 'sector', 'language'],
    row: [
      'Maria Petrova',
      'm.petrova@example.bg',
      'panelist',
      'Rakovski Municipality',
      'Deputy mayor',
      'municipal',
      'en',
    ],
  },
};

/**
 * "Покани няколко": rows pasted from a spreadsheet or read from a .csv file, sent as the CSV text itself so
 * that the API (which knows the columns) does the parsing. All or nothing: errors name the sheet's lines.
 */
@Component({
  selector: 'rt-bulk-invite',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rt-panel" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{{ 'invitations.bulkHeading' | t }}</h2>
      <div class="help" id="bulk-help">
        <p>{{ 'invitations.bulkIntro' | t }}</p>
        <p>{{ 'invitations.bulkColumns' | t }}</p>
        <p>{{ 'invitations.bulkValues' | t }}</p>
        <!-- Scrolls sideways on a phone: focusable and named, so the keyboard can scroll it too. -->
        <div class="rt-sheet-scroll" tabindex="0" role="region" aria-labelledby="bulk-example-caption">
          <table class="rt-sheet-table">
            <caption id="bulk-example-caption">
              {{
                'invitations.bulkExample' | t
              }}
            </caption>
            <thead>
              <tr>
                @for (cell of example().header; track $index) {
                  <th scope="col">{{ cell }}</th>
                }
              </tr>
            </thead>
            <tbody>
              <tr>
                @for (cell of example().row; track $index) {
                  <td>{{ cell }}</td>
                }
              </tr>
            </tbody>
          </table>
        </div>
      </div>

      @if (problems().length > 0) {
        <div class="rt-form-error" role="alert">
          {{ 'invitations.bulkErrors' | t }}
          <ul class="problems">
            @for (problem of problems(); track $index) {
              <li>
                {{ problem.text }}
                @if (problem.detail) {
                  <span class="detail" lang="en">{{ problem.detail }}</span>
                }
              </li>
            }
          </ul>
        </div>
      } @else if (error(); as message) {
        <div class="rt-form-error" role="alert">{{ message }}</div>
      }

      <form [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'invitations.bulkRows' | t }}</mat-label>
          <textarea
            matInput
            class="rows"
            rows="6"
            formControlName="csv"
            spellcheck="false"
            aria-describedby="bulk-help"
            required
          ></textarea>
          <mat-error>{{ form.controls.csv | fieldError }}</mat-error>
        </mat-form-field>

        <div class="file">
          <label for="bulk-file">{{ 'invitations.bulkFile' | t }}</label>
          <input
            #fileInput
            id="bulk-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            (change)="choose($event)"
          />
          @if (fileNote(); as note) {
            <p class="file-note" role="status">{{ note }}</p>
          }
        </div>

        <div class="rt-grid">
          <mat-form-field>
            <mat-label>{{ 'invitations.bulkRespondBy' | t }}</mat-label>
            <input matInput type="datetime-local" formControlName="respondBy" />
            <mat-error>{{ form.controls.respondBy | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'invitations.bulkMessage' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="message"></textarea>
          <mat-error>{{ form.controls.message | fieldError }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy() || disabled()" disabledInteractive>
          {{ (busy() ? 'invitations.sending' : 'invitations.bulkSubmit') | t }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .help {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      margin-bottom: 1rem;
      p {
        margin: 0 0 0.5rem;
        max-width: 52rem;
      }
    }
    textarea.rows {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      white-space: pre;
    }
    .problems li + li {
      margin-top: 0.25rem;
    }
    .detail {
      display: block;
      font: var(--mat-sys-body-small);
      opacity: 0.85;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0 0 1.5rem;
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
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BulkInviteComponent {
  private readonly api = inject(InvitationsApi);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<Event>();
  readonly disabled = input(false);
  readonly invited = output<BulkInvitationResult>();

  protected readonly example = computed(() => EXAMPLES[this.i18n.language()]);
  protected readonly form = new FormGroup({
    csv: new FormControl('', {
      nonNullable: true,
      validators: [requiredText, Validators.maxLength(INVITATION_LIMITS.bulkCsv)],
    }),
    respondBy: new FormControl('', { nonNullable: true }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(INVITATION_LIMITS.message)],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<BulkErrorLine[]>([]);
  protected readonly fileNote = signal<string | null>(null);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  /** The file's text goes into the field, where the organiser can see and correct it before sending. */
  protected async choose(change: globalThis.Event): Promise<void> {
    const input = change.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await readCsvFile(file);
      this.form.controls.csv.setValue(text);
      this.form.controls.csv.markAsDirty();
      this.fileNote.set(
        this.i18n.t('invitations.bulkFileLoaded', { file: file.name, rows: dataRowCount(text) }),
      );
    } catch {
      this.fileNote.set(this.i18n.t('invitations.bulkFileUnreadable', { file: file.name }));
    }
  }

  protected submit(formDirective: FormGroupDirective): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy() || this.disabled()) return;
    this.error.set(null);
    this.problems.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      this.focusFirstInvalid();
      return;
    }
    const { csv, respondBy, message } = this.form.getRawValue();
    const request: BulkInvitationRequest = {
      csv,
      ...(respondBy ? { respondBy } : {}),
      ...(message.trim() ? { message: message.trim() } : {}),
    };
    this.busy.set(true);
    this.api.inviteMany(this.event().id, request).subscribe({
      next: (result) => {
        this.busy.set(false);
        formDirective.resetForm();
        this.fileNote.set(null);
        const fileInput = this.fileInput()?.nativeElement;
        if (fileInput) fileInput.value = '';
        this.invited.emit(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        // The shared fields' errors belong next to them; everything about rows and columns goes in the list.
        const unmatched = applyServerErrors(
          this.form,
          fieldErrorsOf(error).filter((fieldError) => !/^(rows|csv)\b/.test(fieldError.field)),
        );
        const rowErrors = fieldErrorsOf(error).filter((fieldError) => /^(rows|csv)\b/.test(fieldError.field));
        this.problems.set(describeBulkErrors(this.i18n, [...rowErrors, ...unmatched]));
        if (problemOf(error)?.code !== 'VALIDATION_FAILED') this.error.set(problemMessage(this.i18n, error));
        else if (this.problems().length === 0) this.error.set(this.i18n.t('a11y.formInvalid'));
        // Row mistakes are listed in the alert; a marked shared field (the deadline) also takes the keyboard.
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    focusFirstInvalid(() => this.host.nativeElement, this.injector);
  }
}
