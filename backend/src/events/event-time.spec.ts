import { formatEventTime, isValidEventTime, parseEventTime } from './event-time';

describe('event times', () => {
  it('reads wall-clock time in the event zone, on both sides of daylight saving', () => {
    expect(parseEventTime('2026-05-21T10:00', 'Europe/Sofia').toISOString()).toBe('2026-05-21T07:00:00.000Z');
    expect(parseEventTime('2026-01-21T10:00', 'Europe/Sofia').toISOString()).toBe('2026-01-21T08:00:00.000Z');
    // 29 March 2026: clocks in Sofia go from 03:00 to 04:00.
    expect(parseEventTime('2026-03-29T10:00', 'Europe/Sofia').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('takes an explicit offset as the instant, ignoring the zone', () => {
    expect(parseEventTime('2026-05-21T10:00:00+01:00', 'Europe/Sofia').toISOString()).toBe(
      '2026-05-21T09:00:00.000Z',
    );
    expect(parseEventTime('2026-05-21T07:00:00Z', 'America/New_York').toISOString()).toBe(
      '2026-05-21T07:00:00.000Z',
    );
  });

  it('writes the instant with the event offset', () => {
    expect(formatEventTime(new Date('2026-05-21T07:00:00Z'), 'Europe/Sofia')).toBe(
      '2026-05-21T10:00:00+03:00',
    );
    expect(formatEventTime(new Date('2026-12-01T08:30:00Z'), 'Europe/Sofia')).toBe(
      '2026-12-01T10:30:00+02:00',
    );
  });

  it.each(['2026-05-21', '21.05.2026 10:00', '2026-13-01T10:00', '2026-05-21T25:00', 'soon', ''])(
    'rejects %p',
    (value) => expect(isValidEventTime(value)).toBe(false),
  );
});
