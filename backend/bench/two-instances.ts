/*
 * Two instances on one MariaDB database (docs/scaling.md): the built backend (`npx nx build backend`) started
 * twice as production starts it, `node dist/backend/main.js`, on two ports, one fresh database, one folder of
 * files, mail to the counting SMTP sink. A registration burst is split over both (half the connections each, at
 * the same time), after the same burst sent to one instance alone, and the health baseline on both. Then: no
 * seat overbooked, every 201 stored, every confirmation sent exactly once (whichever instance sent it), and
 * what each instance's /api/metrics says.
 *
 *   npx nx build backend
 *   TS_NODE_PROJECT=backend/tsconfig.json TS_NODE_TRANSPILE_ONLY=true \
 *     node -r ts-node/register -r tsconfig-paths/register backend/bench/two-instances.ts
 *
 * BENCH_MYSQL_URL (or TEST_MYSQL_URL) names the MariaDB server; BENCH_REGISTRATIONS, BENCH_CONNECTIONS (in all,
 * split over the two) and BENCH_HEALTH_REQUESTS size the load. A benchmark: it prints and never throws for a miss.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, Api, figures, openDataSource, type LoadFigures } from './app';
import { CAPACITY, health, HEALTH_QUOTA, registrations, seatCheck } from './registrations.bench';
import { benchDatabases, ROOT, sink } from './support';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 100);
const REGISTRATIONS = Number(process.env['BENCH_REGISTRATIONS'] ?? 3000);
const HEALTH_REQUESTS = Number(process.env['BENCH_HEALTH_REQUESTS'] ?? 5000);
const MAIN = join(ROOT, 'dist/backend/main.js');
const METRICS_TOKEN = randomBytes(16).toString('hex');

interface Instance {
  url: string;
  stop(): Promise<void>;
}

async function start(port: number, env: Record<string, string>): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance on ${port} exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the instance on ${port} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (
    await fetch(`${url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

/** Two loads at once, one per instance; combined: all requests over the longer duration, the worse p99. */
function combined(results: LoadFigures[], seconds: number): LoadFigures {
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  return {
    requests,
    perSecond: Math.round(requests / seconds),
    p50Ms: Math.max(...results.map((result) => result.p50Ms)),
    p99Ms: Math.max(...results.map((result) => result.p99Ms)),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
  };
}

function line(name: string, load: LoadFigures): string {
  return (
    `${name}: ${load.requests} requests, ${load.perSecond} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ` +
    `non-2xx ${load.non2xx}, errors ${load.errors}`
  );
}

async function main(): Promise<void> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npx nx build backend first`);
  const kind = benchDatabases().find((candidate) => candidate.name === 'mariadb');
  if (!kind) throw new Error('set BENCH_MYSQL_URL or TEST_MYSQL_URL to a MariaDB server');
  const database = await kind.create();
  const smtp = await sink();
  const files = mkdtempSync(join(tmpdir(), 'rt-two-instances-'));
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Roundtable <events@bench.test>',
    PUBLIC_URL: 'http://bench.test',
    RATE_LIMITS: 'off',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    STORAGE_DIR: files,
    FORM_SECRET: randomBytes(24).toString('hex'),
    METRICS_TOKEN,
  };
  const instances: Instance[] = [];
  const dataSource = await openDataSource(database);
  try {
    // One after the other: the first applies the migrations, the second finds them applied.
    instances.push(await start(3411, env));
    instances.push(await start(3412, env));
    const [a, b] = instances;
    const api = new Api(a.url);
    await api.login();
    const half = Math.floor(CONNECTIONS / 2);

    // Warm-up on both.
    const warmEvent = await api.openEvent('Загряване', 400);
    await Promise.all([health(a.url, 1000, half), health(b.url, 1000, half)]);
    await Promise.all([
      registrations(a.url, warmEvent, 100, 'warm-a', [], half),
      registrations(b.url, warmEvent, 100, 'warm-b', [], half),
    ]);

    let started = Date.now();
    const healthBoth = combined(
      (
        await Promise.all([
          health(a.url, HEALTH_REQUESTS / 2, half),
          health(b.url, HEALTH_REQUESTS / 2, half),
        ])
      ).map(figures),
      (Date.now() - started) / 1000,
    );

    // The same burst to one instance alone, for comparison on this machine in this run.
    const aloneEvent = await api.openEvent('Една инстанция', CAPACITY, { health: HEALTH_QUOTA });
    const aloneCreated: string[] = [];
    const alone = figures(
      await registrations(a.url, aloneEvent, REGISTRATIONS, 'alone', aloneCreated, CONNECTIONS),
    );
    const aloneSeats = await seatCheck(dataSource, aloneEvent, aloneCreated);

    const eventId = await api.openEvent('Две инстанции', CAPACITY, { health: HEALTH_QUOTA });
    const created: string[] = [];
    started = Date.now();
    const both = combined(
      (
        await Promise.all([
          registrations(a.url, eventId, REGISTRATIONS / 2, 'both-a', created, half),
          registrations(b.url, eventId, REGISTRATIONS / 2, 'both-b', created, half),
        ])
      ).map(figures),
      (Date.now() - started) / 1000,
    );
    const seats = await seatCheck(dataSource, eventId, created);

    // Every confirmation of every 201 goes out once, whichever instance claims it.
    const mailJobs = async () =>
      (
        (await dataSource.query(
          `SELECT status, COUNT(*) AS n FROM jobs WHERE recipientEmail IS NOT NULL GROUP BY status`,
        )) as { status: string; n: string | number }[]
      ).map((row) => ({ status: row.status, n: Number(row.n) }));
    const deadline = Date.now() + 180_000;
    let jobs = await mailJobs();
    while (jobs.some((row) => row.status === 'queued' || row.status === 'running') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      jobs = await mailJobs();
    }
    const done = jobs.find((row) => row.status === 'done')?.n ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sentPerInstance = await Promise.all(
      instances.map((instance) =>
        metric(instance.url, 'roundtable_mail_send_duration_seconds_count{outcome="sent"}'),
      ),
    );
    const depthSeen = await Promise.all(
      instances.map((instance) => metric(instance.url, 'roundtable_outbox_depth')),
    );

    console.log(`two instances of dist/backend/main.js on one MariaDB database, ${CONNECTIONS} connections`);
    console.log(`  ${line('GET /api/health, both', healthBoth)}`);
    console.log(`  ${line('registrations, one instance', alone)}`);
    console.log(`  ${line('registrations, both', both)}`);
    for (const [name, check] of [
      ['one instance', aloneSeats],
      ['both', seats],
    ] as const) {
      console.log(
        `  seats (${name}): ${check.confirmed}/${check.capacity} confirmed, health ${check.confirmedHealth}/` +
          `${check.healthQuota}, ${check.waitlisted} wait-listed, ${check.stored} stored for ` +
          `${check.answered201} answers 201, ${check.missing201} missing; overbooked: ${check.overbooked}`,
      );
    }
    console.log(
      `  mail: jobs ${JSON.stringify(jobs)}; the sink received ${smtp.received()} messages for ${done} done ` +
        `jobs; sent by instance: ${sentPerInstance.join(' + ')}; outbox depth as each instance sees it: ` +
        `${depthSeen.join(', ')}`,
    );
  } finally {
    for (const instance of instances) await instance.stop();
    await dataSource.destroy();
    await smtp.close();
    await database.drop();
    rmSync(files, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
