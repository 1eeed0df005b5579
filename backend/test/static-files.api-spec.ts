import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { bootApp, type TestApp } from './support/test-app';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/*
 * A small built frontend, written here and precompressed by the build's own script: the server must pick the
 * copy Accept-Encoding asks for, say how long each file may be cached, and fall back to index.html for
 * client-side routes without ever reading outside the folder. Node's http client is used because it never
 * decompresses: the spec sees the bytes as they go over the wire.
 */
describe('the built frontend: precompressed, cached by name, SPA fallback, nothing outside its folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'rt-static-'));
  const dir = join(root, 'browser');
  const script = `console.log(${JSON.stringify('Кръгла маса '.repeat(400))});\n`;
  const index = `<!doctype html><html lang="bg"><head><title>Roundtable</title></head><body><rt-root></rt-root>${'<!-- x -->'.repeat(50)}<script src="main-Q4LPBZKU.js" type="module"></script></body></html>\n`;
  const styles = `body { margin: 0; font-family: Roboto, sans-serif; }\n`.repeat(40);
  let t: TestApp;
  let origin: { host: string; port: number };

  beforeAll(async () => {
    mkdirSync(join(dir, 'media'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), index);
    writeFileSync(join(dir, 'main-Q4LPBZKU.js'), script);
    writeFileSync(join(dir, 'styles-M5YIPXT5.css'), styles);
    writeFileSync(
      join(dir, 'favicon.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`,
    );
    writeFileSync(join(dir, 'robots.txt'), 'ok');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(root, 'secret.txt'), 'outside the served folder');
    execFileSync(process.execPath, [join(__dirname, '../../frontend/scripts/precompress.mjs'), dir]);
    t = await bootApp({ frontendDir: dir });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as AddressInfo;
    origin = { host: '127.0.0.1', port: address.port };
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
    return new Promise((done, fail) => {
      const request = httpRequest({ ...origin, path, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', fail);
      });
      request.on('error', fail);
      request.end();
    });
  }

  it('sends the brotli copy to a browser that accepts it, and the bytes decompress to the file', async () => {
    const answer = await get('/main-Q4LPBZKU.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/);
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('sends the gzip copy when brotli is not accepted', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8', 'deflate, gzip;q=0.5']) {
      const answer = await get('/styles-M5YIPXT5.css', { 'accept-encoding': accept });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['content-type']).toMatch(/^text\/css/);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(gunzipSync(answer.body).toString()).toBe(styles);
    }
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }] as Record<
      string,
      string
    >[]) {
      const answer = await get('/main-Q4LPBZKU.js', headers);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['vary']).toMatch(/Accept-Encoding/);
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(script));
      expect(answer.body.toString()).toBe(script);
    }
  });

  it('caches hashed names for a year and revalidates index.html and unhashed files', async () => {
    const hashed = await get('/main-Q4LPBZKU.js', { 'accept-encoding': 'br' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/styles-M5YIPXT5.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/favicon.svg', '/robots.txt', '/events/kragla-masa']) {
      expect((await get(path, { 'accept-encoding': 'br' })).headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a revalidation of an unchanged file with 304, per encoding', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(otherEncoding.status).toBe(200);
    expect(gunzipSync(otherEncoding.body).toString()).toBe(index);
  });

  it('serves index.html, compressed, for client-side routes; a file too small to compress goes plain', async () => {
    for (const path of ['/', '/events/kragla-masa', '/checkin/abc', '/register?token=x']) {
      const answer = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(answer.body).toString()).toBe(index);
    }
    const tiny = await get('/robots.txt', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['vary']).toBeUndefined();
    expect(tiny.body.toString()).toBe('ok');
    const head = await get('/main-Q4LPBZKU.js', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('never serves a file outside the folder, a dot-file or a compressed copy by its own name', async () => {
    for (const path of [
      '/..%2f..%2f..%2f..%2f..%2fetc/passwd',
      '/..%2f..%2fetc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/.env',
      '/main-Q4LPBZKU.js.br',
      '/%00/etc/passwd',
      '/%E0%A4%A',
    ]) {
      const answer = await get(path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.body.toString()).toBe(index);
    }
  });

  it('leaves /api to the API', async () => {
    const health = await get('/api/health', { 'accept-encoding': 'br' });
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    expect(health.headers['cache-control']).toBe('no-store');
    const missing = await get('/api/no-such-thing', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const post = await t.http.post('/events/kragla-masa').send({});
    expect(post.status).toBe(404);
  });
});
