/** True when a write broke a unique index: SQLite's and MySQL's codes for the same thing. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; errno?: number } })?.driverError ?? error;
  const code = (driverError as { code?: string })?.code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY'
  );
}

/**
 * True when MySQL/MariaDB gave up on a transaction for the sake of another: a deadlock (InnoDB rolled this one
 * back) or a lock wait that timed out. Both say "try again", and nothing of the attempt was kept.
 */
export function isTransientConflict(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } })?.driverError ?? error;
  const code = (driverError as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}
