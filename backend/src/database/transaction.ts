import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { isTransientConflict } from './errors';

const ATTEMPTS = 4;

/** What to do once the transaction a manager belongs to has committed; dropped when it rolls back. */
const pending = new WeakMap<EntityManager, Set<() => void>>();

/** Work to do in `manager`'s transaction just before it commits (e.g. writing the audit entries it made). */
const closing = new WeakMap<EntityManager, (() => Promise<void>)[]>();
/** The transaction `inTransaction` is running the work of, for code that is not handed its manager (audit). */
const current = new AsyncLocalStorage<EntityManager>();

/** The manager of the transaction opened by `inTransaction` whose work is running here, if any. */
export function currentTransaction(): EntityManager | undefined {
  const manager = current.getStore();
  return manager?.queryRunner?.isTransactionActive ? manager : undefined;
}

const starters: ((manager: EntityManager) => void)[] = [];

/** Called with every transaction `inTransaction` opens, as its work starts (the audit log hooks in here). */
export function onTransactionWork(listener: (manager: EntityManager) => void): void {
  starters.push(listener);
}

/**
 * Runs `work` inside `manager`'s transaction once its work is done, just before the commit: what it writes
 * commits or rolls back with the rest. Only transactions opened by `inTransaction` run these.
 */
export function beforeCommit(manager: EntityManager, work: () => Promise<void>): void {
  let hooks = closing.get(manager);
  if (!hooks) closing.set(manager, (hooks = []));
  hooks.push(work);
}

/**
 * Runs `callback` once `manager`'s transaction has committed (at once when it is not in a transaction), and
 * once only however often it is asked for. Only a transaction opened by `inTransaction` runs these callbacks;
 * e.g. the job queue wakes the runner here, so no service wakes it by hand and none wakes it too early.
 */
export function afterCommit(manager: EntityManager, callback: () => void): void {
  if (!manager.queryRunner?.isTransactionActive) return callback();
  let callbacks = pending.get(manager);
  if (!callbacks) pending.set(manager, (callbacks = new Set()));
  callbacks.add(callback);
}

/**
 * Runs `work` in a transaction, and runs it again when MySQL/MariaDB rolled it back in a deadlock or a lock wait
 * timed out. InnoDB picks a victim whenever two transactions wait on each other, which concurrent writers to one
 * table (20 organisers' invitations and the mail dispatcher) do now and then; the victim's work was undone
 * whole, so doing it again is safe, and is what the database asks for. `work` must touch nothing but the
 * database through `manager` (side effects are queued as jobs, which is inside), so a retry repeats nothing
 * else. After the commit it runs what `afterCommit` asked for (e.g. waking the job runner).
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      let committed: Set<() => void> | undefined;
      const tracked = async (manager: EntityManager) => {
        try {
          const result = await current.run(manager, () => {
            for (const starter of starters) starter(manager);
            return work(manager);
          });
          for (const hook of closing.get(manager) ?? []) await hook();
          committed = pending.get(manager);
          return result;
        } finally {
          pending.delete(manager);
          closing.delete(manager);
        }
      };
      const result = isolation
        ? await dataSource.transaction(isolation, tracked)
        : await dataSource.transaction(tracked);
      for (const callback of committed ?? []) callback();
      return result;
    } catch (error) {
      if (!isTransientConflict(error) || attempt === ATTEMPTS) throw error;
      // A short random pause, so the two that collided do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
