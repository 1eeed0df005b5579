import { checkFormToken, FORM_GUARD, issueFormToken } from './form-token';

const key = Buffer.alloc(32, 7);
const EVENT = '0b9c6f1e-7a51-4d7e-9a43-3f1f6c2f0a11';
const T0 = Date.UTC(2031, 4, 1, 9, 0, 0);

describe('form tokens', () => {
  const token = issueFormToken(key, EVENT, T0);

  it('accepts a token between the minimum fill time and its maximum age', () => {
    expect(checkFormToken(key, EVENT, token, T0 + FORM_GUARD.minFillMs)).toBe('ok');
    expect(checkFormToken(key, EVENT, token, T0 + FORM_GUARD.maxAgeMs)).toBe('ok');
  });

  it('refuses a form sent too fast, or too late', () => {
    expect(checkFormToken(key, EVENT, token, T0 + FORM_GUARD.minFillMs - 1)).toBe('tooFast');
    expect(checkFormToken(key, EVENT, token, T0 + FORM_GUARD.maxAgeMs + 1)).toBe('expired');
  });

  it('refuses a missing token, another key, another event, or a time moved back', () => {
    const later = T0 + 60_000;
    expect(checkFormToken(key, EVENT, undefined, later)).toBe('missing');
    expect(checkFormToken(key, EVENT, 42, later)).toBe('missing');
    expect(checkFormToken(Buffer.alloc(32, 8), EVENT, token, later)).toBe('forged');
    expect(checkFormToken(key, 'another-event', token, later)).toBe('forged');
    const [, nonce, signature] = token.split('.');
    expect(checkFormToken(key, EVENT, `${T0 - 10_000}.${nonce}.${signature}`, later)).toBe('forged');
    expect(checkFormToken(key, EVENT, `${token}.extra`, later)).toBe('forged');
    expect(checkFormToken(key, EVENT, 'not a token', later)).toBe('forged');
  });
});
