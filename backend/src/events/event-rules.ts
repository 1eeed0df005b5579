import type { FieldError, Sector } from '@roundtable/contracts';

export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

/** Rules between fields that a single-field validator cannot see. Empty when all hold. */
export function checkEventTimes(times: EventTimes): FieldError[] {
  const errors: FieldError[] = [];
  if (times.endsAt <= times.startsAt) {
    errors.push({ field: 'endsAt', rule: 'endsAfterStart', message: 'endsAt must be after startsAt' });
  }
  const { registrationOpensAt: opens, registrationClosesAt: closes } = times;
  if (opens && closes && closes <= opens) {
    errors.push({
      field: 'registrationClosesAt',
      rule: 'closesAfterOpens',
      message: 'registrationClosesAt must be after registrationOpensAt',
    });
  }
  if (closes && closes > times.endsAt) {
    errors.push({
      field: 'registrationClosesAt',
      rule: 'closesBeforeEventEnds',
      message: 'registration must close before the event ends',
    });
  }
  return errors;
}

export function checkSectorQuotas(quotas: Partial<Record<Sector, number>>, capacity: number): FieldError[] {
  return Object.entries(quotas)
    .filter(([, seats]) => (seats ?? 0) > capacity)
    .map(([sector]) => ({
      field: `sectorQuotas.${sector}`,
      rule: 'quotaWithinCapacity',
      message: `the ${sector} quota cannot exceed the capacity (${capacity})`,
    }));
}

export interface AgendaSlot {
  startsAt: Date;
  endsAt: Date;
}

/** Each agenda item ends after it starts and lies within the event. */
export function checkAgenda(items: AgendaSlot[], event: AgendaSlot): FieldError[] {
  return items.flatMap((item, index) => {
    const errors: FieldError[] = [];
    if (item.endsAt <= item.startsAt) {
      errors.push({
        field: `${index}.endsAt`,
        rule: 'endsAfterStart',
        message: 'endsAt must be after startsAt',
      });
    }
    if (item.startsAt < event.startsAt || item.endsAt > event.endsAt) {
      errors.push({
        field: `${index}.startsAt`,
        rule: 'withinEvent',
        message: 'the item must lie within the time of the event',
      });
    }
    return errors;
  });
}

export interface CalendarFacts {
  status: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  venue: { name: string; address: string; city: string };
  onlineUrl: string | null;
}

/**
 * Whether a change to a published event must reach the calendars holding it (iTIP: SEQUENCE rises when time,
 * place or status change). Title or description edits do not bump it; calendars pick them up with the next one.
 */
export function isCalendarChange(before: CalendarFacts, after: CalendarFacts): boolean {
  if (before.status !== 'published') return false;
  return (
    before.status !== after.status ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.timezone !== after.timezone ||
    before.venue.name !== after.venue.name ||
    before.venue.address !== after.venue.address ||
    before.venue.city !== after.venue.city ||
    before.onlineUrl !== after.onlineUrl
  );
}
