import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { RegistrationEntity } from './registration.entity';

/**
 * Stores a registration built with every column, without reading it back (one SELECT less while the event is
 * locked; merged back, MySQL's defaults would arrive raw). The unique (eventId, activeEmailKey) index decides
 * between two requests at once, not an earlier read: the loser is ALREADY_REGISTERED.
 */
export async function insertRegistration(
  manager: EntityManager,
  registration: RegistrationEntity,
): Promise<void> {
  try {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RegistrationEntity)
      .values(registration)
      .updateEntity(false)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('ALREADY_REGISTERED');
    throw error;
  }
}
