import { AsyncLocalStorage } from 'node:async_hooks';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { EntityManager } from 'typeorm/entity-manager/EntityManager';
import { EntityPersistExecutor } from 'typeorm/persistence/EntityPersistExecutor';

/*
 * TypeORM's SQLite driver hands every caller ONE shared query runner over ONE connection, so "is a transaction
 * active" is shared too. Left alone, anything that runs while a transaction is open becomes part of it: the mail
 * dispatcher reads outbox rows not yet committed (and could send mail for a change that then rolls back), and a
 * concurrent transaction or repository.save() silently nests as a SAVEPOINT of the other, lost if that one
 * rolls back.
 *
 * So SQLite gets the single writer it was built for. One lock per connection; a unit of work holds it for its
 * whole length: an explicit transaction (EntityManager.transaction), the implicit one of save()/remove(), or a
 * single statement. Who holds it follows the async call chain (AsyncLocalStorage), so the statements a unit of
 * work issues, however deep, run, while everyone else waits their turn. MySQL/MariaDB need none of this: their
 * runners are separate pooled connections.
 */

class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return acquired;
  }
}

const holder = new AsyncLocalStorage<Lock>();
const locks = new WeakMap<object, Lock>();

function lockOf(driver: object): Lock {
  let lock = locks.get(driver);
  if (!lock) {
    lock = new Lock();
    locks.set(driver, lock);
  }
  return lock;
}

/** Runs `work` holding the driver's lock, unless this async chain already holds it (nested work). */
async function exclusively<T>(driver: object, work: () => Promise<T>): Promise<T> {
  const lock = lockOf(driver);
  if (holder.getStore() === lock) return work();
  const release = await lock.acquire();
  try {
    return await holder.run(lock, work);
  } finally {
    release();
  }
}

type AnyMethod = (...args: unknown[]) => Promise<unknown>;
let installed = false;

export function serializeSqliteAccess(): void {
  if (installed) return;
  installed = true;
  const isSqlite = (driver: { options?: { type?: string } }) => driver.options?.type === 'better-sqlite3';

  const runner = BetterSqlite3QueryRunner.prototype as unknown as { query: AnyMethod };
  const query = runner.query;
  runner.query = function (this: { driver: object }, ...args: unknown[]) {
    // Another process on the same file (a second instance, a CLI) is kept out by SQLite's own lock. A deferred
    // BEGIN takes it only at the first write, and a transaction that read first and then finds the file written
    // by the other process fails at once with SQLITE_BUSY, busy_timeout or not (its snapshot is stale). BEGIN
    // IMMEDIATE takes the write lock at the start, waiting up to busy_timeout for it (decision 0030). In one
    // process it changes nothing: the lock above already lets one unit of work run at a time.
    if (args[0] === 'BEGIN TRANSACTION') args[0] = 'BEGIN IMMEDIATE TRANSACTION';
    return exclusively(this.driver, () => query.apply(this, args));
  };

  const manager = EntityManager.prototype as unknown as { transaction: AnyMethod };
  const transaction = manager.transaction;
  manager.transaction = function (this: EntityManager, ...args: unknown[]) {
    const driver = this.dataSource.driver;
    if (!isSqlite(driver) || this.queryRunner) return transaction.apply(this, args);
    return exclusively(driver, () => transaction.apply(this, args));
  };

  const persist = EntityPersistExecutor.prototype as unknown as { execute: AnyMethod };
  const execute = persist.execute;
  persist.execute = function (
    this: { dataSource: { driver: object & { options?: { type?: string } } } },
    ...args: unknown[]
  ) {
    const driver = this.dataSource.driver;
    if (!isSqlite(driver)) return execute.apply(this, args);
    return exclusively(driver, () => execute.apply(this, args));
  };
}
