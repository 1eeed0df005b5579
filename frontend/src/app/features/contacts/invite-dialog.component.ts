import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { FormFieldModule } from '../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  INVITATION_LIMITS,
  INVITATION_ROLES,
  type ContactInvitationInput,
  type ContactInvitationResult,
  type Event,
  type InvitationRole,
} from '@roundtable/contracts';
import { FieldErrorPipe } from '../../core/forms/field-error.pipe';
import { plainText, serverProblemMessage } from '../../core/forms/field-errors';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { problemMessage } from '../../core/http/problem';
import { I18n } from '../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { formatShortDate, formatZoneName } from '../../core/time/event-time';
import { OrganizerEventsApi } from '../organizer/organizer-events.api';
import { ContactsApi } from './contacts.api';
import '../events/events.i18n';
import './contacts.i18n';

export interface InviteDialogData {
  contactIds: string[];
}

/** Upcoming published events fit in one page of the API; the organiser picks one of them. */
const EVENTS_PAGE_SIZE = 100;

/** The invitation's role when the organiser does not choose: a directory is mostly for inviting guests. */
const DEFAULT_ROLE: InvitationRole = 'guest';

/**
 * "Покани за събитие": the selected contacts, one upcoming event and a role. Each invitation goes through
 * the same service as inviting one person (e-mail, calendar, seats held for guests). Closes with the result.
 */
@Component({
  selector: 'rt-contact-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    FormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'contactInviteDialog.heading' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'contactInviteDialog.intro' | t: { count: data.contactIds.length } }}</p>
        @if (error(); as message) {
          <div class="rt-form-error" role="alert">{{ message }}</div>
        }
        @if (events.isLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
        } @else if (events.error()) {
          <div class="rt-form-error" role="alert">{{ problemMessage(events.error()) }}</div>
        } @else if (upcoming().length === 0) {
          <p class="rt-form-error" role="status">{{ 'contactInviteDialog.noEvents' | t }}</p>
        }
        <mat-form-field class="rt-full">
          <mat-label>{{ 'contactInviteDialog.event' | t }}</mat-label>
          <mat-select formControlName="eventId" required>
            @for (event of upcoming(); track event.id) {
              <mat-option [value]="event.id">
                <span [attr.lang]="event.language">{{ event.title }}</span>, {{ dateOf(event) }}
              </mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.eventId | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'contactInviteDialog.role' | t }}</mat-label>
          <mat-select formControlName="role">
            @for (role of roles; track role) {
              <mat-option [value]="role">{{ role | label: 'invitationRole' }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.role | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'contactInviteDialog.respondBy' | t }}</mat-label>
          <input matInput type="datetime-local" formControlName="respondBy" />
          @if (zoneName(); as zone) {
            <mat-hint>{{ 'contactInviteDialog.respondByHint' | t: { zone } }}</mat-hint>
          }
          <mat-error>{{ form.controls.respondBy | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="rt-full">
          <mat-label>{{ 'contactInviteDialog.message' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="message"></textarea>
          <mat-hint>{{ 'contactInviteDialog.messageHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.message | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'contactInviteDialog.back' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
          {{ (busy() ? 'contactInviteDialog.sending' : 'contactInviteDialog.send') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin-top: 0;
    }
    .rt-full {
      width: 100%;
    }
  `,
})
export class InviteDialogComponent {
  private readonly api = inject(ContactsApi);
  private readonly organizerEvents = inject(OrganizerEventsApi);
  private readonly dialogRef =
    inject<MatDialogRef<InviteDialogComponent, ContactInvitationResult>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = INVITATION_ROLES;
  protected readonly form = new FormGroup({
    eventId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    role: new FormControl<InvitationRole>(DEFAULT_ROLE, { nonNullable: true }),
    respondBy: new FormControl('', { nonNullable: true }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(INVITATION_LIMITS.message)],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly events = rxResource({
    stream: () => this.organizerEvents.list('published', EVENTS_PAGE_SIZE, 1, 'upcoming'),
  });
  protected readonly upcoming = computed(() => (this.events.hasValue() ? this.events.value().items : []));
  private readonly eventId = toSignal(this.form.controls.eventId.valueChanges, { initialValue: '' });
  /** The deadline is a wall-clock time in the chosen event's zone, as on the invitations page. */
  protected readonly zoneName = computed(() => {
    const event = this.upcoming().find((candidate) => candidate.id === this.eventId());
    return event ? formatZoneName(event.timezone, this.i18n.language()) : null;
  });

  protected problemMessage(error: unknown): string {
    return problemMessage(this.i18n, error);
  }

  protected dateOf(event: Event): string {
    return formatShortDate(event.startsAt, event.timezone, this.i18n.language());
  }

  protected submit(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.busy()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('a11y.formInvalid'));
      this.focusFirstInvalid();
      return;
    }
    const { eventId, role, respondBy, message } = this.form.getRawValue();
    const request: ContactInvitationInput = {
      eventId,
      contactIds: this.data.contactIds,
      role,
      ...(message.trim() ? { message: message.trim() } : {}),
      // Never converted here: the API reads a time without an offset in the event's zone.
      ...(respondBy ? { respondBy } : {}),
    };
    this.busy.set(true);
    this.api.invite(request).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.dialogRef.close(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(serverProblemMessage(this.i18n, this.form, error));
        this.focusFirstInvalid();
      },
    });
  }

  private focusFirstInvalid(): void {
    focusFirstInvalid(() => this.host.nativeElement, this.injector);
  }
}
