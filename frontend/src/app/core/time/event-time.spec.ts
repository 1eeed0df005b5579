import {
  addMinutesToLocal,
  describeEventTime,
  formatCalendarDate,
  formatClock,
  formatDateTime,
  formatNumericDate,
  formatShortDate,
  formatTimeRange,
  formatZoneName,
  toLocalInput,
} from './event-time';

/** ICU keeps "2026 г." together with a narrow no-break space; the tests compare words, not spacing. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// A Sofia round table. Whatever TZ the test machine runs in, it starts at 10:00 Sofia time.
const event = {
  startsAt: '2026-05-21T10:00:00+03:00',
  endsAt: '2026-05-21T13:00:00+03:00',
  timezone: 'Europe/Sofia',
};

describe('event time helpers', () => {
  it('writes the date and the time range in the event zone, in Bulgarian', () => {
    const text = describeEventTime(event.startsAt, event.endsAt, event.timezone, 'bg');
    expect(plain(text.date)).toBe('четвъртък, 21 май 2026 г.');
    expect(text.time).toBe('10:00 – 13:00 ч.');
    expect(text.zoneName).toBe('българско време');
    expect(text.zoneId).toBe('Europe/Sofia');
  });

  it('writes the date and the time range in the event zone, in English', () => {
    const text = describeEventTime(event.startsAt, event.endsAt, event.timezone, 'en');
    expect(text.date).toBe('Thursday, 21 May 2026');
    expect(text.time).toBe('10:00–13:00');
    expect(text.zoneName).toBe('Bulgarian time');
  });

  it('keeps the wall-clock time of the event zone even when the instant arrives in UTC', () => {
    expect(formatClock('2026-05-21T07:00:00Z', 'Europe/Sofia')).toBe('10:00');
    expect(formatClock('2026-05-21T06:30:00Z', 'Europe/Sofia')).toBe('9:30');
    expect(formatTimeRange('2026-05-21T07:00:00Z', '2026-05-21T10:00:00Z', 'Europe/Sofia', 'bg')).toBe(
      '10:00 – 13:00 ч.',
    );
  });

  it('shows another zone in that zone, not the browser’s', () => {
    const text = describeEventTime(
      '2026-05-21T10:00:00-04:00',
      '2026-05-21T11:30:00-04:00',
      'America/New_York',
      'en',
    );
    expect(text.time).toBe('10:00–11:30');
    expect(text.zoneName).toBe('local time, New York');
  });

  it('spells out both days of an event that runs past midnight in its zone', () => {
    const text = describeEventTime(
      '2026-05-21T10:00:00+03:00',
      '2026-05-22T13:00:00+03:00',
      'Europe/Sofia',
      'bg',
    );
    expect(plain(text.date)).toContain('21 май 2026 г.');
    expect(plain(text.date)).toContain('22 май 2026 г.');
    expect(text.date).toContain('13:00');
    expect(text.time).toBe('');
  });

  it('formats deadlines and short dates in the event zone', () => {
    // 23:30 UTC is already the next day in Sofia.
    expect(plain(formatDateTime('2026-05-19T23:30:00Z', 'Europe/Sofia', 'bg'))).toContain('20 май 2026 г.');
    expect(formatDateTime('2026-05-19T23:30:00Z', 'Europe/Sofia', 'bg')).toMatch(/ 2:30 ч\.$/);
    expect(formatDateTime('2026-05-19T15:00:00Z', 'Europe/Sofia', 'bg')).toMatch(/18:00 ч\.$/);
    expect(formatShortDate(event.startsAt, event.timezone, 'en')).toBe('Thu, 21 May 2026');
    expect(plain(formatShortDate(event.startsAt, event.timezone, 'bg'))).toBe('чт., 21 май 2026 г.');
  });

  it('names the zone as a reader says it, never by its IANA id', () => {
    expect(formatZoneName('Europe/Sofia', 'bg')).toBe('българско време');
    expect(formatZoneName('Europe/Sofia', 'en')).toBe('Bulgarian time');
    expect(formatZoneName('America/New_York', 'bg')).toBe('местно време, Ню Йорк');
    expect(formatZoneName('Europe/London', 'en')).toBe('local time, London');
    expect(formatZoneName('UTC', 'bg')).toBe('местно време, UTC');
  });

  it('fills datetime-local inputs with the event’s own wall-clock time', () => {
    expect(toLocalInput(event.startsAt)).toBe('2026-05-21T10:00');
    expect(toLocalInput(null)).toBe('');
  });

  it('adds minutes to a wall-clock value without any zone, across midnight and a DST change', () => {
    expect(addMinutesToLocal('2026-05-21T10:45', 30)).toBe('2026-05-21T11:15');
    expect(addMinutesToLocal('2026-05-21T23:45', 30)).toBe('2026-05-22T00:15');
    expect(addMinutesToLocal('2026-03-29T02:30', 60)).toBe('2026-03-29T03:30');
  });

  it('writes a due date as the calendar day it is, in any zone of the machine', () => {
    expect(plain(formatCalendarDate('2024-06-30', 'bg'))).toBe('30 юни 2024 г.');
    expect(formatCalendarDate('2024-01-01', 'en')).toBe('1 January 2024');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });

  it('dates a change by the day at the event’s place, in figures', () => {
    // 22:30 UTC on 13 June is already 14 June in Sofia.
    expect(formatNumericDate('2024-06-13T22:30:00.000Z', 'Europe/Sofia', 'bg')).toBe('14.06.2024');
    expect(formatNumericDate('2024-06-13T22:30:00.000Z', 'Europe/Sofia', 'en')).toBe('14/06/2024');
    expect(formatNumericDate('2024-06-13T22:30:00.000Z', 'America/New_York', 'bg')).toBe('13.06.2024');
  });
});
