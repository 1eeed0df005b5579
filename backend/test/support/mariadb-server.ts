import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { freePort } from './server-process';

const run = promisify(execFile);

/**
 * A throw-away MariaDB server of a spec's own (the fault suite restarts it under load; the shared server on
 * :3306 is never touched). Its data directory is made by `mariadb-install-db` (about 3 s, so one per spec
 * file), it listens on a free port and a socket of its own, and `stop` and `start` keep the same data directory
 * and port, so the app's pool finds it again where it was.
 */
export class MariaDbServer {
  private child: ChildProcess | null = null;
  private log = '';

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** `mysql://` URL of the database `roundtable` for the user the app connects as. */
  get url(): string {
    return `mariadb://roundtable:roundtable@127.0.0.1:${this.port}/roundtable`;
  }

  static async create(): Promise<MariaDbServer> {
    const dir = mkdtempSync(join(tmpdir(), 'rt-mariadb-'));
    await run('mariadb-install-db', [
      '--auth-root-authentication-method=normal',
      `--datadir=${join(dir, 'data')}`,
      `--user=${userInfo().username}`,
      '--skip-test-db',
    ]);
    const server = new MariaDbServer(dir, await freePort());
    await server.start();
    const root = await createConnection({ socketPath: join(dir, 'mariadb.sock'), user: 'root' });
    try {
      await root.query(`CREATE USER 'roundtable'@'127.0.0.1' IDENTIFIED BY 'roundtable'`);
      await root.query(`GRANT ALL PRIVILEGES ON *.* TO 'roundtable'@'127.0.0.1'`);
      await root.query('CREATE DATABASE roundtable CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    } finally {
      await root.end();
    }
    return server;
  }

  /** Starts `mariadbd` on the data directory and waits until it takes connections. */
  async start(): Promise<void> {
    if (this.child) throw new Error('MariaDB is running already');
    this.log = '';
    const child = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--socket=${join(this.dir, 'mariadb.sock')}`,
        `--pid-file=${join(this.dir, 'mariadb.pid')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--user=${userInfo().username}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=2',
        '--innodb-doublewrite=0',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (chunk) => (this.log += chunk));
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`MariaDB did not start:\n${this.log}`)), 30_000);
      const onData = () => {
        if (!this.log.includes('ready for connections')) return;
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        child.off('exit', onExit);
        resolve();
      };
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        reject(new Error(`MariaDB exited with ${code}:\n${this.log}`));
      };
      child.stderr?.on('data', onData);
      child.once('exit', onExit);
    });
  }

  /** SIGTERM, as a service manager stops it: connections are closed, InnoDB shuts down cleanly. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
