/*
 * The app as production starts it (configuration from the environment, the production logger), in its own
 * process so that the load generator does not share its event loop. Told over IPC when to start and stop a CPU
 * profile (BENCH_PROFILE), so the profile covers the measured load and not the start-up. BENCH_QUERIES=1 prints,
 * on exit, the time spent in each SQL statement (to stderr): what the profile shows as the driver's native work.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/config';

function countQueries(): void {
  const statements = new Map<string, { n: number; ms: number }>();
  for (const runner of [BetterSqlite3QueryRunner, MysqlQueryRunner]) {
    const prototype = runner.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
    const query = prototype.query;
    prototype.query = async function (this: unknown, ...args: unknown[]) {
      const started = process.hrtime.bigint();
      try {
        return await query.apply(this, args);
      } finally {
        const sql = String(args[0]).replace(/\s+/g, ' ').slice(0, 160);
        const entry = statements.get(sql) ?? { n: 0, ms: 0 };
        entry.n++;
        entry.ms += Number(process.hrtime.bigint() - started) / 1e6;
        statements.set(sql, entry);
      }
    };
  }
  process.on('exit', () => {
    for (const [sql, { n, ms }] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
      console.error(`${ms.toFixed(0).padStart(7)} ms ${String(n).padStart(6)}×  ${sql}`);
  });
}

async function main(): Promise<void> {
  if (process.env['BENCH_QUERIES']) countQueries();
  const config = loadConfig(process.env, process.cwd(), {
    frontendDir: null,
    templatesDir: join(__dirname, '../../templates'),
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const session = new Session();
  process.on('message', async (message: { profile?: 'start' | 'stop'; path?: string; stop?: true }) => {
    if (message.profile === 'start') {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      process.send?.({ profiling: true });
    }
    if (message.profile === 'stop' && message.path) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(message.path, JSON.stringify(profile));
      session.disconnect();
      process.send?.({ profiled: message.path });
    }
    if (message.stop) {
      await app.close();
      process.exit(0);
    }
  });
  // The bench that started it ended (or failed) without stopping it: no server is left behind.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
