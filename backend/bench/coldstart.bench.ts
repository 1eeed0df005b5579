/*
 * npm run bench (issue 8): backend cold start. The production build (`dist/backend/main.js`; built with
 * `npx nx build backend` first when missing) is spawned as `node dist/backend/main.js` from the repository top, as
 * an operator starts it, and timed from the spawn to the first 200 of `GET /api/health` (asked every 5 ms):
 * on a fresh SQLite file (every migration runs, the first admin is created), on an already migrated one, and the
 * same two on MariaDB. Baseline: a bare `node -e` HTTP server answering the same route, spawned the same way, so
 * Node's own start and the polling are in both. Median of BENCH_COLDSTART_RUNS (5) of each. Target: < 3 s.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, pass } from './app';
import { benchDatabases, median, ROOT, writeReport, type BenchDatabase } from './support';

const RUNS = Number(process.env['BENCH_COLDSTART_RUNS'] ?? 5);
const MAIN = join(ROOT, 'dist/backend/main.js');
const TARGET_MS = 3000;
const BARE_SERVER =
  "require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json');" +
  " s.end(q.url === '/api/health' ? '{\"status\":\"ok\"}' : '{}'); }).listen(Number(process.env.PORT), '127.0.0.1')";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `node <args>` to its first 200 of GET /api/health; the process is then stopped. */
async function coldStart(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${stderr.slice(0, 500)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) return Number(process.hrtime.bigint() - started) / 1e6;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function appEnv(database: BenchDatabase, storage: string): Record<string, string> {
  return {
    DATABASE_URL: database.url,
    SMTP_URL: 'smtp://127.0.0.1:9',
    MAIL_FROM: 'Roundtable <events@bench.test>',
    PUBLIC_URL: 'http://bench.test',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    STORAGE_DIR: storage,
  };
}

const summary = (values: number[]) => ({
  medianMs: Math.round(median(values)),
  runsMs: values.map((value) => Math.round(value)),
});

async function main(): Promise<void> {
  if (!existsSync(MAIN)) {
    console.log('dist/backend/main.js is missing: npx nx build backend');
    execFileSync('npx', ['nx', 'build', 'backend'], { cwd: ROOT, stdio: 'inherit' });
  }
  const storage = mkdtempSync(join(tmpdir(), 'rt-bench-coldstart-'));
  const report: Record<string, unknown> = { runs: RUNS, targetMs: TARGET_MS };
  try {
    // One start of each first, so that the disk cache holds Node, the bundle and node_modules for every run.
    await coldStart(['-e', BARE_SERVER], {});
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) bare.push(await coldStart(['-e', BARE_SERVER], {}));
    report['baseline'] = summary(bare);
    console.log(
      `bare node -e HTTP server: ${summary(bare).medianMs} ms (${bare.map(Math.round).join(', ')})`,
    );
    const baselineMs = median(bare);
    for (const kind of benchDatabases()) {
      const fresh: number[] = [];
      const migrated: number[] = [];
      const warm = await kind.create();
      try {
        await coldStart([MAIN], appEnv(warm, storage));
        for (let run = 0; run < RUNS; run++) migrated.push(await coldStart([MAIN], appEnv(warm, storage)));
      } finally {
        await warm.drop();
      }
      for (let run = 0; run < RUNS; run++) {
        const database = await kind.create();
        try {
          fresh.push(await coldStart([MAIN], appEnv(database, storage)));
        } finally {
          await database.drop();
        }
      }
      const result = {
        fresh: { ...summary(fresh), ratio: Number((median(fresh) / baselineMs).toFixed(1)) },
        migrated: { ...summary(migrated), ratio: Number((median(migrated) / baselineMs).toFixed(1)) },
        checks: { fresh: median(fresh) < TARGET_MS, migrated: median(migrated) < TARGET_MS },
      };
      report[kind.name] = result;
      console.log(
        `${kind.name}: fresh database ${result.fresh.medianMs} ms (${result.fresh.runsMs.join(', ')}), ` +
          `migrated ${result.migrated.medianMs} ms (${result.migrated.runsMs.join(', ')}); ` +
          `${pass(result.checks.fresh)} / ${pass(result.checks.migrated)} < ${TARGET_MS} ms`,
      );
    }
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
  console.log(`report: ${writeReport('coldstart', report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
