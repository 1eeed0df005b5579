import { backoffDelay, classifyFailure, sendFailureReason } from './delivery-policy';

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

describe('sendFailureReason', () => {
  const smtpError = (code: string | undefined, message: string, responseCode?: number) =>
    Object.assign(new Error(message), { code, responseCode });

  it('tells a missing connection from a timeout, a refusal and anything else', () => {
    expect(sendFailureReason(smtpError('ECONNECTION', 'connect ECONNREFUSED 127.0.0.1:1'))).toBe(
      'connection',
    );
    expect(sendFailureReason(smtpError('ESOCKET', 'read ECONNRESET'))).toBe('connection');
    expect(sendFailureReason(smtpError('EDNS', 'getaddrinfo ENOTFOUND smtp.example'))).toBe('connection');
    expect(sendFailureReason(smtpError('ETIMEDOUT', 'Greeting never received'))).toBe('timeout');
    expect(sendFailureReason(smtpError('ESOCKET', 'Connection timeout'))).toBe('timeout');
    expect(sendFailureReason(smtpError('EENVELOPE', '550 5.1.1 No such user', 550))).toBe('rejected');
    expect(sendFailureReason(smtpError('EMESSAGE', '452 Try later', 452))).toBe('rejected');
    expect(sendFailureReason(smtpError('EAUTH', 'Invalid login: 535 Authentication failed', 535))).toBe(
      'rejected',
    );
    expect(sendFailureReason(new Error('template "x" is missing'))).toBe('other');
    expect(sendFailureReason(undefined)).toBe('other');
    expect(sendFailureReason('a string')).toBe('other');
  });
});
