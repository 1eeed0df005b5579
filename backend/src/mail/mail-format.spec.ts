import { formatDeadline, formatEventWhen, formatShortDay } from './mail-format';

// 9:30 – 13:30 in Sofia (UTC+3 in May).
const start = new Date('2031-05-21T06:30:00Z');
const end = new Date('2031-05-21T10:30:00Z');
const NBSP = '\u00a0';

describe('formatEventWhen', () => {
  it('writes the house style in Bulgarian, with the time said as „българско време“', () => {
    expect(formatEventWhen(start, end, 'Europe/Sofia', 'bg')).toBe(
      `сряда, 21 май 2031 г., 9:30 – 13:30${NBSP}ч. (българско време)`,
    );
  });

  it('writes English with a 24-hour clock and no zone id', () => {
    const text = formatEventWhen(start, end, 'Europe/Sofia', 'en');
    expect(text).toMatch(/^Wednesday,? 21 May 2031, 9:30 – 13:30 \(Bulgarian time\)$/);
  });

  it('tells local time and the city for an event abroad, in the zone of the event', () => {
    // 06:30 UTC is 7:30 in London (BST).
    expect(formatEventWhen(start, end, 'Europe/London', 'bg')).toBe(
      `сряда, 21 май 2031 г., 7:30 – 11:30${NBSP}ч. (местно време, Лондон)`,
    );
    expect(formatEventWhen(start, end, 'Europe/London', 'en')).toMatch(
      /7:30 – 11:30 \(local time, London\)$/,
    );
    expect(formatEventWhen(start, end, 'America/New_York', 'en')).toMatch(/\(local time, New York\)$/);
  });

  it('never shows an IANA id, also for a zone without a Bulgarian city name', () => {
    const text = formatEventWhen(start, end, 'America/Argentina/Buenos_Aires', 'bg');
    expect(text).toMatch(/\(местно време, \S/);
    expect(text).not.toContain('/');
    expect(text).not.toContain('_');
  });

  it('names both days of an event that crosses midnight', () => {
    const text = formatEventWhen(start, new Date('2031-05-22T10:30:00Z'), 'Europe/Sofia', 'bg');
    expect(text).toBe(
      `сряда, 21 май 2031 г., 9:30${NBSP}ч. – четвъртък, 22 май 2031 г., 13:30${NBSP}ч. (българско време)`,
    );
  });
});

describe('formatDeadline', () => {
  it('writes „12 май 2031 г. в 18:00 ч.“ in the event zone', () => {
    expect(formatDeadline(new Date('2031-05-12T15:00:00Z'), 'Europe/Sofia', 'bg')).toBe(
      `12 май 2031 г. в 18:00${NBSP}ч.`,
    );
    expect(formatDeadline(new Date('2031-05-12T15:00:00Z'), 'Europe/Sofia', 'en')).toBe(
      '12 May 2031 at 18:00',
    );
  });

  it('uses the event zone for the date, not UTC', () => {
    // 22:30 UTC on the 14th is already the 15th in Sofia.
    expect(formatDeadline(new Date('2031-05-14T22:30:00Z'), 'Europe/Sofia', 'bg')).toBe(
      `15 май 2031 г. в 1:30${NBSP}ч.`,
    );
  });
});

describe('formatShortDay', () => {
  it('abbreviates the weekday with a full stop in Bulgarian', () => {
    // Some ICU versions put a narrow no-break space before „г.“ in this pattern.
    expect(formatShortDay(start, 'Europe/Sofia', 'bg').replace('\u202f', ' ')).toBe('ср., 21 май 2031 г.');
    expect(formatShortDay(start, 'Europe/Sofia', 'en')).toMatch(/^Wed,? 21 May 2031$/);
  });
});
