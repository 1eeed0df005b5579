import { bootApp, type TestApp } from './support/test-app';

describe('health, OpenAPI and security headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('reports the database engine in use', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('publishes the API as OpenAPI, UI and JSON', async () => {
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/events', '/api/events/{id}/agenda', '/api/users']),
    );
  });

  it('sends security headers', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers an unknown route with problem+json', async () => {
    const response = await t.http.get('/api/no-such-thing').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not Found' });
  });
});
