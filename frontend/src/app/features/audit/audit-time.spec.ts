import { nextDay, startOfDay } from './audit-time';

describe('audit date filters in a time zone', () => {
  it('begins a Sofia day at its midnight, in winter and summer time', () => {
    expect(startOfDay('2026-12-02', 'Europe/Sofia')).toBe('2026-12-01T22:00:00.000Z');
    expect(startOfDay('2026-07-15', 'Europe/Sofia')).toBe('2026-07-14T21:00:00.000Z');
  });

  it('begins the day the clocks go forward at its own midnight (still winter time then)', () => {
    expect(startOfDay('2031-03-30', 'Europe/Sofia')).toBe('2031-03-29T22:00:00.000Z');
  });

  it('refuses what is not a date, and counts the next day across a month end', () => {
    expect(startOfDay('yesterday', 'Europe/Sofia')).toBeNull();
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
