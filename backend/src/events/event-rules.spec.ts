import {
  checkAgenda,
  checkEventTimes,
  checkSectorQuotas,
  isCalendarChange,
  type CalendarFacts,
} from './event-rules';

const at = (iso: string) => new Date(iso);

function aPublishedEvent(overrides: Partial<CalendarFacts> = {}): CalendarFacts {
  return {
    status: 'published',
    startsAt: at('2026-05-21T07:00:00Z'),
    endsAt: at('2026-05-21T10:00:00Z'),
    timezone: 'Europe/Sofia',
    venue: { name: 'Зала', address: 'ул. „Гюешево“ 21', city: 'София' },
    onlineUrl: null,
    ...overrides,
  };
}

describe('checkEventTimes', () => {
  const base = { startsAt: at('2026-05-21T07:00:00Z'), endsAt: at('2026-05-21T10:00:00Z') };

  it('accepts a well-ordered event', () => {
    expect(
      checkEventTimes({
        ...base,
        registrationOpensAt: at('2026-04-01T00:00:00Z'),
        registrationClosesAt: at('2026-05-20T00:00:00Z'),
      }),
    ).toEqual([]);
  });

  it('names endsAt when the event ends before it starts', () => {
    const errors = checkEventTimes({
      ...base,
      endsAt: base.startsAt,
      registrationOpensAt: null,
      registrationClosesAt: null,
    });
    expect(errors).toEqual([expect.objectContaining({ field: 'endsAt', rule: 'endsAfterStart' })]);
  });

  it('names registrationClosesAt when registration closes before it opens or after the event', () => {
    const reversed = checkEventTimes({
      ...base,
      registrationOpensAt: at('2026-05-10T00:00:00Z'),
      registrationClosesAt: at('2026-05-01T00:00:00Z'),
    });
    expect(reversed.map((e) => e.rule)).toEqual(['closesAfterOpens']);
    const late = checkEventTimes({
      ...base,
      registrationOpensAt: null,
      registrationClosesAt: at('2026-05-22T00:00:00Z'),
    });
    expect(late.map((e) => e.rule)).toEqual(['closesBeforeEventEnds']);
  });
});

describe('checkSectorQuotas', () => {
  it('flags each quota larger than the capacity', () => {
    expect(checkSectorQuotas({ health: 10, ngo: 61 }, 60)).toEqual([
      expect.objectContaining({ field: 'sectorQuotas.ngo', rule: 'quotaWithinCapacity' }),
    ]);
  });
});

describe('checkAgenda', () => {
  const event = { startsAt: at('2026-05-21T07:00:00Z'), endsAt: at('2026-05-21T10:00:00Z') };

  it('accepts items inside the event and points at the index of a bad one', () => {
    const good = { startsAt: at('2026-05-21T07:00:00Z'), endsAt: at('2026-05-21T07:30:00Z') };
    const outside = { startsAt: at('2026-05-21T09:30:00Z'), endsAt: at('2026-05-21T10:30:00Z') };
    const reversed = { startsAt: at('2026-05-21T08:00:00Z'), endsAt: at('2026-05-21T07:45:00Z') };
    expect(checkAgenda([good], event)).toEqual([]);
    expect(checkAgenda([good, outside, reversed], event).map((e) => e.field)).toEqual([
      '1.startsAt',
      '2.endsAt',
    ]);
  });
});

describe('isCalendarChange', () => {
  it('is true for time, zone, venue, online link and status changes of a published event', () => {
    const before = aPublishedEvent();
    expect(isCalendarChange(before, aPublishedEvent({ startsAt: at('2026-05-21T08:00:00Z') }))).toBe(true);
    expect(isCalendarChange(before, aPublishedEvent({ endsAt: at('2026-05-21T11:00:00Z') }))).toBe(true);
    expect(isCalendarChange(before, aPublishedEvent({ timezone: 'Europe/London' }))).toBe(true);
    expect(isCalendarChange(before, aPublishedEvent({ venue: { ...before.venue, city: 'Пловдив' } }))).toBe(
      true,
    );
    expect(isCalendarChange(before, aPublishedEvent({ onlineUrl: 'https://meet.example/x' }))).toBe(true);
    expect(isCalendarChange(before, aPublishedEvent({ status: 'cancelled' }))).toBe(true);
  });

  it('is false when nothing a calendar shows has changed, and for drafts', () => {
    expect(isCalendarChange(aPublishedEvent(), aPublishedEvent())).toBe(false);
    expect(
      isCalendarChange(
        aPublishedEvent({ status: 'draft' }),
        aPublishedEvent({ startsAt: at('2027-01-01T00:00:00Z') }),
      ),
    ).toBe(false);
  });
});
