import type { ColumnOptions } from 'typeorm';
import { STORAGE_KEY_LENGTH } from '../storage/storage';

/** Column shapes shared by every entity, chosen to mean the same on SQLite and MySQL/MariaDB. */
export const ID_COLUMN = { type: 'varchar', length: 36 } as const satisfies ColumnOptions;

/**
 * Instants, stored in UTC (the MySQL connection runs with timezone 'Z'). Precision 6 because TypeORM's
 * create/update-date default on MySQL is CURRENT_TIMESTAMP(6); any other precision reads back as drift.
 */
export const INSTANT_COLUMN = { type: 'datetime', precision: 6 } as const satisfies ColumnOptions;

/** A key of Storage; null while there is no file. */
export const STORAGE_KEY_COLUMN = {
  type: 'varchar',
  length: STORAGE_KEY_LENGTH,
  nullable: true,
} as const satisfies ColumnOptions;
