import { shiftWallClock } from './event-copy';

const ZONE = 'Europe/Sofia';

describe('shiftWallClock', () => {
  it('keeps the wall-clock time across a change of daylight saving time', () => {
    // 10:00 and 11:30 in Sofia in winter (+02:00), moved to a summer date (+03:00).
    const from = new Date('2027-01-14T08:00:00Z');
    const item = new Date('2027-01-14T09:30:00Z');
    const to = new Date('2027-06-10T07:00:00Z'); // 10:00 in summer
    expect(shiftWallClock(item, from, to, ZONE).toISOString()).toBe('2027-06-10T08:30:00.000Z');
  });

  it('moves a time on another day by the same number of days', () => {
    const from = new Date('2027-03-01T08:00:00Z'); // Monday 10:00
    const item = new Date('2027-03-02T12:00:00Z'); // Tuesday 14:00
    const to = new Date('2027-04-05T11:00:00Z'); // Monday 14:00 (summer)
    expect(shiftWallClock(item, from, to, ZONE).toISOString()).toBe('2027-04-06T15:00:00.000Z');
  });

  it('moves a time before the start too (a registration window)', () => {
    const from = new Date('2027-03-10T08:00:00Z');
    const opens = new Date('2027-02-24T08:00:00Z');
    const to = new Date('2027-05-12T07:00:00Z');
    expect(shiftWallClock(opens, from, to, ZONE).toISOString()).toBe('2027-04-28T07:00:00.000Z');
  });
});
