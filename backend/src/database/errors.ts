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

/** The codes of a database that cannot be reached or went away: refused, cut, timed out, shutting down. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
  // SQLite: another process held the file for longer than busy_timeout.
  'SQLITE_BUSY',
]);

/**
 * True when the database could not be reached or the connection died under the statement (mysql2 marks those
 * errors `fatal`): nothing about the request is wrong, and the same request may succeed in a moment. The
 * problem filter answers 503 with Retry-After, not 500 (decision 0030).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown })?.driverError ?? error;
  const { code, fatal } = (driverError ?? {}) as { code?: unknown; fatal?: unknown };
  return fatal === true || (typeof code === 'string' && UNREACHABLE.has(code));
}
