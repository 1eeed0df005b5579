/*
 * npm run bench (issue 6): public registrations under load, and the organiser's list and CSV export of a
 * 10,000-row event, on SQLite and on MariaDB.
 *
 * Load: the app runs in its own process as production starts it (RATE_LIMITS=off, which also lifts the bot
 * guard; mail to a counting SMTP sink; the outbox dispatcher on, so confirmations with their QR codes are drawn
 * and sent while registrations arrive). autocannon sends `GET /api/health` (the baseline) and then registrations
 * with unique e-mail addresses, both at the same number of connections, to an open event with a capacity and a
 * sector quota. Afterwards the database is asked whether any seat was overbooked and whether every 201 is stored.
 * The list is then timed on a second server on the same database without the dispatcher, so that the mail the
 * load left queued is not sent meanwhile.
 *
 * List and CSV: 10,000 registrations are inserted into one event through a DataSource (bulk SQL, not HTTP); a
 * page of the list (a few variants) and the full CSV download are timed against a plain SQL query of the same
 * rows through that DataSource, as the median of BENCH_LIST_RUNS (CSV: BENCH_CSV_RUNS) runs each.
 * Sizes: BENCH_REGISTRATIONS, BENCH_HEALTH_REQUESTS, BENCH_CONNECTIONS, BENCH_LIST_ROWS.
 *
 * A benchmark, not a test: it reports PASS/FAIL against the targets and never throws for a miss.
 * BENCH_PROFILE=<dir> writes a CPU profile of the server during the registration load to <dir>.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { SECTORS, type Sector } from '@roundtable/contracts';
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RegistrationEntity } from '../src/registrations/registration.entity';
import { benchDatabases, median, sink, writeReport, type BenchDatabase, type Sink } from './support';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 100);
const REGISTRATIONS = Number(process.env['BENCH_REGISTRATIONS'] ?? 3000);
const HEALTH_REQUESTS = Number(process.env['BENCH_HEALTH_REQUESTS'] ?? 5000);
export const CAPACITY = 2000;
export const HEALTH_QUOTA = 200;
const LIST_ROWS = Number(process.env['BENCH_LIST_ROWS'] ?? 10_000);
const LIST_RUNS = Number(process.env['BENCH_LIST_RUNS'] ?? 15);
const CSV_RUNS = Number(process.env['BENCH_CSV_RUNS'] ?? 5);
const PROFILE_DIR = process.env['BENCH_PROFILE'] ? resolve(process.env['BENCH_PROFILE']) : null;
const TARGET = { registrationsPerSecond: 500, p99Ms: 250 };
export const ADMIN = { email: 'bench@example.org', password: 'bench-password-1' };

interface Server {
  url: string;
  profile(path: string): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

/** backend/bench/server.ts in its own process, on `database`, mailing to `smtpUrl`. */
async function startServer(
  database: BenchDatabase,
  smtpUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const storage = mkdtempSync(join(tmpdir(), 'rt-bench-files-'));
  const child: ChildProcess = fork(join(__dirname, 'server.ts'), [], {
    execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Roundtable <events@bench.test>',
      PUBLIC_URL: 'http://bench.test',
      RATE_LIMITS: 'off',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      STORAGE_DIR: storage,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waitFor = <T>(pick: (message: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        const value = pick(message);
        if (value === undefined) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(value);
      };
      const onExit = (code: number | null) => reject(new Error(`bench server exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const port = await waitFor((message) => message['port'] as number | undefined);
  return {
    url: `http://127.0.0.1:${port}`,
    profile: async (path) => {
      child.send({ profile: 'start' });
      await waitFor((message) => message['profiling'] as true | undefined);
      return async () => {
        child.send({ profile: 'stop', path });
        await waitFor((message) => message['profiled'] as string | undefined);
      };
    },
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ stop: true });
      await exited;
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

export class Api {
  private token = '';
  constructor(readonly url: string) {}

  async login(): Promise<void> {
    this.token = (await this.send('POST', '/api/auth/login', ADMIN))['accessToken'] as string;
  }

  async send(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  }

  /** Milliseconds to the last byte of an authorised GET. */
  async timedGet(path: string): Promise<number> {
    const started = process.hrtime.bigint();
    const response = await fetch(`${this.url}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  async openEvent(title: string, capacity: number, sectorQuotas: Partial<Record<Sector, number>> = {}) {
    const event = await this.send('POST', '/api/events', {
      title,
      description: 'Описание на събитието.',
      startsAt: '2031-05-21T10:00',
      endsAt: '2031-05-21T13:00',
      timezone: 'Europe/Sofia',
      language: 'bg',
      venue: { name: 'Зала „Сердика“', address: 'ул. „Гюешево“ 21', city: 'София' },
      capacity,
      sectorQuotas,
      registrationMode: 'open',
    });
    await this.send('POST', `/api/events/${event['id']}/publish`);
    return event['id'] as string;
  }
}

const OTHER_SECTORS = SECTORS.filter((sector) => sector !== 'health');

/** Every third registrant is from health, so health asks for far more than its quota; the rest fill the room. */
function sectorOf(i: number): Sector {
  return i % 3 === 0 ? 'health' : OTHER_SECTORS[i % OTHER_SECTORS.length];
}

export function registrationBody(i: number, prefix: string): string {
  return JSON.stringify({
    firstName: 'Мария',
    lastName: `Петрова ${i}`,
    email: `${prefix}-${i}@example.bg`,
    organization: 'Община Раковски',
    position: 'Експерт',
    sector: sectorOf(i),
    municipality: 'PDV25',
    language: 'bg',
    consents: { processing: true, media: false, publishName: true, followUp: true },
  });
}

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export function figures(result: autocannon.Result): LoadFigures {
  const requests = result['2xx'] + result.non2xx;
  return {
    requests,
    perSecond: Math.round(requests / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function health(url: string, amount: number, connections = CONNECTIONS): Promise<autocannon.Result> {
  return autocannon({ url: `${url}/api/health`, connections, amount, timeout: 30 });
}

/** `amount` registrations with unique addresses; the ids of the 201 answers go to `created`. */
export function registrations(
  url: string,
  eventId: string,
  amount: number,
  prefix: string,
  created: string[],
  connections = CONNECTIONS,
): Promise<autocannon.Result> {
  let next = 0;
  let refusalShown = false;
  return autocannon({
    url,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: `/api/events/${eventId}/registrations`,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: registrationBody(next++, prefix) }),
        onResponse: (status, body) => {
          if (status === 201) created.push((JSON.parse(body) as { id: string }).id);
          // A bench whose requests are refused measures the refusal: say why, once.
          else if (!refusalShown) {
            refusalShown = true;
            console.warn(`  a registration was answered ${status}: ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  });
}

export async function openDataSource(database: BenchDatabase): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions(database.config), migrations: [] });
  await dataSource.initialize();
  return dataSource;
}

/** What the database holds after the load: seats against capacity and quota, and the 201 answers. */
export async function seatCheck(dataSource: DataSource, eventId: string, created: string[]) {
  const rows: { id: string; status: string; sector: string }[] = await dataSource.query(
    'SELECT id, status, sector FROM registrations WHERE eventId = ?',
    [eventId],
  );
  const confirmed = rows.filter((row) => row.status === 'confirmed');
  const confirmedHealth = confirmed.filter((row) => row.sector === 'health').length;
  const stored = new Set(rows.map((row) => row.id));
  const missing = created.filter((id) => !stored.has(id)).length;
  return {
    stored: rows.length,
    answered201: created.length,
    missing201: missing,
    confirmed: confirmed.length,
    capacity: CAPACITY,
    confirmedHealth,
    healthQuota: HEALTH_QUOTA,
    waitlisted: rows.filter((row) => row.status === 'waitlisted').length,
    overbooked: confirmed.length > CAPACITY || confirmedHealth > HEALTH_QUOTA,
  };
}

const FIRST_NAMES = ['Мария', 'Иван', 'Елена', 'Георги', 'Десислава', 'Петър', 'Анна', 'Николай'];
const LAST_NAMES = ['Петрова', 'Иванов', 'Георгиева', 'Димитров', 'Николова', 'Стоянов', 'Колева', 'Тодоров'];
const ORGANIZATIONS = ['Община Раковски', 'РЗИ Пловдив', 'ОУ „Христо Ботев“', 'Фондация „Деца“', 'МТСП'];

/** `rows` registrations in one event, by bulk INSERTs of 500 rows in one transaction. */
async function seed(dataSource: DataSource, eventId: string, rows: number): Promise<void> {
  const start = Date.UTC(2031, 0, 1);
  // The version of the privacy notice a fresh database starts with (organisation defaults).
  const version = '1';
  await dataSource.transaction(async (manager) => {
    for (let offset = 0; offset < rows; offset += 500) {
      const values = Array.from({ length: Math.min(500, rows - offset) }, (_, k) => {
        const i = offset + k;
        const firstName = FIRST_NAMES[i % FIRST_NAMES.length];
        const lastName = `${LAST_NAMES[(i >> 3) % LAST_NAMES.length]} ${i}`;
        const email = `list-${i}@example.bg`;
        const organization = ORGANIZATIONS[i % ORGANIZATIONS.length];
        const at = new Date(start + i * 1000);
        return {
          id: randomUUID(),
          eventId,
          firstName,
          lastName,
          email,
          activeEmailKey: email,
          organization,
          position: 'Експерт',
          sector: SECTORS[i % SECTORS.length],
          municipality: 'PDV25',
          phone: null,
          accessibilityNeeds: null,
          searchText: [firstName, lastName, email, organization].join(' ').toLowerCase(),
          language: 'bg' as const,
          consents: {
            processing: { given: true, version, at: at.toISOString() },
            media: { given: i % 2 === 0, version, at: at.toISOString() },
            publishName: { given: true, version, at: at.toISOString() },
            followUp: { given: false, version, at: at.toISOString() },
          },
          status: i % 10 === 9 ? ('waitlisted' as const) : ('confirmed' as const),
          queuedAt: i % 10 === 9 ? at : null,
          invitationId: null,
          createdAt: at,
          updatedAt: at,
        };
      });
      await manager.createQueryBuilder().insert().into(RegistrationEntity).values(values).execute();
    }
  });
}

interface ListVariant {
  name: string;
  path: string;
  sql: string;
  params: unknown[];
}

async function timeList(api: Api, dataSource: DataSource, eventId: string) {
  const base = `/api/events/${eventId}/registrations`;
  const page = 'LIMIT 50 OFFSET 0';
  const count = 'SELECT COUNT(*) AS n FROM registrations WHERE eventId = ?';
  const variants: ListVariant[] = [
    {
      name: 'list, first page (createdAt)',
      path: `${base}?page=1&pageSize=50`,
      sql: `SELECT * FROM registrations WHERE eventId = ? ORDER BY createdAt, id ${page}`,
      params: [eventId],
    },
    {
      name: 'list, page 100 by last name',
      path: `${base}?page=100&pageSize=50&sort=lastName`,
      sql: `SELECT * FROM registrations WHERE eventId = ? ORDER BY lastName, firstName, id LIMIT 50 OFFSET 4950`,
      params: [eventId],
    },
    {
      name: 'list, sector=health by organisation',
      path: `${base}?page=1&pageSize=50&sector=health&sort=organization`,
      sql: `SELECT * FROM registrations WHERE eventId = ? AND sector = ? ORDER BY organization, lastName, id ${page}`,
      params: [eventId, 'health'],
    },
    {
      name: 'list, search q=петрова, newest first',
      path: `${base}?page=1&pageSize=50&q=${encodeURIComponent('Петрова')}&sort=-createdAt`,
      sql: `SELECT * FROM registrations WHERE eventId = ? AND searchText LIKE ? ORDER BY createdAt DESC, id DESC ${page}`,
      params: [eventId, '%петрова%'],
    },
  ];
  const results = [];
  for (const variant of variants) {
    // The page and its total, as the endpoint answers both.
    const countSql = variant.sql.includes('sector = ?')
      ? `${count} AND sector = ?`
      : variant.sql.includes('LIKE')
        ? `${count} AND searchText LIKE ?`
        : count;
    const sql = async () => {
      const started = process.hrtime.bigint();
      await dataSource.query(variant.sql, variant.params);
      await dataSource.query(countSql, variant.params);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    results.push(await compare(variant.name, LIST_RUNS, () => api.timedGet(variant.path), sql));
  }
  const csvSql = async () => {
    const started = process.hrtime.bigint();
    await dataSource.query('SELECT * FROM registrations WHERE eventId = ? ORDER BY createdAt, id', [eventId]);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  results.push(
    await compare(
      `CSV export, all ${LIST_ROWS} rows`,
      CSV_RUNS,
      () => api.timedGet(`/api/events/${eventId}/registrations.csv`),
      csvSql,
    ),
  );
  return results;
}

/** One warm-up each, then `runs` alternating runs; medians and their ratio. */
async function compare(name: string, runs: number, http: () => Promise<number>, sql: () => Promise<number>) {
  await http();
  await sql();
  const httpMs: number[] = [];
  const sqlMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    httpMs.push(await http());
    sqlMs.push(await sql());
  }
  const httpMedian = median(httpMs);
  const sqlMedian = median(sqlMs);
  return {
    name,
    runs,
    httpMs: Number(httpMedian.toFixed(1)),
    sqlMs: Number(sqlMedian.toFixed(1)),
    ratio: Number((httpMedian / sqlMedian).toFixed(1)),
  };
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

async function benchDatabase(name: string, database: BenchDatabase, smtp: Sink) {
  const dataSource = await openDataSource(database);
  try {
    const server = await startServer(database, smtp.url);
    let load: LoadFigures;
    let baseline: LoadFigures;
    let seats: Awaited<ReturnType<typeof seatCheck>>;
    let mailSentDuringLoad: number;
    try {
      const api = new Api(server.url);
      await api.login();
      // Warm-up: sockets, JIT, templates, the QR worker and the first mails, on an event of its own.
      const warmEvent = await api.openEvent('Загряване', 100);
      await health(server.url, 1000);
      await smtp.reset();
      const warm: string[] = [];
      await registrations(server.url, warmEvent, 200, 'warm', warm);
      await smtp.waitFor(warm.length);

      baseline = figures(await health(server.url, HEALTH_REQUESTS));
      const eventId = await api.openEvent('Натоварване', CAPACITY, { health: HEALTH_QUOTA });
      await smtp.reset();
      const created: string[] = [];
      const stopProfile = PROFILE_DIR
        ? await server.profile(join(PROFILE_DIR, `registrations-${name}.cpuprofile`))
        : null;
      load = figures(await registrations(server.url, eventId, REGISTRATIONS, 'load', created));
      mailSentDuringLoad = smtp.received();
      await stopProfile?.();
      seats = await seatCheck(dataSource, eventId, created);
    } finally {
      // The mail still queued stays queued: the list is timed on a server without the dispatcher.
      await server.stop();
    }

    const listServer = await startServer(database, smtp.url, { MAIL_TUNING: 'dispatcher=false' });
    let list: Awaited<ReturnType<typeof timeList>>;
    let seedSeconds: number;
    try {
      const api = new Api(listServer.url);
      await api.login();
      const listEvent = await api.openEvent('Голям списък', 100_000);
      const seedStarted = Date.now();
      await seed(dataSource, listEvent, LIST_ROWS);
      seedSeconds = Number(((Date.now() - seedStarted) / 1000).toFixed(1));
      list = await timeList(api, dataSource, listEvent);
    } finally {
      await listServer.stop();
    }

    const checks = {
      registrationsPerSecond: load.perSecond >= TARGET.registrationsPerSecond,
      p99: load.p99Ms < TARGET.p99Ms,
      all201: load.non2xx === 0 && load.errors === 0,
      notOverbooked: !seats.overbooked,
      every201Stored: seats.missing201 === 0 && seats.stored === seats.answered201,
    };
    return {
      baseline,
      registrations: load,
      ratio: {
        perSecond: Number((load.perSecond / baseline.perSecond).toFixed(3)),
        p50: Number((load.p50Ms / Math.max(baseline.p50Ms, 1)).toFixed(1)),
        p99: Number((load.p99Ms / Math.max(baseline.p99Ms, 1)).toFixed(1)),
      },
      seats,
      mailSentDuringLoad,
      seedSeconds,
      list,
      checks,
    };
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  const smtp = await sink();
  const report: Record<string, unknown> = {
    connections: CONNECTIONS,
    registrations: REGISTRATIONS,
    healthRequests: HEALTH_REQUESTS,
    capacity: CAPACITY,
    healthQuota: HEALTH_QUOTA,
    listRows: LIST_ROWS,
    listRuns: LIST_RUNS,
    csvRuns: CSV_RUNS,
    target: TARGET,
  };
  for (const kind of benchDatabases()) {
    const database = await kind.create();
    try {
      const result = await benchDatabase(kind.name, database, smtp);
      report[kind.name] = result;
      const { baseline, registrations: load, ratio, seats, checks } = result;
      console.log(`\n${kind.name}: ${CONNECTIONS} connections`);
      console.log(
        `  GET /api/health:  ${baseline.perSecond} req/s, p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms, ` +
          `non-2xx ${baseline.non2xx}`,
      );
      console.log(
        `  registrations:    ${load.perSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ` +
          `non-2xx ${load.non2xx}, errors ${load.errors}  (${ratio.perSecond} of health's rate)`,
      );
      console.log(
        `  seats: ${seats.confirmed}/${seats.capacity} confirmed, health ${seats.confirmedHealth}/${seats.healthQuota}, ` +
          `${seats.waitlisted} wait-listed, ${seats.stored} stored for ${seats.answered201} answers 201; ` +
          `${result.mailSentDuringLoad} of their e-mails sent during the load`,
      );
      for (const row of result.list)
        console.log(`  ${row.name}: ${row.httpMs} ms over HTTP, ${row.sqlMs} ms plain SQL (x${row.ratio})`);
      console.log(
        `  ${verdict(checks.registrationsPerSecond)} >= ${TARGET.registrationsPerSecond} registrations/s; ` +
          `${verdict(checks.p99)} p99 < ${TARGET.p99Ms} ms; ${verdict(checks.all201)} every request 201; ` +
          `${verdict(checks.notOverbooked)} no seat overbooked; ${verdict(checks.every201Stored)} every 201 stored`,
      );
    } finally {
      await database.drop();
    }
  }
  await smtp.close();
  console.log(`report: ${writeReport('registrations', report)}`);
}

// Run as a bench; imported (two-instances.ts), it lends its helpers.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
