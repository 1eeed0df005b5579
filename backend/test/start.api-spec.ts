import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/*
 * The built server as a process, the way `npm run start:prod` runs it: configured only by the environment.
 * .ci/test.mjs builds the backend before the API specs run.
 */
const MAIN = join(__dirname, '../../dist/backend/main.js');
const BASE_ENV = { PATH: process.env['PATH'], TZ: process.env['TZ'], SMTP_URL: 'smtp://127.0.0.1:2525' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the built server as a process', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npx nx build backend first`);
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'foo://x' }],
    ['SMTP_URL', { SMTP_URL: '' }],
    ['PORT', { PORT: 'eighty' }],
  ])('stops on a bad %s with one line naming it', (variable, env) => {
    const result = spawnSync(process.execPath, [MAIN], {
      env: { ...BASE_ENV, ...env },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(result.stdout.trim()).toBe('');
  });

  describe('on an empty database', () => {
    let database: TestDatabase;
    let server: ReturnType<typeof spawn> | undefined;
    beforeAll(async () => (database = await createTestDatabase()));
    afterAll(async () => {
      server?.kill('SIGTERM');
      await new Promise((resolve) =>
        server?.exitCode !== null ? resolve(null) : server.once('exit', resolve),
      );
      await database.drop();
    });

    it('creates the schema through migrations and serves, with no demo data', async () => {
      const port = await freePort();
      server = spawn(process.execPath, [MAIN], {
        env: {
          ...BASE_ENV,
          PORT: String(port),
          DATABASE_URL: database.url,
          STORAGE_DIR: '/tmp/rt-start-files',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      server.stdout?.on('data', (chunk) => (output += chunk));
      server.stderr?.on('data', (chunk) => (output += chunk));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 25000);
        server?.stdout?.on('data', () => {
          if (output.includes('Roundtable is running')) {
            clearTimeout(timer);
            resolve();
          }
        });
        server?.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
      });
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: database.kind });
      const events = (await (await fetch(`http://127.0.0.1:${port}/api/events`)).json()) as { total: number };
      expect(events.total).toBe(0);
      expect(output).not.toContain('Demo logins');
    });
  });
});
