import { metricsTokenMatches } from './metrics-token';

describe('metricsTokenMatches', () => {
  const token = 'scrape-token-0123456789abcdef';

  it('takes the token as a bearer token, the scheme in any case', () => {
    expect(metricsTokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(metricsTokenMatches(`bearer ${token}`, token)).toBe(true);
  });

  it('refuses anything else: none, another scheme, a prefix, a longer one, extra words', () => {
    for (const header of [
      undefined,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token}0`,
      `Bearer ${token} extra`,
      'Bearer ',
    ]) {
      expect(metricsTokenMatches(header, token)).toBe(false);
    }
  });
});
