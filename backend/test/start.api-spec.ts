import { spawnSync } from 'node:child_process';
import { assertBuilt, SERVER_MAIN, startServer, type ServerProcess } from './support/server-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* The built server as a process, the way `npm run start:prod` runs it: configured only by the environment. */
const BASE_ENV = { PATH: process.env['PATH'], TZ: process.env['TZ'], SMTP_URL: 'smtp://127.0.0.1:2525' };

describe('the built server as a process', () => {
  beforeAll(assertBuilt);

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'foo://x' }],
    ['SMTP_URL', { SMTP_URL: '' }],
    ['PORT', { PORT: 'eighty' }],
  ])('stops on a bad %s with one line naming it', (variable, env) => {
    const result = spawnSync(process.execPath, [SERVER_MAIN], {
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
    let server: ServerProcess | undefined;
    beforeAll(async () => (database = await createTestDatabase()));
    afterAll(async () => {
      await server?.stop();
      await database.drop();
    });

    it('creates the schema through migrations and serves, with no demo data', async () => {
      server = await startServer({
        SMTP_URL: 'smtp://127.0.0.1:2525',
        // The plain mysql:// scheme, as people write it, whatever the server is (MariaDB in CI).
        DATABASE_URL: database.url.replace(/^mariadb:/, 'mysql:'),
        STORAGE_DIR: '/tmp/rt-start-files',
      });
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: database.kind });
      const events = (await (await fetch(`${server.url}/api/events`)).json()) as { total: number };
      expect(events.total).toBe(0);
      expect(server.output()).not.toContain('Demo logins');
    });
  });
});
