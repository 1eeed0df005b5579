import { CHECKIN_CLOCK_SKEW_MS } from '@roundtable/contracts';
import { checkInTime, likePattern } from './checkin-rules';

describe('checkInTime', () => {
  const registeredAt = new Date('2031-05-20T08:00:00Z');
  const now = new Date('2031-05-21T07:30:00Z');

  it('is now when the phone sent no time', () => {
    expect(checkInTime(undefined, registeredAt, now)).toEqual({ at: now });
  });

  it('keeps the time a phone recorded offline', () => {
    const at = new Date('2031-05-21T07:05:00Z');
    expect(checkInTime(at, registeredAt, now)).toEqual({ at });
  });

  it('refuses a time in the future', () => {
    const at = new Date(now.getTime() + CHECKIN_CLOCK_SKEW_MS + 1);
    expect(checkInTime(at, registeredAt, now).error).toMatchObject({ field: 'at', rule: 'notInFuture' });
  });

  it('takes a phone clock a little ahead as now', () => {
    const at = new Date(now.getTime() + CHECKIN_CLOCK_SKEW_MS);
    expect(checkInTime(at, registeredAt, now)).toEqual({ at: now });
  });

  it('refuses a time before the registration existed', () => {
    const at = new Date(registeredAt.getTime() - 1);
    expect(checkInTime(at, registeredAt, now).error).toMatchObject({
      field: 'at',
      rule: 'notBeforeRegistration',
    });
  });

  it('accepts the very moment of the registration', () => {
    expect(checkInTime(registeredAt, registeredAt, now)).toEqual({ at: registeredAt });
  });
});

describe('likePattern', () => {
  it('lower-cases Cyrillic and escapes the wildcards of LIKE', () => {
    expect(likePattern(' ПЕТРОВА ')).toBe('%петрова%');
    expect(likePattern('50%_a!')).toBe('%50!%!_a!!%');
  });
});
