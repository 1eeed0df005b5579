import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { bootApp, type TestApp } from '../support/test-app';

/** The production build, as `npm test` makes it before any suite runs (`npx nx build frontend`). */
const BUILT = join(__dirname, '../../../dist/frontend/browser');

/** `content-security-policy` as directive name to its sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/*
 * Every answer, the app's own pages and files included, carries a strict content security policy and the
 * usual security headers; the built index.html has nothing the policy would have to allow inline.
 */
describe('security headers and a strict CSP on the app as served from the production build', () => {
  let https: TestApp;
  let plain: TestApp;
  let script: string;

  beforeAll(async () => {
    if (!existsSync(join(BUILT, 'index.html'))) {
      throw new Error(`${BUILT}/index.html is missing: build the frontend first (npx nx build frontend)`);
    }
    script = readdirSync(BUILT).find((name) => /^main-[A-Z0-9]+\.js$/.test(name)) ?? '';
    https = await bootApp({ frontendDir: BUILT, publicUrl: 'https://roundtable.example.bg' });
    plain = await bootApp({ frontendDir: BUILT, publicUrl: 'http://roundtable.intranet' });
  });
  afterAll(async () => {
    await https?.close();
    await plain?.close();
  });

  const paths = () => ['/', '/events/some-forum', `/${script}`, '/favicon.svg', '/api/health', '/api/events'];

  it('sends the policy on pages, files and API answers: scripts from the site only, no eval', async () => {
    for (const path of paths()) {
      const response = await https.http.get(path).expect(200);
      const policy = policyOf(response);
      expect({ path, script: policy.get('script-src') }).toEqual({ path, script: ["'self'"] });
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      // Angular Material sets styles inline (decision 0028); nothing else is allowed inline.
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      for (const sources of policy.values()) {
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources).not.toContain('*');
      }
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['strict-transport-security']).toMatch(/^max-age=(\d{8,})/);
      expect(policy.has('upgrade-insecure-requests')).toBe(true);
    }
  });

  it('pins nobody to HTTPS when PUBLIC_URL is plain http, and keeps the rest', async () => {
    for (const path of paths()) {
      const response = await plain.http.get(path).expect(200);
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(policyOf(response).has('upgrade-insecure-requests')).toBe(false);
      expect(policyOf(response).get('script-src')).toEqual(["'self'"]);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves an index.html with no inline script, no event handler attribute, no javascript: URL', async () => {
    const html = (await https.http.get('/').expect(200).expect('content-type', /html/)).text;
    expect(html).toContain('<rt-root');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="[\w.-]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    // Every script and stylesheet comes from the site itself.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g))
      expect(url).not.toMatch(/^(https?:)?\/\//);
    expect(readFileSync(join(BUILT, 'index.html'), 'utf8')).toBe(html);
  });
});
