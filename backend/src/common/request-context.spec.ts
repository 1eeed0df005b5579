import { REQUEST_ID_MAX_LENGTH, routePattern, sanitizeRequestId } from './request-context';

describe('sanitizeRequestId', () => {
  it('keeps an id of safe characters within the length', () => {
    for (const id of [
      '4f1c9a2e-0b7d-4e7a-9a53-2f6c1d0e8b11',
      'Root=1-67891233-abcdef012345678912345678',
      'a.b_c:d-e',
    ]) {
      expect(sanitizeRequestId(id)).toBe(id);
    }
    expect(sanitizeRequestId('x'.repeat(REQUEST_ID_MAX_LENGTH))).toHaveLength(REQUEST_ID_MAX_LENGTH);
  });

  it('refuses what could forge a log line or a header, or is too long, or is not one value', () => {
    for (const id of [
      '',
      '   ',
      'two words',
      'line\nbreak',
      'tab\t',
      ' padded ',
      '"quoted"',
      '<script>',
      'x'.repeat(65),
      'ид',
    ]) {
      expect(sanitizeRequestId(id)).toBeNull();
    }
    expect(sanitizeRequestId(undefined)).toBeNull();
    expect(sanitizeRequestId(['a', 'b'])).toBeNull();
  });
});

describe('routePattern', () => {
  it('is the matched pattern with its mount point, never the path sent', () => {
    expect(routePattern({ baseUrl: '', route: { path: '/api/registrations/by-token/:token' } })).toBe(
      '/api/registrations/by-token/:token',
    );
    expect(routePattern({ baseUrl: '/api', route: { path: '/health' } })).toBe('/api/health');
    expect(routePattern({ baseUrl: '', route: undefined })).toBeNull();
  });
});
