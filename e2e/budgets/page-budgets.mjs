#!/usr/bin/env node
/*
 * `npm run budgets`: page budgets of the production build, measured in Debian's Chromium over the DevTools
 * protocol, and an axe audit of the public pages. Builds (Nx's cache makes an unchanged build instant), starts the
 * built app with demo data on its own port and data folder, and loads three pages each in a fresh browser context
 * (empty cache), as a first visit does: the public event page and the registration form of the demo's upcoming
 * round table, and its check-in page as the demo staff member. For each it records the JavaScript transferred
 * (bytes on the wire, compressed as served), largest contentful paint and total blocking time. Then axe-core audits
 * those three pages and the pages the organiser's accessibility journey does not visit: the login and lost-password
 * pages, the past round table's public summary, a registration's manage page, an invitation's page and five
 * organiser pages (WCAG 2.1 A/AA, as e2e/support/pages.ts `expectAccessible` does). Writes docs/page-budgets.md and exits non-zero when a public page
 * loads more compressed JavaScript than the budget or axe finds a serious or critical violation.
 * Options: --no-build (measure what is in dist/), --no-write (print only), --check (CI: no build, no Markdown,
 * a JSON report instead), --json=<file> (where the JSON report goes; test-results/budgets.json under --check).
 * Env: BUDGETS_PORT (4610), BUDGETS_DATA (/tmp/rt-budgets), CHROMIUM_PATH (/usr/bin/chromium).
 * Decision: docs/decisions/0026-page-budgets.md.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/** At most this much compressed JavaScript on the first load of a public page (issue 8). */
export const PUBLIC_JS_BUDGET_BYTES = 150 * 1024;
const STAFF = { email: 'staff@roundtable.localhost', password: 'kragla-masa-2026' };
const ORGANIZER = { email: 'organizer@roundtable.localhost', password: 'kragla-masa-2026' };
const ADMIN = { email: 'admin@roundtable.localhost', password: 'kragla-masa-2026' };
/** The rules `expectAccessible` (e2e/support/pages.ts) audits with; serious and critical violations fail. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env['BUDGETS_PORT'] ?? 4610);
const data = process.env['BUDGETS_DATA'] ?? '/tmp/rt-budgets';
const origin = `http://127.0.0.1:${port}`;
const args = process.argv.slice(2);
const check = args.includes('--check');
const jsonFile =
  args.find((arg) => arg.startsWith('--json='))?.slice('--json='.length) ??
  (check ? join(root, 'test-results/budgets.json') : null);

if (!check && !args.includes('--no-build')) {
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
  stdio: ['ignore', 'pipe', 'inherit'],
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
// The backend's last lines, shown if the run fails: its log is otherwise not printed.
const serverLines = [];
server.stdout.setEncoding('utf8');
server.stdout.on('data', (chunk) => {
  serverLines.push(...chunk.split('\n').filter(Boolean));
  serverLines.splice(0, Math.max(0, serverLines.length - 40));
});
let serverEnded = null;
const serverExit = new Promise((resolve) =>
  server.on('exit', (code, signal) => {
    serverEnded = signal ? `signal ${signal}` : `code ${code}`;
    resolve();
  }),
);

let failed = false;
try {
  await waitForHealth();
  const session = await api('/api/auth/login', { method: 'POST', body: STAFF });
  const organizer = await api('/api/auth/login', { method: 'POST', body: ORGANIZER });
  const admin = await api('/api/auth/login', { method: 'POST', body: ADMIN });
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
    {
      name: 'Registration form',
      path: `/events/${event.slug}/register`,
      public: true,
      // What the form defers to the view must be there, and audited, once the page is scrolled.
      shows: ['rt-municipality-field input', 'mat-checkbox'],
    },
    { name: 'Check-in page (staff)', path: `/organizer/events/${event.id}/check-in`, public: false, session },
    // Seeded by the themes migration; the demo's round tables carry it (decision 0033).
    { name: 'Public theme page', path: '/themes/early-childhood-development', public: true },
  ];
  const results = [];
  const audits = [];
  try {
    for (const page of pages) {
      const result = { ...page, ...(await measure(browser, page)) };
      result.overBudget = result.public && result.jsBodyBytes > PUBLIC_JS_BUDGET_BYTES;
      results.push(result);
      audits.push({ name: page.name, path: page.path, violations: result.violations });
    }
    for (const page of await auditedOnly(organizer.accessToken, event, admin)) {
      audits.push({ ...page, violations: await audit(browser, page) });
    }
  } finally {
    await browser.close();
  }
  failed = results.some((result) => result.overBudget) || audits.some((a) => a.violations.length > 0);
  const report = markdown(results, audits);
  console.log(report);
  if (!check && !args.includes('--no-write')) {
    // Formatted as the repository's own Markdown is, so `prettier --check .` passes on the written file.
    const file = join(root, 'docs/page-budgets.md');
    writeFileSync(file, await format(report, { ...(await resolveConfig(file)), filepath: file }));
  }
  if (jsonFile) writeJson(jsonFile, results, audits);
  for (const result of results.filter((r) => r.overBudget))
    console.error(`${result.name} loads more than ${kb(PUBLIC_JS_BUDGET_BYTES)} of compressed JavaScript.`);
  for (const { name, violations } of audits.filter((a) => a.violations.length > 0))
    console.error(`axe on ${name}:\n  ${violations.join('\n  ')}`);
} catch (error) {
  console.error(error);
  if (serverEnded) console.error(`The backend had ended (${serverEnded}) before the run did.`);
  console.error(`The backend's last lines:\n${serverLines.join('\n')}`);
  failed = true;
  // A run that could not measure still leaves a report, with the failure in it, for the test summary.
  if (jsonFile) writeJson(jsonFile, [], [], String(error));
} finally {
  server.kill('SIGTERM');
  await serverExit;
}
process.exit(failed ? 1 : 0);

/**
 * The JSON report of `--check` (and `npm run bench`'s pages entry): one check per budgeted page's JavaScript and
 * one per page's axe audit, each passed or failed, with the figures.
 */
function writeJson(file, results, audits, error) {
  const checks = [
    ...results
      .filter((r) => r.public)
      .map((r) => ({
        name: `budget: ${r.name}`,
        passed: !r.overBudget,
        detail: `${kb(r.jsBodyBytes)} of ${kb(PUBLIC_JS_BUDGET_BYTES)}`,
      })),
    ...audits.map((a) => ({
      name: `axe: ${a.name}`,
      passed: a.violations.length === 0,
      detail: a.violations,
    })),
  ];
  if (error) checks.push({ name: 'page budgets ran', passed: false, detail: error });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: git(['rev-parse', '--short', 'HEAD']),
        budgetBytes: PUBLIC_JS_BUDGET_BYTES,
        pages: results.map(withoutDetails),
        checks,
        passed: checks.filter((c) => c.passed).length,
        failed: checks.filter((c) => !c.passed).length,
      },
      null,
      2,
    ),
  );
}

/** A measured page for the JSON report: figures and verdicts, not the session or the audit's text. */
function withoutDetails(result) {
  const copy = { ...result };
  delete copy.session;
  delete copy.violations;
  return copy;
}

/**
 * Pages audited but not measured, with what opens them: the past demo round table's public summary, the manage
 * page of a registration and the page of an invitation made for this run (their links read from the demo's mail
 * catcher, as a person would follow them), the login and lost-password pages, and the organiser's pages that the
 * organiser's accessibility journey does not open (as the demo admin).
 */
async function auditedOnly(token, event, admin) {
  const stamp = Date.now();
  const past = (await api('/api/events?when=past&page=1&pageSize=50')).items;
  let summarised = null;
  for (const candidate of past) {
    const response = await fetch(`${origin}/api/events/${candidate.id}/summary`);
    if (response.ok) {
      summarised = candidate;
      break;
    }
  }
  if (!summarised) throw new Error('the demo data has no past event with a published summary');
  const registrant = `budgets.registrant.${stamp}@example.org`;
  await api(`/api/events/${event.id}/registrations`, {
    method: 'POST',
    token,
    body: {
      firstName: 'Мария',
      lastName: 'Петрова',
      email: registrant,
      organization: 'Община Раковски',
      sector: 'municipal',
      consents: { processing: true },
    },
  });
  const guest = `budgets.guest.${stamp}@example.org`;
  await api(`/api/events/${event.id}/invitations`, {
    method: 'POST',
    token,
    body: { email: guest, name: 'Стефан Колев', role: 'guest' },
  });
  return [
    { name: 'Login page', path: '/organizer/login' },
    { name: 'Public summary page', path: `/events/${summarised.slug}/summary` },
    { name: 'Registration manage page', path: await personalPath(registrant) },
    { name: 'Invitation page', path: await personalPath(guest) },
    { name: 'Forgot password', path: '/organizer/forgot-password' },
    // Organiser pages the accessibility journey (e2e/specs/organiser/accessibility.e2e.ts) does not open.
    { name: 'Contacts (admin)', path: '/organizer/contacts', session: admin },
    { name: 'Organisation (admin)', path: '/organizer/organisation', session: admin },
    { name: 'Registrations (admin)', path: `/organizer/events/${event.id}/registrations`, session: admin },
    { name: 'Materials (admin)', path: `/organizer/events/${event.id}/materials`, session: admin },
    { name: 'Summary editor (admin)', path: `/organizer/events/${summarised.id}/summary`, session: admin },
    { name: 'Recommendations tracker (admin)', path: '/organizer/recommendations', session: admin },
    { name: 'Themes (admin)', path: '/organizer/themes', session: admin },
  ];
}

/** The personal link of the first message to an address, from the demo mail catcher (the outbox sends within seconds). */
async function personalPath(address) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { items } = await api('/api/dev/mailbox/messages.json');
    for (const mail of items.filter((item) => item.to.includes(address))) {
      const match =
        /https?:\/\/[^/\s]+(\/(?:invitations|registrations)\/[A-Za-z0-9_-]{40,}\?lang=(?:bg|en))/.exec(
          mail.text,
        );
      if (match) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message with a personal link reached ${address} within 30 s`);
}

/** axe-core on one page, loaded in a fresh context: the serious and critical violations, one line each. */
async function audit(browser, { path, session }) {
  const context = await newContext(browser, session);
  try {
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    // The page itself, not the login page or another it sent the browser to.
    const at = new URL(page.url()).pathname;
    if (at !== new URL(path, origin).pathname) throw new Error(`${path} led to ${at}`);
    return await violationsOf(page);
  } finally {
    await context.close();
  }
}

/**
 * The page scrolled to its end first, so parts loaded on view (the registration form's consents) are audited
 * too; then, as `expectAccessible` does, two frames and every finite animation over before axe runs.
 */
async function violationsOf(page, shows = []) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  for (const selector of shows)
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
}

async function newContext(browser, session) {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'bg-BG',
    timezoneId: 'Europe/Sofia',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  if (session) {
    await context.addInitScript(
      (value) => localStorage.setItem('rt.session', value),
      JSON.stringify(session),
    );
  }
  return context;
}

/** One cold load in a fresh context: bytes from the DevTools Network domain, LCP and long tasks from the page. */
async function measure(browser, { path, session, shows }) {
  const context = await newContext(browser, session);
  try {
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
    const measured = {
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
    // After the figures: the audit scrolls, which loads what the page defers to the view.
    return { ...measured, violations: await violationsOf(page, shows) };
  } finally {
    await context.close();
  }
}

function markdown(results, audits) {
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
    'compressed JavaScript on the first load of a public page. Parts a page loads only once the visitor works in it',
    'or scrolls to them (`@defer` on interaction or viewport) are not part of its first load. Decision:',
    'docs/decisions/0026-page-budgets.md.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit}${dirty}`,
    `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${chromiumVersion()}`,
    `- Command: \`npm run budgets${check ? ' -- --check' : ''}\``,
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
    '## Accessibility (axe-core)',
    '',
    `axe-core ${axeVersion()} with the tags ${AXE_TAGS.join(', ')}, after the page has loaded and been scrolled to`,
    'its end; a serious or critical violation fails the check. The organiser pages are audited by',
    '`e2e/specs/organiser/accessibility.e2e.ts`; which page is audited where: the decision 0026.',
    '',
    '| Page | Path | Serious or critical violations |',
    '| ---- | ---- | -----------------------------: |',
    ...audits.map(
      (a) =>
        `| ${a.name} | \`${a.path.replace(/\/(events|registrations|invitations)\/[^/?]+/, '/$1/…').replace(/\?.*$/, '')}\` | ${a.violations.length} |`,
    ),
    '',
    ...audits.flatMap((a) => a.violations.map((violation) => `- ${a.name}: ${violation}`)),
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

function axeVersion() {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/axe-core/package.json'), 'utf8')).version;
  } catch {
    return '';
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
