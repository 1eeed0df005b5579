import type { ColumnOptions } from 'typeorm';

/** Column shapes shared by every entity, chosen to mean the same on SQLite and MySQL/MariaDB. */
export const ID_COLUMN = { type: 'varchar', length: 36 } as const satisfies ColumnOptions;

/**
 * Instants, stored in UTC (the MySQL connection runs with timezone 'Z'). Precision 6 because TypeORM's
 * create/update-date default on MySQL is CURRENT_TIMESTAMP(6); any other precision reads back as drift.
 */
export const INSTANT_COLUMN = { type: 'datetime', precision: 6 } as const satisfies ColumnOptions;
