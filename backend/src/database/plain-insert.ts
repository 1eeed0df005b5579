import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bound parameters per statement: far below SQLite's (32,766) and MySQL's (65,535) limits. */
const MAX_PARAMETERS = 5_000;

/**
 * Inserts entities built with every column given, in multi-row INSERTs of plain parameterised SQL: each value
 * converted by the driver as TypeORM converts it (dates, JSON, booleans), without the query builder, whose
 * bookkeeping of thousands of named parameters cost more than the database's work on the registration path
 * (decision 0025). Nothing is read back. A column left undefined is an error, not its default: SQLite has no
 * DEFAULT in VALUES, and a silent NULL would be worse.
 */
export async function plainInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value: unknown = column.getEntityValue(row);
        if (value === undefined) throw new Error(`${metadata.tableName}.${column.propertyPath} is not given`);
        parameters.push(driver.preparePersistentValue(value, column));
      }
    }
    await manager.query(
      `INSERT INTO ${driver.escape(metadata.tablePath)} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      parameters,
    );
  }
}
