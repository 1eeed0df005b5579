import { withoutTokens } from './problem-details.filter';

describe('withoutTokens: what a refusal line may show of a path', () => {
  it.each([
    ['/api/registrations/by-token/abcDEF_123-x', '/api/registrations/by-token/***'],
    ['/api/registrations/by-token/abcDEF_123-x/qr.png', '/api/registrations/by-token/***/qr.png'],
    ['/api/invitations/by-token/abc/photo', '/api/invitations/by-token/***/photo'],
    ['/api/auth/password-reset/lCcTRreOvd-DBNuKT1oTzkt11f', '/api/auth/password-reset/***'],
    ['/api/auth/password-reset', '/api/auth/password-reset'],
    ['/api/events/5f0c/registrations', '/api/events/5f0c/registrations'],
  ])('%s → %s', (path, shown) => {
    expect(withoutTokens(path)).toBe(shown);
  });
});
