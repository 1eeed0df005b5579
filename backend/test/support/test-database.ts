import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl, type DatabaseConfig } from '../../src/config/config';
import { dataSourceOptions } from '../../src/database/data-source-options';

export type TestDatabaseKind = 'sqlite' | 'mysql';

export interface TestDatabase {
  kind: TestDatabaseKind;
  config: DatabaseConfig;
  /** The same database as a DATABASE_URL, for specs that start the server as a process. */
  url: string;
  drop(): Promise<void>;
}

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env['TEST_DATABASE'] ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'mysql')
    throw new Error(`TEST_DATABASE must be sqlite or mysql, not ${kind}`);
  return kind;
}

/**
 * An empty database of the kind under test: a fresh SQLite file, or a throw-away database on the MariaDB/MySQL
 * server of TEST_MYSQL_URL. Never a mock: the specs run against the engines production runs on.
 */
export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rt-api-'));
    const path = join(dir, 'roundtable.sqlite');
    return {
      kind,
      config: { kind: 'sqlite', path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = process.env['TEST_MYSQL_URL'];
  if (!serverUrl)
    throw new Error(
      'TEST_DATABASE=mysql needs TEST_MYSQL_URL (mysql:// or mariadb://user:pass@host:port/db)',
    );
  const server = parseDatabaseUrl(serverUrl, process.cwd());
  if (server.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must be a mysql:// or mariadb:// URL');
  const name = `rt_test_${randomBytes(5).toString('hex')}`;
  const admin = new DataSource({ ...dataSourceOptions(server), entities: [], migrations: [] });
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { ...server, database: name, url: url.toString() },
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}
