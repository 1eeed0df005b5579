import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { serializeSqliteAccess } from './sqlite-single-writer';

export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrationsRun: false,
    synchronize: false,
    migrationsTableName: 'migrations',
    // Off: TypeORM prints a failed query with its parameters, which can hold password hashes and personal data.
    // Failures still surface as exceptions, and the problem filter logs unexpected ones without parameters.
    logging: false,
  };
  if (database.kind === 'sqlite') {
    serializeSqliteAccess();
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      migrations: SQLITE_MIGRATIONS,
      // WAL lets readers go on while one writer commits; busy_timeout waits for the lock instead of failing.
      enableWAL: true,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: database.flavour,
    host: database.host,
    port: database.port,
    username: database.username,
    password: database.password,
    database: database.database,
    migrations: MYSQL_MIGRATIONS,
    charset: 'utf8mb4_unicode_ci',
    // Instants are written and read as UTC whatever the server's TZ; the mysql2 default ('local') shifts them.
    timezone: 'Z',
    connectTimeout: 10000,
  };
}
