import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { plainInsert } from '../database/plain-insert';
import { RegistrationEntity } from './registration.entity';

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
    await plainInsert(manager, RegistrationEntity, registrations);
  } catch (error) {
    if (registrations.length === 1 && isUniqueViolation(error)) throw new DomainError('ALREADY_REGISTERED');
    throw error;
  }
}

/** One registration; ALREADY_REGISTERED when its address is registered already. */
export function insertRegistration(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
  return insertRegistrations(manager, [registration]);
}
