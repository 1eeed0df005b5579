import { formatDay, formatEventWhen } from './mail-format';

const start = new Date('2031-05-21T07:00:00Z');
const end = new Date('2031-05-21T10:00:00Z');

describe('formatEventWhen', () => {
  it('writes the time in the event zone, naming the zone, in Bulgarian', () => {
    const text = formatEventWhen(start, end, 'Europe/Sofia', 'bg');
    expect(text).toContain('21 май 2031');
    expect(text).toContain('10:00 – 13:00\u00a0ч.');
    expect(text).toContain('Europe/Sofia');
  });

  it('writes English with a 24-hour clock', () => {
    const text = formatEventWhen(start, end, 'Europe/Sofia', 'en');
    expect(text).toContain('21 May 2031');
    expect(text).toContain('10:00 – 13:00');
    expect(text).toMatch(/Eastern European Time/);
  });

  it('names both days of an event that crosses midnight', () => {
    const text = formatEventWhen(start, new Date('2031-05-22T10:00:00Z'), 'Europe/Sofia', 'en');
    expect(text).toMatch(/21 May 2031, 10:00 – .*22 May 2031, 13:00/);
  });
});

describe('formatDay', () => {
  it('uses the event zone for the date, not UTC', () => {
    // 22:30 UTC on the 14th is already the 15th in Sofia.
    expect(formatDay(new Date('2031-05-14T22:30:00Z'), 'Europe/Sofia', 'bg')).toBe('15 май 2031 г.');
  });
});
