import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { RegistrationEntity } from './registration.entity';

/** Rows per multi-row INSERT: about 25 columns each, far below SQLite's and MySQL's limits of bound parameters. */
const ROWS_PER_INSERT = 200;

/**
 * Stores registrations built with every column, in multi-row inserts, without reading them back (no SELECT
 * while the event is locked; merged back, MySQL's defaults would arrive raw). The unique (eventId,
 * activeEmailKey) index decides between two requests at once, not an earlier read: for a single registration
 * the loser is ALREADY_REGISTERED; for several, the driver's error is thrown as it is (which of them lost is
 * not known, and the caller stores them one by one).
 */
export async function insertRegistrations(
  manager: EntityManager,
  registrations: readonly RegistrationEntity[],
): Promise<void> {
  try {
    for (let start = 0; start < registrations.length; start += ROWS_PER_INSERT) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(RegistrationEntity)
        .values(registrations.slice(start, start + ROWS_PER_INSERT))
        .updateEntity(false)
        .execute();
    }
  } catch (error) {
    if (registrations.length === 1 && isUniqueViolation(error)) throw new DomainError('ALREADY_REGISTERED');
    throw error;
  }
}

/** One registration; ALREADY_REGISTERED when its address is registered already. */
export function insertRegistration(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
  return insertRegistrations(manager, [registration]);
}
