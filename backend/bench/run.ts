/*
 * npm run bench: every benchmark, one after the other in its own process, then docs/benchmarks.md from their
 * reports (dist/bench/*.json) with the machine, the Node version, the date, the commit and the command.
 * `npm run bench -- registrations` (or `outbox`, `checkin`, `public`, `pack`, `coldstart`, several) runs those, and
 * the document then holds only their figures.
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
  checkin: { file: 'checkin.bench.ts', env: {} },
  public: { file: 'public.bench.ts', env: {} },
  pack: { file: 'pack.bench.ts', env: {} },
  coldstart: { file: 'coldstart.bench.ts', env: {} },
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

/** Issue 8's targets for the organiser's list of 10,000 registrations. */
const LIST_TARGET_MS = 100;
const CSV_TARGET_MS = 2000;
/** Issue 8's target for the outbox, as a share of raw pooled nodemailer. */
const OUTBOX_TARGET = 0.6;

function listVerdicts(list: RegistrationsDatabase['list']): string[] {
  const pages = list.filter((row) => !row.name.startsWith('CSV'));
  const csv = list.filter((row) => row.name.startsWith('CSV'));
  const slowest = Math.max(...pages.map((row) => row.httpMs));
  return [
    `- ${pass(slowest < LIST_TARGET_MS)} every list page < ${LIST_TARGET_MS} ms (slowest ${slowest} ms)`,
    ...csv.map(
      (row) =>
        `- ${pass(row.httpMs < CSV_TARGET_MS)} CSV export < ${CSV_TARGET_MS / 1000} s (${row.httpMs} ms)`,
    ),
  ];
}

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
      ' same DataSource (for a page: the page and its total count; for the CSV: every row). Medians. Targets:' +
      ` every page < ${LIST_TARGET_MS} ms, the CSV < ${CSV_TARGET_MS / 1000} s.`,
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
      ...listVerdicts(d.list),
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
      ` alternating rounds. Target: at least ${OUTBOX_TARGET} of raw.`,
    '',
    '| database | raw messages/s | outbox messages/s | ratio | target |',
    '|---|--:|--:|--:|---|',
  ];
  for (const name of ['sqlite', 'mariadb']) {
    const d = r[name];
    if (typeof d !== 'object') continue;
    lines.push(
      `| ${name} | ${d.rawMessagesPerSecond} | ${d.outboxMessagesPerSecond} | ${d.ratioToRaw} |` +
        ` ${pass(d.ratioToRaw >= OUTBOX_TARGET)} ≥ ${OUTBOX_TARGET} |`,
    );
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

const DATABASES = [
  ['sqlite', 'SQLite'],
  ['mariadb', 'MariaDB'],
] as const;

const loadRow = (name: string, l: Load) =>
  `| ${name} | ${l.requests} | ${l.perSecond} | ${l.p50Ms} | ${l.p99Ms} | ${l.non2xx} | ${l.errors} |`;
const LOAD_HEADER = [
  '| | requests | req/s | p50 ms | p99 ms | non-2xx | errors |',
  '|---|--:|--:|--:|--:|--:|--:|',
];
const ratioRow = (ratio: Ratio) =>
  `| ratio to the baseline | | ${ratio.perSecond} | ×${ratio.p50} | ×${ratio.p99} | | |`;

interface Ratio {
  perSecond: number;
  p50: number;
  p99: number;
}

interface CheckinReport {
  people: number;
  connections: number;
  healthRequests: number;
  sqlite?: CheckinDatabase;
  mariadb?: CheckinDatabase;
}

interface CheckinDatabase {
  baseline: Load;
  checkIns: Load;
  ratio: Ratio;
  checkedIn: number;
  firstAnswers: number;
  alreadyAnswers: number;
  checks: { all200: boolean; everyoneCheckedIn: boolean; exactlyOnce: boolean };
}

function checkinSection(r: CheckinReport): string[] {
  const lines = [
    '## Check-in burst',
    '',
    `${r.people} confirmed registrations seeded into one event by bulk SQL; a staff account assigned to the event` +
      ` checks them in at ${r.connections} connections as the scanner does (\`POST /api/registrations/{id}/check-in\`` +
      ' with the event id), each person twice in a row, so the two requests for one person race as two phones' +
      ` scanning one code. Baseline: ${r.healthRequests} \`GET /api/health\` at the same connections, same server,` +
      ' same run.',
    '',
  ];
  for (const [key, title] of DATABASES) {
    const d = r[key];
    if (!d) continue;
    lines.push(
      `### ${title}`,
      '',
      ...LOAD_HEADER,
      loadRow('`GET /api/health` (baseline)', d.baseline),
      loadRow('check-ins', d.checkIns),
      ratioRow(d.ratio),
      '',
      `${d.checkedIn} of ${r.people} checked in; ${d.firstAnswers} answers "checked in" and ${d.alreadyAnswers}` +
        ' "already".',
      '',
      `- ${pass(d.checks.all200)} every request answered 200`,
      `- ${pass(d.checks.everyoneCheckedIn)} everyone checked in`,
      `- ${pass(d.checks.exactlyOnce)} each person checked in exactly once (one "checked in", one "already")`,
      '',
    );
  }
  return lines;
}

interface PublicReport {
  connections: number;
  requests: number;
  sqlite?: PublicDatabase;
  mariadb?: PublicDatabase;
}

interface PublicDatabase {
  baseline: Load;
  routes: (Load & { name: string; ratio: Ratio })[];
  checks: { all200: boolean };
}

function publicSection(r: PublicReport): string[] {
  const lines = [
    '## Public event page API',
    '',
    "What the public event page asks on its first load (the shell's organisation details, the event by its slug," +
      ' its named speakers; the summary only for a past event), each route alone and then the three in turn per' +
      ` connection, ${r.requests} anonymous requests each at ${r.connections} connections, against` +
      ' `GET /api/health` at the same connections, same server, same run.',
    '',
  ];
  for (const [key, title] of DATABASES) {
    const d = r[key];
    if (!d) continue;
    lines.push(
      `### ${title}`,
      '',
      '| | requests | req/s | p50 ms | p99 ms | non-2xx | ratio req/s | ratio p99 |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      `| \`GET /api/health\` (baseline) | ${d.baseline.requests} | ${d.baseline.perSecond} | ${d.baseline.p50Ms} |` +
        ` ${d.baseline.p99Ms} | ${d.baseline.non2xx} | | |`,
      ...d.routes.map(
        (route) =>
          `| ${route.name} | ${route.requests} | ${route.perSecond} | ${route.p50Ms} | ${route.p99Ms} |` +
          ` ${route.non2xx} | ${route.ratio.perSecond} | ×${route.ratio.p99} |`,
      ),
      '',
      `- ${pass(d.checks.all200)} every request answered 200`,
      '',
    );
  }
  return lines;
}

interface PackReport {
  attendees: number;
  noShows: number;
  waitlisted: number;
  materials: number;
  runs: number;
  sqlite?: PackDatabase;
  mariadb?: PackDatabase;
}

interface PackDatabase {
  packMs: number;
  baselineMs: number;
  ratio: number;
  zipBytes: number;
  files: { name: string; bytes: number }[];
}

function packSection(r: PackReport): string[] {
  const lines = [
    `## Reporting pack at ${r.attendees} attendees`,
    '',
    `An event with ${r.attendees} checked-in attendees, ${r.noShows} no-shows and ${r.waitlisted} wait-listed, a` +
      ` summary with recommendations, ${r.materials} material PDFs and the signed attendance sheet. Timed from` +
      ' `POST /api/events/{id}/pack` to `GET /api/events/{id}/pack` answering `ready` (asked every 10 ms), median of' +
      ` ${r.runs} after a warm-up build. Baseline: a plain SQL read of the rows the pack is made of and the very` +
      ' files of the ready pack (held in memory) written through yazl into a file: the floor of any pack of the' +
      ' same contents; the ratio is the cost of making the PDFs and CSVs and of the job around them.',
    '',
    '| database | files | ZIP bytes | pack ms | baseline ms | ratio |',
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const [key, title] of DATABASES) {
    const d = r[key];
    if (!d) continue;
    lines.push(
      `| ${title} | ${d.files.length} | ${d.zipBytes} | ${d.packMs} | ${d.baselineMs} | ×${d.ratio} |`,
    );
  }
  return [...lines, ''];
}

interface ColdStartReport {
  runs: number;
  targetMs: number;
  baseline: { medianMs: number; runsMs: number[] };
  sqlite?: ColdStartDatabase;
  mariadb?: ColdStartDatabase;
}

interface ColdStartDatabase {
  fresh: { medianMs: number; runsMs: number[]; ratio: number };
  migrated: { medianMs: number; runsMs: number[]; ratio: number };
  checks: { fresh: boolean; migrated: boolean };
}

function coldStartSection(r: ColdStartReport): string[] {
  const lines = [
    '## Backend cold start',
    '',
    '`node dist/backend/main.js` (the production build) spawned from the repository top, timed to its first 200 of' +
      ' `GET /api/health` (asked every 5 ms): on a fresh database (every migration, the first admin) and on a' +
      ' migrated one. Baseline: a bare `node -e` HTTP server answering the same route, spawned and asked the same' +
      ` way. Medians of ${r.runs} runs after one unmeasured start. Target: < ${r.targetMs / 1000} s.`,
    '',
    '| | median ms | runs ms | ratio |',
    '|---|--:|---|--:|',
    `| bare \`node -e\` server (baseline) | ${r.baseline.medianMs} | ${r.baseline.runsMs.join(', ')} | |`,
  ];
  const verdicts: string[] = [];
  for (const [key, title] of DATABASES) {
    const d = r[key];
    if (!d) continue;
    lines.push(
      `| ${title}, fresh database | ${d.fresh.medianMs} | ${d.fresh.runsMs.join(', ')} | ×${d.fresh.ratio} |`,
      `| ${title}, migrated | ${d.migrated.medianMs} | ${d.migrated.runsMs.join(', ')} | ×${d.migrated.ratio} |`,
    );
    verdicts.push(
      `- ${pass(d.checks.fresh)} ${title}, fresh database < ${r.targetMs / 1000} s`,
      `- ${pass(d.checks.migrated)} ${title}, migrated < ${r.targetMs / 1000} s`,
    );
  }
  return [...lines, '', ...verdicts, ''];
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
  const checkin = names.includes('checkin') ? report<CheckinReport>('checkin') : null;
  if (checkin) lines.push(...checkinSection(checkin));
  const publicPage = names.includes('public') ? report<PublicReport>('public') : null;
  if (publicPage) lines.push(...publicSection(publicPage));
  const pack = names.includes('pack') ? report<PackReport>('pack') : null;
  if (pack) lines.push(...packSection(pack));
  const coldStart = names.includes('coldstart') ? report<ColdStartReport>('coldstart') : null;
  if (coldStart) lines.push(...coldStartSection(coldStart));
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
