import { backoffDelay, classifyFailure } from './delivery-policy';

const tuning = { backoffBaseMs: 1000, backoffCapMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt and stays between half and all of it', () => {
    expect(backoffDelay(1, tuning, () => 0)).toBe(500);
    expect(backoffDelay(1, tuning, () => 1)).toBe(1000);
    expect(backoffDelay(4, tuning, () => 0)).toBe(4000);
    expect(backoffDelay(4, tuning, () => 1)).toBe(8000);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(30, tuning, () => 1)).toBe(60_000);
  });

  it('spreads messages that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3, tuning)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('classifyFailure', () => {
  it('gives up on a recipient or message the server refuses for good', () => {
    expect(classifyFailure({ code: 'EENVELOPE', responseCode: 550 })).toBe('permanent');
    expect(classifyFailure({ code: 'EMESSAGE', responseCode: 554 })).toBe('permanent');
  });

  it('retries outages, timeouts, "try later" and fixable configuration', () => {
    expect(classifyFailure({ code: 'ECONNECTION' })).toBe('transient');
    expect(classifyFailure({ code: 'ETIMEDOUT' })).toBe('transient');
    expect(classifyFailure({ code: 'EENVELOPE', responseCode: 451 })).toBe('transient');
    expect(classifyFailure({ code: 'EAUTH', responseCode: 535 })).toBe('transient');
    expect(classifyFailure(new Error('socket hang up'))).toBe('transient');
  });
});
