#!/usr/bin/env node
/*
 * `npm run budgets`: page budgets of the production build, measured in Debian's Chromium over the DevTools
 * protocol. Builds (Nx's cache makes an unchanged build instant), starts the built app with demo data on its
 * own port and data folder, and loads three pages each in a fresh browser context (empty cache), as a first
 * visit does: the public event page and the registration form of the demo's upcoming round table, and its
 * check-in page as the demo staff member. For each it records the JavaScript transferred (bytes on the wire,
 * compressed as served), largest contentful paint and total blocking time, writes docs/page-budgets.md and
 * exits non-zero when a public page loads more compressed JavaScript than the budget.
 * Options: --no-build (measure what is in dist/), --no-write (print only). Env: BUDGETS_PORT (4610),
 * BUDGETS_DATA (/tmp/rt-budgets), CHROMIUM_PATH (/usr/bin/chromium).
 * Decision: docs/decisions/0026-page-budgets.md.
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** At most this much compressed JavaScript on the first load of a public page (issue 8). */
export const PUBLIC_JS_BUDGET_BYTES = 150 * 1024;
const STAFF = { email: 'staff@roundtable.localhost', password: 'kragla-masa-2026' };

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env['BUDGETS_PORT'] ?? 4610);
const data = process.env['BUDGETS_DATA'] ?? '/tmp/rt-budgets';
const origin = `http://127.0.0.1:${port}`;
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--output-style=static'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { NX_NO_CLOUD: 'true', ...process.env } },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

rmSync(data, { recursive: true, force: true });
mkdirSync(join(data, 'data'), { recursive: true });
const server = spawn(process.execPath, [join(root, 'dist/backend/main.js')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    TZ: 'America/New_York',
    ROUNDTABLE_DEMO: 'true',
    DATABASE_URL: `sqlite:${join(data, 'data/roundtable.sqlite')}`,
    STORAGE_DIR: join(data, 'data/files'),
    PUBLIC_URL: origin,
    RATE_LIMITS: 'off',
  },
});
const serverExit = new Promise((resolve) => server.on('exit', resolve));

let failed = false;
try {
  await waitForHealth();
  const session = await api('/api/auth/login', { method: 'POST', body: STAFF });
  const events = await api('/api/events', { token: session.accessToken });
  const event = events.items
    .filter((candidate) => new Date(candidate.endsAt) > new Date())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!event) throw new Error('the demo data has no upcoming event assigned to the staff member');

  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const pages = [
    { name: 'Public event page', path: `/events/${event.slug}`, public: true },
    { name: 'Registration form', path: `/events/${event.slug}/register`, public: true },
    { name: 'Check-in page (staff)', path: `/organizer/events/${event.id}/check-in`, public: false, session },
  ];
  const results = [];
  try {
    for (const page of pages) results.push({ ...page, ...(await measure(browser, page)) });
  } finally {
    await browser.close();
  }
  for (const result of results) {
    result.overBudget = result.public && result.jsBodyBytes > PUBLIC_JS_BUDGET_BYTES;
    failed ||= result.overBudget;
  }
  const report = markdown(results);
  console.log(report);
  if (!args.includes('--no-write')) {
    // Formatted as the repository's own Markdown is, so `prettier --check .` passes on the written file.
    const file = join(root, 'docs/page-budgets.md');
    writeFileSync(file, await format(report, { ...(await resolveConfig(file)), filepath: file }));
  }
  if (failed)
    console.error(`A public page loads more than ${kb(PUBLIC_JS_BUDGET_BYTES)} of compressed JavaScript.`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.kill('SIGTERM');
  await serverExit;
}
process.exit(failed ? 1 : 0);

/** One cold load in a fresh context: bytes from the DevTools Network domain, LCP and long tasks from the page. */
async function measure(browser, { path, session }) {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'bg-BG',
    timezoneId: 'Europe/Sofia',
    viewport: { width: 1280, height: 800 },
  });
  try {
    if (session) {
      await context.addInitScript(
        (value) => localStorage.setItem('rt.session', value),
        JSON.stringify(session),
      );
    }
    await context.addInitScript(() => {
      const seen = { lcp: 0, longTasks: [] };
      window.__budgets = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map();
    cdp.on('Network.responseReceived', ({ requestId, type, response }) =>
      requests.set(requestId, {
        type,
        url: response.url,
        encoding: header(response.headers, 'content-encoding'),
      }),
    );
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) request.wire = encodedDataLength;
    });
    // Per chunk: the body's bytes as received (compressed) and after decoding; headers are in `wire` only.
    cdp.on('Network.dataReceived', ({ requestId, dataLength, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (!request) return;
      request.decoded = (request.decoded ?? 0) + dataLength;
      request.body = (request.body ?? 0) + encodedDataLength;
    });

    await page.goto(path, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const { lcp, longTasks } = window.__budgets;
      // Total blocking time as Lighthouse counts it: the part over 50 ms of each long task after the first
      // contentful paint (here until the page went quiet, as no user acts on it).
      const tbt = longTasks
        .filter(([start]) => start >= fcp)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
      return { fcp, lcp, tbt };
    });
    const scripts = [...requests.values()].filter((request) => request.type === 'Script');
    return {
      jsFiles: scripts.length,
      jsBodyBytes: scripts.reduce((sum, request) => sum + (request.body ?? 0), 0),
      jsWireBytes: scripts.reduce((sum, request) => sum + (request.wire ?? 0), 0),
      jsDecodedBytes: scripts.reduce((sum, request) => sum + (request.decoded ?? 0), 0),
      jsEncodings: [...new Set(scripts.map((request) => request.encoding ?? 'none'))].join(', '),
      allWireBytes: [...requests.values()].reduce((sum, request) => sum + (request.wire ?? 0), 0),
      largest: scripts
        .sort((a, b) => (b.body ?? 0) - (a.body ?? 0))
        .slice(0, 3)
        .map((request) => `${request.url.split('/').pop()} ${kb(request.body ?? 0)}`),
      ...timing,
    };
  } finally {
    await context.close();
  }
}

function markdown(results) {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']) ? ' (with uncommitted changes)' : '';
  const lines = [
    '# Page budgets',
    '',
    'Written by `npm run budgets` (e2e/budgets/page-budgets.mjs); do not edit by hand. The production build is',
    'served by the backend with demo data on localhost and loaded in headless Chromium with an empty cache, one',
    'fresh browser context per page. JavaScript is counted by the DevTools protocol as transferred: the bodies',
    'compressed as served (the budget), and with the HTTP headers of each response added (all security headers',
    'ride on every file); LCP and TBT are read from the page (TBT: the part over 50 ms of',
    `each long task after first contentful paint, no CPU throttling). Budget: at most ${kb(PUBLIC_JS_BUDGET_BYTES)} of`,
    'compressed JavaScript on the first load of a public page. Decision: docs/decisions/0026-page-budgets.md.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit}${dirty}`,
    `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromiumVersion()}`,
    '- Command: `npm run budgets`',
    '',
    '| Page | JS files | JS compressed | JS with headers | JS decoded | Encoding | All bytes | FCP | LCP | TBT | Budget |',
    '| ---- | -------: | ------------: | --------------: | ---------: | -------- | --------: | --: | --: | --: | ------ |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.jsFiles} | ${kb(r.jsBodyBytes)} | ${kb(r.jsWireBytes)} | ${kb(r.jsDecodedBytes)} | ${r.jsEncodings} | ${kb(r.allWireBytes)} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.public ? (r.overBudget ? '**over**' : 'within') : 'not budgeted'} |`,
    ),
    '',
    'Largest scripts on each page (compressed bytes):',
    '',
    ...results.map(
      (r) => `- ${r.name} (\`${r.path.replace(/\/events\/[^/]+/, '/events/…')}\`): ${r.largest.join(', ')}`,
    ),
    '',
  ];
  return lines.join('\n');
}

async function waitForHealth() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the backend exited with ${server.exitCode}`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the backend did not answer ${origin}/api/health within 60 s`);
}

async function api(path, { method = 'GET', body, token } = {}) {
  const response = await fetch(origin + path, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function git(gitArgs) {
  try {
    return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function chromiumVersion() {
  try {
    return execFileSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium';
  }
}

/** A response header by name, whatever its case (HTTP/1.1 keeps the server's). */
function header(headers, name) {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function ms(value) {
  return `${Math.round(value)} ms`;
}
