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
 * BENCH_PROFILE=<dir> writes CPU profiles of the server during the registration load and of the list server
 * while the list and CSV are timed to <dir>.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  Api,
  figures,
  health as healthLoad,
  openDataSource,
  pass,
  ratioTo,
  seedRegistrations,
  startServer,
  type LoadFigures,
} from './app';
import { registrationBody } from '../test/support/registration-body';
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

export function health(url: string, amount: number, connections = CONNECTIONS): Promise<autocannon.Result> {
  return healthLoad(url, amount, connections);
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
      await seedRegistrations(dataSource, listEvent, LIST_ROWS);
      seedSeconds = Number(((Date.now() - seedStarted) / 1000).toFixed(1));
      const stopProfile = PROFILE_DIR
        ? await listServer.profile(join(PROFILE_DIR, `list-${name}.cpuprofile`))
        : null;
      list = await timeList(api, dataSource, listEvent);
      await stopProfile?.();
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
      ratio: ratioTo(load, baseline),
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
        `  ${pass(checks.registrationsPerSecond)} >= ${TARGET.registrationsPerSecond} registrations/s; ` +
          `${pass(checks.p99)} p99 < ${TARGET.p99Ms} ms; ${pass(checks.all201)} every request 201; ` +
          `${pass(checks.notOverbooked)} no seat overbooked; ${pass(checks.every201Stored)} every 201 stored`,
      );
    } finally {
      await database.drop();
    }
  }
  await smtp.close();
  console.log(`report: ${writeReport('registrations', report)}`);
}

// Run by npm run bench; two-instances.ts borrows the load and the seat check without the run.
if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
