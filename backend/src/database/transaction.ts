import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { isTransientConflict } from './errors';

const ATTEMPTS = 4;

/**
 * Runs `work` in a transaction, and runs it again when MySQL/MariaDB rolled it back in a deadlock or a lock wait
 * timed out. InnoDB picks a victim whenever two transactions wait on each other, which concurrent writers to one
 * table (20 organisers' invitations and the mail dispatcher) do now and then; the victim's work was undone
 * whole, so doing it again is safe, and is what the database asks for. `work` must touch nothing but the
 * database through `manager` (mail is queued in the outbox, which is inside), so a retry repeats nothing else.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation?: IsolationLevel,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return isolation ? await dataSource.transaction(isolation, work) : await dataSource.transaction(work);
    } catch (error) {
      if (!isTransientConflict(error) || attempt === ATTEMPTS) throw error;
      // A short random pause, so the two that collided do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
