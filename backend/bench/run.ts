/*
 * npm run bench: every benchmark, one after the other in its own process, then docs/benchmarks.md from their
 * reports (dist/bench/*.json) with the machine, the Node version, the date, the commit and the command.
 * `npm run bench -- registrations` (or `outbox`) runs one of them, and the document then holds only its figures.
 * Environment knobs are documented at the top of each bench.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './support';

const BENCHES: Record<string, { file: string; env: Record<string, string>; args?: string[] }> = {
  // Half the bench's own default keeps the whole run within minutes; fewer messages and the fixed costs of a
  // round (connections, the first batch) start to decide the ratio.
  outbox: { file: 'outbox.bench.ts', env: { BENCH_MESSAGES: '1000', BENCH_ROUNDS: '3' } },
  registrations: { file: 'registrations.bench.ts', env: {} },
  // Not a bench of its own: the page-budget script (production build in Chromium, decision 0026), its report here.
  pages: {
    file: '../../e2e/budgets/page-budgets.mjs',
    env: {},
    args: [`--json=${join(ROOT, 'dist/bench/pages.json')}`],
  },
};

function runBench(name: string): Promise<number> {
  const { file, env, args = [] } = BENCHES[name];
  const started = Date.now();
  // ts-node's hooks and settings are for the .ts benches only (the page-budget script builds with webpack, which
  // would read TS_NODE_PROJECT too).
  const script = file.endsWith('.mjs');
  const inherited = Object.entries(process.env).filter(([key]) => !script || !key.startsWith('TS_NODE_'));
  const child = fork(join(__dirname, file), args, {
    execArgv: script ? [] : process.execArgv,
    env: { ...env, ...Object.fromEntries(inherited) },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve((Date.now() - started) / 1000) : reject(new Error(`${file} exited with ${code}`)),
    ),
  );
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function report<T>(name: string): T | null {
  const path = join(ROOT, 'dist/bench', `${name}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

interface Load {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

interface RegistrationsDatabase {
  baseline: Load;
  registrations: Load;
  ratio: { perSecond: number; p50: number; p99: number };
  seats: {
    stored: number;
    answered201: number;
    missing201: number;
    confirmed: number;
    capacity: number;
    confirmedHealth: number;
    healthQuota: number;
    waitlisted: number;
  };
  mailSentDuringLoad: number;
  seedSeconds: number;
  list: { name: string; httpMs: number; sqlMs: number; ratio: number; runs: number }[];
  checks: Record<string, boolean>;
}

interface RegistrationsReport {
  connections: number;
  registrations: number;
  healthRequests: number;
  capacity: number;
  healthQuota: number;
  listRows: number;
  target: { registrationsPerSecond: number; p99Ms: number };
  sqlite?: RegistrationsDatabase;
  mariadb?: RegistrationsDatabase;
}

interface OutboxReport {
  messages: number;
  rounds: number;
  [database: string]:
    number | { rawMessagesPerSecond: number; outboxMessagesPerSecond: number; ratioToRaw: number };
}

const pass = (ok: boolean | undefined) => (ok ? 'PASS' : 'FAIL');

function registrationsSection(r: RegistrationsReport): string[] {
  const lines = [
    '## Registrations under load',
    '',
    `autocannon, ${r.connections} connections, against the app in its own process (\`backend/bench/server.ts\`:` +
      ' configuration from the environment, the production logger, `RATE_LIMITS=off`, mail to a counting SMTP' +
      ' sink with the outbox dispatcher running, so confirmations and their QR codes are drawn and sent during' +
      ` the load; the list below is timed on a second server without it). ${r.healthRequests} \`GET /api/health\` first (the baseline), then ${r.registrations}` +
      ` \`POST /api/events/{id}/registrations\` with unique addresses, to an open event of ${r.capacity} seats` +
      ` with a health-sector quota of ${r.healthQuota} (every third registrant is from health). Target:` +
      ` ≥ ${r.target.registrationsPerSecond} registrations/s with p99 < ${r.target.p99Ms} ms.`,
    '',
  ];
  for (const name of ['sqlite', 'mariadb'] as const) {
    const d = r[name];
    if (!d) continue;
    const { baseline: b, registrations: l, ratio, seats: s, checks } = d;
    lines.push(
      `### ${name === 'sqlite' ? 'SQLite' : 'MariaDB'}`,
      '',
      '| | requests | req/s | p50 ms | p99 ms | non-2xx | errors |',
      '|---|--:|--:|--:|--:|--:|--:|',
      `| \`GET /api/health\` (baseline) | ${b.requests} | ${b.perSecond} | ${b.p50Ms} | ${b.p99Ms} | ${b.non2xx} | ${b.errors} |`,
      `| registrations | ${l.requests} | ${l.perSecond} | ${l.p50Ms} | ${l.p99Ms} | ${l.non2xx} | ${l.errors} |`,
      `| ratio to the baseline | | ${ratio.perSecond} | ×${ratio.p50} | ×${ratio.p99} | | |`,
      '',
      `Seats afterwards: ${s.confirmed} of ${s.capacity} confirmed, health ${s.confirmedHealth} of` +
        ` ${s.healthQuota}, ${s.waitlisted} wait-listed; ${s.stored} rows stored for ${s.answered201} answers` +
        ` 201 (${s.missing201} missing). ${d.mailSentDuringLoad} of their ${s.answered201} e-mails reached the` +
        ' SMTP sink during the load.',
      '',
      `- ${pass(checks['registrationsPerSecond'])} ≥ ${r.target.registrationsPerSecond} registrations/s`,
      `- ${pass(checks['p99'])} p99 < ${r.target.p99Ms} ms`,
      `- ${pass(checks['all201'])} every request answered 201`,
      `- ${pass(checks['notOverbooked'])} no seat overbooked (capacity and quota)`,
      `- ${pass(checks['every201Stored'])} every 201 stored, and nothing else`,
      '',
    );
  }
  lines.push(
    `## The organiser's list and CSV export of ${r.listRows} registrations`,
    '',
    `${r.listRows} registrations inserted into one event by bulk SQL through a DataSource, then each request` +
      ' timed to its last byte (signed in, over HTTP) against a plain SQL query of the same rows through the' +
      ' same DataSource (for a page: the page and its total count; for the CSV: every row). Medians.',
    '',
  );
  for (const name of ['sqlite', 'mariadb'] as const) {
    const d = r[name];
    if (!d) continue;
    lines.push(
      `### ${name === 'sqlite' ? 'SQLite' : 'MariaDB'} (seeded in ${d.seedSeconds} s)`,
      '',
      '| request | runs | HTTP ms | plain SQL ms | ratio |',
      '|---|--:|--:|--:|--:|',
      ...d.list.map((row) => `| ${row.name} | ${row.runs} | ${row.httpMs} | ${row.sqlMs} | ×${row.ratio} |`),
      '',
    );
  }
  return lines;
}

function outboxSection(r: OutboxReport): string[] {
  const lines = [
    '## Outbox throughput',
    '',
    `${r.messages} invitation e-mails with calendar invitations through the outbox, against raw pooled` +
      ` nodemailer sending the same number of pre-rendered messages in the same run; medians of ${r.rounds}` +
      ' alternating rounds. Target: at least 0.5 of raw.',
    '',
    '| database | raw messages/s | outbox messages/s | ratio |',
    '|---|--:|--:|--:|',
  ];
  for (const name of ['sqlite', 'mariadb']) {
    const d = r[name];
    if (typeof d !== 'object') continue;
    lines.push(`| ${name} | ${d.rawMessagesPerSecond} | ${d.outboxMessagesPerSecond} | ${d.ratioToRaw} |`);
  }
  return [...lines, ''];
}

interface PagesReport {
  budgetBytes: number;
  pages: {
    name: string;
    public: boolean;
    jsBodyBytes: number;
    lcp: number;
    tbt: number;
    overBudget: boolean;
  }[];
  checks: { name: string; passed: boolean }[];
}

function pagesSection(r: PagesReport): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const axe = r.checks.filter((check) => check.name.startsWith('axe: '));
  return [
    '## Page budgets',
    '',
    `The production build in headless Chromium (\`e2e/budgets/page-budgets.mjs\`, details in docs/page-budgets.md):` +
      ` compressed JavaScript on first load against the budget of ${kb(r.budgetBytes)} for a public page.`,
    '',
    '| Page | JS compressed | Share of budget | LCP | TBT |',
    '|---|--:|--:|--:|--:|',
    ...r.pages.map(
      (p) =>
        `| ${p.name} | ${kb(p.jsBodyBytes)} | ${p.public ? `${((100 * p.jsBodyBytes) / r.budgetBytes).toFixed(0)} %` : 'not budgeted'} |` +
        ` ${Math.round(p.lcp)} ms | ${Math.round(p.tbt)} ms |`,
    ),
    '',
    `axe-core (serious or critical violations): ${axe.filter((check) => check.passed).length} of ${axe.length} pages` +
      ` without any (${axe.map((check) => check.name.slice('axe: '.length)).join(', ')}).`,
    '',
  ];
}

async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((name) => name in BENCHES);
  const names = chosen.length > 0 ? chosen : Object.keys(BENCHES);
  const loadBefore = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const seconds: Record<string, number> = {};
  for (const name of names) seconds[name] = await runBench(name);
  const loadAfter = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const dirty = git('status', '--porcelain') ? ' (with uncommitted changes)' : '';
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`backend/bench/run.ts`); numbers from one run on the machine below. Other' +
      ' work on the machine moves them: the load average is given before and after the run.',
    '',
    `- Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}),` +
      ` ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `- Node ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${git('rev-parse', '--short', 'HEAD')}${dirty}`,
    `- Command: \`npm run bench${chosen.length > 0 ? ` -- ${chosen.join(' ')}` : ''}\``,
    `- Duration: ${Object.entries(seconds)
      .map(([name, s]) => `${name} ${s.toFixed(0)} s`)
      .join(', ')}`,
    `- Load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after`,
    '',
  ];
  // Only what this run measured: a report left from an earlier run would mix two machines' states.
  const registrations = names.includes('registrations') ? report<RegistrationsReport>('registrations') : null;
  if (registrations) lines.push(...registrationsSection(registrations));
  const outbox = names.includes('outbox') ? report<OutboxReport>('outbox') : null;
  if (outbox) lines.push(...outboxSection(outbox));
  const pages = names.includes('pages') ? report<PagesReport>('pages') : null;
  if (pages) lines.push(...pagesSection(pages));
  const path = join(ROOT, 'docs/benchmarks.md');
  // Formatted as `prettier --check .` expects (tables aligned).
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(lines.join('\n'), options));
  console.log('written: docs/benchmarks.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
