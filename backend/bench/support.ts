/*
 * What the benchmarks share: the SMTP sink in its own process, the databases they run on (a temp SQLite file, a
 * throw-away database on the MariaDB of BENCH_MYSQL_URL or TEST_MYSQL_URL) and small statistics.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../src/config/config';
import { dataSourceOptions } from '../src/database/data-source-options';

export const ROOT = join(__dirname, '../..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Writes a bench's figures where `run.ts` collects them for docs/benchmarks.md. */
export function writeReport(name: string, report: unknown): string {
  const dir = join(ROOT, 'dist/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(report, null, 2));
  return path;
}

export interface Sink {
  url: string;
  /** Starts a new count, once the sink has confirmed it. */
  reset(): Promise<void>;
  waitFor(n: number): Promise<void>;
  /** Messages received since the last reset. */
  received(): number;
  close(): Promise<void>;
}

/** A counting SMTP server in a child process; the cost of receiving is the same for every run. */
export async function sink(): Promise<Sink> {
  const child = fork(join(__dirname, 'smtp-sink.ts'), [], {
    execArgv: ['-r', 'ts-node/register'],
    stdio: 'inherit',
  });
  let received = 0;
  let generation = 0;
  let waiter: { n: number; resolve: () => void } | null = null;
  const resets = new Map<number, () => void>();
  const port = await new Promise<number>((resolve) =>
    child.on(
      'message',
      (message: { port?: number; received?: number; generation?: number; reset?: number }) => {
        if (message.port) resolve(message.port);
        if (message.reset !== undefined) resets.get(message.reset)?.();
        // A count of an earlier round, still in flight when this one began, is not this round's.
        if (message.received !== undefined && message.generation === generation) {
          received = message.received;
          if (waiter && received >= waiter.n) waiter.resolve();
        }
      },
    ),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    reset: () =>
      new Promise<void>((resolve) => {
        const next = ++generation;
        received = 0;
        resets.set(next, () => (resets.delete(next), resolve()));
        child.send({ reset: next });
      }),
    waitFor: (n) => new Promise((resolve) => (received >= n ? resolve() : (waiter = { n, resolve }))),
    received: () => received,
    close: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill())),
  };
}

export interface BenchDatabase {
  config: DatabaseConfig;
  /** The same database as a DATABASE_URL, for a server started as a process. */
  url: string;
  drop(): Promise<void>;
}

export interface BenchDatabaseKind {
  name: 'sqlite' | 'mariadb';
  create(): Promise<BenchDatabase>;
}

/**
 * SQLite always; MariaDB when BENCH_MYSQL_URL or TEST_MYSQL_URL names a server; BENCH_DATABASES=sqlite (or
 * mariadb) keeps one. Each `create` is an empty database.
 */
export function benchDatabases(): BenchDatabaseKind[] {
  const only = process.env['BENCH_DATABASES']?.split(',').map((name) => name.trim());
  return allDatabases().filter((kind) => !only || only.includes(kind.name));
}

function allDatabases(): BenchDatabaseKind[] {
  const kinds: BenchDatabaseKind[] = [
    {
      name: 'sqlite',
      create: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'rt-bench-'));
        const path = join(dir, 'bench.sqlite');
        return {
          config: { kind: 'sqlite', path },
          url: `sqlite:${path}`,
          drop: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
  const mysqlUrl = process.env['BENCH_MYSQL_URL'] ?? process.env['TEST_MYSQL_URL'];
  if (mysqlUrl) {
    kinds.push({
      name: 'mariadb',
      create: async () => {
        const server = parseDatabaseUrl(mysqlUrl, process.cwd());
        if (server.kind !== 'mysql') throw new Error('BENCH_MYSQL_URL must be mysql:// or mariadb://');
        const name = `rt_bench_${randomBytes(5).toString('hex')}`;
        const admin = new DataSource({ ...dataSourceOptions(server), entities: [], migrations: [] });
        await admin.initialize();
        await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        const url = new URL(mysqlUrl);
        url.pathname = `/${name}`;
        return {
          config: { ...server, database: name, url: url.toString() },
          url: url.toString(),
          drop: async () => {
            await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
            await admin.destroy();
          },
        };
      },
    });
  }
  return kinds;
}
