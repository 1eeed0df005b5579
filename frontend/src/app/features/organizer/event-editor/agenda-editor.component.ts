import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormFieldModule } from '../../../core/forms/form-field.module';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AGENDA_ITEM_KINDS, type Event, type FieldError, type Invitation } from '@roundtable/contracts';
import { FieldErrorPipe } from '../../../core/forms/field-error.pipe';
import { applyServerErrors, fieldErrorMessage } from '../../../core/forms/field-errors';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { fieldErrorsOf, problemMessage, problemOf } from '../../../core/http/problem';
import { I18n } from '../../../core/i18n/i18n.service';
import { LabelPipe, TranslatePipe } from '../../../core/i18n/translate.pipe';
import { toLocalInput } from '../../../core/time/event-time';
import { IconComponent } from '../../../shared/ui/icon.component';
import { isSpeakerCandidate } from '../invitations/invitation-rules';
import { InvitationsApi } from '../invitations/invitations.api';
import { OrganizerEventsApi } from '../organizer-events.api';
import {
  createAgendaRow,
  nextSlot,
  rowsFromAgenda,
  toAgendaInput,
  type AgendaRow,
  type EventSpan,
} from './agenda-form';
import './event-editor.i18n';

export interface SpeakerOption {
  id: string;
  label: string;
}

/**
 * The agenda of a saved event: rows in order, reordered with buttons (keyboard and screen-reader friendly,
 * unlike drag and drop), saved all at once with PUT.
 */
@Component({
  selector: 'rt-agenda-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    FormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LabelPipe,
    FieldErrorPipe,
    IconComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-editor.component.html',
  styleUrl: './agenda-editor.component.scss',
})
export class AgendaEditorComponent {
  private readonly api = inject(OrganizerEventsApi);
  private readonly invitationsApi = inject(InvitationsApi);
  private readonly i18n = inject(I18n);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly event = input.required<Event>();
  readonly readonly = input(false);
  readonly saved = output<Event>();

  protected readonly kinds = AGENDA_ITEM_KINDS;
  protected readonly form = new FormArray<AgendaRow>([]);
  /** The rows as a signal: FormArray changes alone do not tell a zoneless view to render. */
  protected readonly rows = signal<AgendaRow[]>([]);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);

  private readonly span = computed<EventSpan>(() => ({
    startsAt: toLocalInput(this.event().startsAt),
    endsAt: toLocalInput(this.event().endsAt),
  }));
  private readonly spanNow = () => this.span();
  private readonly eventId = computed(() => this.event().id);

  /**
   * The event's invitations, for the speakers picker. A plain subscription rather than a resource: the picker
   * is an extra, and the agenda must stay usable (and the page stable) while the list is on its way.
   */
  protected readonly invitations = signal<Invitation[] | null>(null);
  protected readonly invitationsFailed = signal(false);
  private readonly invitationsById = computed(
    () => new Map((this.invitations() ?? []).map((invitation) => [invitation.id, invitation])),
  );
  protected readonly candidates = computed(() =>
    [...this.invitationsById().values()]
      .filter(isSpeakerCandidate)
      .map((invitation) => this.option(invitation)),
  );

  constructor() {
    effect((onCleanup) => {
      const id = this.eventId();
      untracked(() => {
        this.invitations.set(null);
        this.invitationsFailed.set(false);
      });
      const subscription = this.invitationsApi.list(id).subscribe({
        next: (page) => this.invitations.set(page.items),
        error: () => this.invitationsFailed.set(true),
      });
      onCleanup(() => subscription.unsubscribe());
    });
    // Rebuild only when another event is opened; saving the event's details must not drop agenda edits.
    effect(() => {
      this.eventId();
      untracked(() => this.load(this.event()));
    });
    effect(() => {
      const disabled = this.readonly();
      untracked(() => (disabled ? this.form.disable() : this.form.enable()));
    });
  }

  protected add(): void {
    const slot = nextSlot(this.form.controls, this.span());
    this.form.push(createAgendaRow({ ...slot, kind: 'talk' }, this.spanNow));
    // Adding, moving and removing rows are edits too, though no field was typed in.
    this.form.markAsDirty();
    this.sync();
    const index = this.form.length - 1;
    this.focusAfterRender(`agenda-${index}-title`);
  }

  protected move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    if (target < 0 || target >= this.form.length) return;
    const row = this.form.at(index);
    this.form.removeAt(index, { emitEvent: false });
    this.form.insert(target, row);
    this.form.markAsDirty();
    this.sync();
    this.announcer.announce(this.i18n.t('agenda.moved', { n: target + 1 }));
    // The moved row's button keeps focus, unless it just became disabled at the top or bottom.
    const direction = offset < 0 ? 'up' : 'down';
    const atEdge = target === 0 || target === this.form.length - 1;
    const other = direction === 'up' ? 'down' : 'up';
    this.focusAfterRender(`agenda-${target}-${atEdge ? other : direction}`);
  }

  protected remove(index: number): void {
    this.form.removeAt(index);
    this.form.markAsDirty();
    this.sync();
    this.announcer.announce(this.i18n.t('agenda.removed'));
    const next = Math.min(index, this.form.length - 1);
    this.focusAfterRender(next >= 0 ? `agenda-${next}-title` : 'agenda-add');
  }

  /** Rows typed, added, moved or removed since the agenda was last loaded or saved. */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected save(): void {
    // Busy buttons stay focusable (disabledInteractive), so a second press arrives here: ignore it.
    if (this.saving()) return;
    this.formError.set(null);
    this.unmatched.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.i18n.t('agenda.formInvalid'));
      focusFirstInvalid(() => this.host.nativeElement, this.injector);
      return;
    }
    this.saving.set(true);
    this.api.replaceAgenda(this.event().id, toAgendaInput(this.form)).subscribe({
      next: (event) => {
        this.saving.set(false);
        this.load(event);
        this.saved.emit(event);
        this.snackBar.open(this.i18n.t('agenda.saved'), this.i18n.t('app.close'), { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const unmatched = applyServerErrors(this.form, fieldErrorsOf(error));
        this.unmatched.set(unmatched);
        const validation = problemOf(error)?.code === 'VALIDATION_FAILED';
        this.formError.set(validation ? this.i18n.t('agenda.formInvalid') : problemMessage(this.i18n, error));
        if (validation) focusFirstInvalid(() => this.host.nativeElement, this.injector);
      },
    });
  }

  protected unmatchedMessage(error: FieldError): string {
    const message = fieldErrorMessage(this.i18n, { server: { rule: error.rule, message: error.message } });
    return this.i18n.t('errors.fieldPrefix', { field: error.field, message });
  }

  /**
   * The candidates, plus whoever is already on the item but no longer may be (declined, withdrawn): they stay
   * visible, named with their status, so the organiser sees why saving is refused and can take them off.
   */
  protected optionsFor(selected: readonly string[]): SpeakerOption[] {
    const candidates = this.candidates();
    const known = new Set(candidates.map((option) => option.id));
    const stale = selected
      .filter((id) => !known.has(id))
      .map((id) => {
        const invitation = this.invitationsById().get(id);
        return invitation ? this.option(invitation) : { id, label: this.i18n.t('agenda.unknownSpeaker') };
      });
    return [...candidates, ...stale];
  }

  /** What the closed picker shows: just the names, in the order chosen. */
  protected speakerNames(selected: readonly string[]): string {
    return selected
      .map((id) => this.invitationsById().get(id)?.name ?? this.i18n.t('agenda.unknownSpeaker'))
      .join(', ');
  }

  private option(invitation: Invitation): SpeakerOption {
    return {
      id: invitation.id,
      label: this.i18n.t('agenda.speakerOption', {
        name: invitation.name,
        role: this.i18n.label('invitationRole', invitation.role),
        status: this.i18n.label('invitationStatus', invitation.status),
      }),
    };
  }

  private load(event: Event): void {
    this.form.clear({ emitEvent: false });
    for (const row of rowsFromAgenda(event.agenda, this.spanNow)) this.form.push(row, { emitEvent: false });
    if (this.readonly()) this.form.disable({ emitEvent: false });
    this.form.markAsPristine();
    this.sync();
  }

  private sync(): void {
    this.rows.set([...this.form.controls]);
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
