import {
  FormArray,
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import {
  AGENDA_LIMITS,
  type AgendaItem,
  type AgendaItemInput,
  type AgendaItemKind,
} from '@roundtable/contracts';
import { laterThan, plainText, requiredText, singleLine } from '../../../core/forms/field-errors';
import { addMinutesToLocal, toLocalInput } from '../../../core/time/event-time';

/** How long a new item lasts when the organiser has not said. */
const DEFAULT_ITEM_MINUTES = 30;

/** The event's wall-clock span, to check that every item lies within it (the API's `withinEvent`). */
export interface EventSpan {
  startsAt: string;
  endsAt: string;
}

export function createAgendaRow(item: Partial<AgendaItemInput>, span: () => EventSpan | null) {
  const row = new FormGroup({
    title: new FormControl(item.title ?? '', {
      nonNullable: true,
      validators: [requiredText, singleLine, Validators.maxLength(AGENDA_LIMITS.title)],
    }),
    description: new FormControl(item.description ?? '', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(AGENDA_LIMITS.description)],
    }),
    startsAt: new FormControl(item.startsAt ?? '', {
      nonNullable: true,
      validators: [Validators.required, notBefore(span)],
    }),
    endsAt: new FormControl(item.endsAt ?? '', {
      nonNullable: true,
      validators: [Validators.required, laterThan('startsAt', 'endsAfterStart'), notAfter(span)],
    }),
    kind: new FormControl<AgendaItemKind>(item.kind ?? 'talk', { nonNullable: true }),
    // Invitation ids of the panel members on this item, picked from the event's open panel invitations.
    speakerIds: new FormControl<string[]>(item.speakerIds ?? [], { nonNullable: true }),
  });
  row.controls.startsAt.valueChanges.subscribe(() => row.controls.endsAt.updateValueAndValidity());
  return row;
}

export type AgendaRow = ReturnType<typeof createAgendaRow>;
export type AgendaForm = FormArray<AgendaRow>;

export function rowsFromAgenda(agenda: AgendaItem[], span: () => EventSpan | null): AgendaRow[] {
  return agenda.map((item) =>
    createAgendaRow(
      {
        title: item.title,
        description: item.description ?? '',
        startsAt: toLocalInput(item.startsAt),
        endsAt: toLocalInput(item.endsAt),
        kind: item.kind,
        speakerIds: item.speakerIds,
      },
      span,
    ),
  );
}

/** A new item starts where the previous one ends (or with the event) and lasts half an hour. */
export function nextSlot(rows: AgendaRow[], span: EventSpan | null): { startsAt: string; endsAt: string } {
  const previousEnd = rows.at(-1)?.controls.endsAt.value;
  const startsAt = previousEnd || span?.startsAt || '';
  return { startsAt, endsAt: startsAt ? addMinutesToLocal(startsAt, DEFAULT_ITEM_MINUTES) : '' };
}

/** The PUT body: one entry per row, in row order; an empty description is left out rather than sent as "". */
export function toAgendaInput(form: AgendaForm): AgendaItemInput[] {
  return form.getRawValue().map((row) => ({
    title: row.title.trim(),
    ...(row.description.trim() ? { description: row.description } : {}),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    kind: row.kind,
    speakerIds: row.speakerIds,
  }));
}

function notBefore(span: () => EventSpan | null) {
  return (control: AbstractControl): ValidationErrors | null => {
    const event = span();
    const value: unknown = control.value;
    return event && typeof value === 'string' && value && value < event.startsAt
      ? { withinEvent: true }
      : null;
  };
}

function notAfter(span: () => EventSpan | null) {
  return (control: AbstractControl): ValidationErrors | null => {
    const event = span();
    const value: unknown = control.value;
    return event && typeof value === 'string' && value && value > event.endsAt ? { withinEvent: true } : null;
  };
}
