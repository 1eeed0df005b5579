import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import {
  EVENT_LIMITS,
  SECTORS,
  type Event,
  type EventInput,
  type Language,
  type RegistrationMode,
  type Sector,
} from '@roundtable/contracts';
import {
  httpUrl,
  integer,
  laterThan,
  notLaterThan,
  plainText,
  requiredText,
  singleLine,
} from '../../../core/forms/field-errors';
import { toLocalInput } from '../../../core/time/event-time';

export const DEFAULT_TIMEZONE = 'Europe/Sofia';

type QuotaControls = Record<Sector, FormControl<number | null>>;

export type EventForm = ReturnType<typeof createEventForm>;
export type EventFormValue = ReturnType<EventForm['getRawValue']>;

const text = (value = '', ...validators: ((control: AbstractControl) => ValidationErrors | null)[]) =>
  new FormControl(value, { nonNullable: true, validators });

export function createEventForm() {
  const quotas = Object.fromEntries(
    SECTORS.map((sector) => [
      sector,
      new FormControl<number | null>(null, [
        integer,
        Validators.min(0),
        Validators.max(EVENT_LIMITS.maxSeats),
        withinCapacity,
      ]),
    ]),
  ) as QuotaControls;

  const form = new FormGroup({
    title: text('', requiredText, singleLine, Validators.maxLength(EVENT_LIMITS.title)),
    description: text('', plainText, Validators.maxLength(EVENT_LIMITS.description)),
    language: new FormControl<Language>('bg', { nonNullable: true }),
    startsAt: text('', Validators.required),
    endsAt: text('', Validators.required, laterThan('startsAt', 'endsAfterStart')),
    timezone: text(DEFAULT_TIMEZONE, Validators.required),
    venue: new FormGroup({
      name: text('', requiredText, singleLine, Validators.maxLength(EVENT_LIMITS.venueName)),
      address: text('', requiredText, singleLine, Validators.maxLength(EVENT_LIMITS.venueAddress)),
      city: text('', requiredText, singleLine, Validators.maxLength(EVENT_LIMITS.venueCity)),
    }),
    onlineUrl: text('', httpUrl, Validators.maxLength(EVENT_LIMITS.onlineUrl)),
    capacity: new FormControl<number | null>(null, [
      Validators.required,
      integer,
      Validators.min(1),
      Validators.max(EVENT_LIMITS.maxSeats),
    ]),
    registrationMode: new FormControl<RegistrationMode>('open', { nonNullable: true }),
    registrationOpensAt: text(''),
    registrationClosesAt: text(
      '',
      laterThan('registrationOpensAt', 'closesAfterOpens'),
      notLaterThan('endsAt', 'closesBeforeEventEnds'),
    ),
    sectorQuotas: new FormGroup(quotas),
    partners: text('', partnersList),
    themeIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  // Rules between fields run on the later field; re-run them when the field they compare with changes.
  const { controls } = form;
  controls.startsAt.valueChanges.subscribe(() => controls.endsAt.updateValueAndValidity());
  controls.endsAt.valueChanges.subscribe(() => controls.registrationClosesAt.updateValueAndValidity());
  controls.registrationOpensAt.valueChanges.subscribe(() =>
    controls.registrationClosesAt.updateValueAndValidity(),
  );
  controls.capacity.valueChanges.subscribe(() =>
    SECTORS.forEach((sector) => quotas[sector].updateValueAndValidity()),
  );
  return form;
}

/** Loads an event into the form. Times keep the event's wall clock: the API already answers in its zone. */
export function fillEventForm(form: EventForm, event: Event): void {
  form.reset({
    title: event.title,
    description: event.description,
    language: event.language,
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    timezone: event.timezone,
    venue: { ...event.venue },
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity,
    registrationMode: event.registrationMode,
    registrationOpensAt: toLocalInput(event.registrationOpensAt),
    registrationClosesAt: toLocalInput(event.registrationClosesAt),
    sectorQuotas: Object.fromEntries(SECTORS.map((sector) => [sector, event.sectorQuotas[sector] ?? null])),
    partners: event.partners.join('\n'),
    themeIds: (event.themes ?? []).map((theme) => theme.id),
  });
}

/**
 * The request body. Times go as the datetime-local values, without an offset: the API reads them as wall
 * clock in `timezone`, so the browser's own zone never enters the calculation.
 */
export function toEventInput(value: EventFormValue): EventInput {
  const quotas: Partial<Record<Sector, number>> = {};
  for (const sector of SECTORS) {
    const seats = value.sectorQuotas[sector];
    if (seats !== null && seats !== undefined) quotas[sector] = seats;
  }
  return {
    title: value.title.trim(),
    description: value.description,
    startsAt: value.startsAt,
    endsAt: value.endsAt,
    timezone: value.timezone,
    language: value.language,
    venue: {
      name: value.venue.name.trim(),
      address: value.venue.address.trim(),
      city: value.venue.city.trim(),
    },
    onlineUrl: value.onlineUrl.trim() || null,
    capacity: value.capacity ?? 0,
    registrationMode: value.registrationMode,
    registrationOpensAt: value.registrationOpensAt || null,
    registrationClosesAt: value.registrationClosesAt || null,
    sectorQuotas: quotas,
    partners: partnerLines(value.partners),
    themeIds: value.themeIds ?? [],
  };
}

function partnerLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function partnersList(control: AbstractControl): ValidationErrors | null {
  const lines = partnerLines(typeof control.value === 'string' ? control.value : '');
  if (lines.length > EVENT_LIMITS.partners) return { maxLines: { max: EVENT_LIMITS.partners } };
  if (lines.some((line) => line.length > EVENT_LIMITS.partnerName)) {
    return { maxlength: { requiredLength: EVENT_LIMITS.partnerName } };
  }
  return null;
}

/** A sector quota cannot exceed the seats (the API's `quotaWithinCapacity`). */
function withinCapacity(control: AbstractControl): ValidationErrors | null {
  const capacity: unknown = control.parent?.parent?.get('capacity')?.value;
  const seats: unknown = control.value;
  if (typeof seats !== 'number' || typeof capacity !== 'number') return null;
  return seats > capacity ? { quotaWithinCapacity: true } : null;
}

export interface TimeZoneOption {
  id: string;
  label: string;
}

/**
 * The zones this browser knows, as an organiser looks for them: Sofia first, as „София (българско време)“,
 * then the others by city, never by IANA id. The event's own zone is always among them.
 */
export function timeZoneOptions(current: string, sofiaLabel: string, locale: string): TimeZoneOption[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [DEFAULT_TIMEZONE];
  const others = [...new Set([current, ...known])]
    .filter((id) => id !== DEFAULT_TIMEZONE)
    .map((id) => ({ id, label: id.split('/').pop()?.replace(/_/g, ' ') ?? id }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [{ id: DEFAULT_TIMEZONE, label: sofiaLabel }, ...others];
}
