import type { RegistrationPage, RegistrationSort } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import { undeliveredCondition, undeliveredOf } from '../jobs/job-queue';
import type { RegistrationListQueryDto } from './dto/registration-list-query.dto';
import { RegistrationEntity } from './registration.entity';
import { toRegistration } from './registration.mapper';
import { waitlistPositions } from './wait-list';

const SORT_COLUMNS: Record<string, string[]> = {
  createdAt: ['registration.createdAt'],
  lastName: ['registration.lastName', 'registration.firstName'],
  organization: ['registration.organization', 'registration.lastName'],
  status: ['registration.status', 'registration.createdAt'],
};

/**
 * The organiser's table: filtered, searched, sorted and paged in the database, so a page of a 10,000-row event
 * costs what a page costs. Search looks in `searchText`, lower-cased in JavaScript, which (unlike SQLite's LIKE
 * and lower()) knows Cyrillic letter case. Each row tells whether the e-mails to it stopped reaching the person.
 */
export async function listRegistrations(
  manager: EntityManager,
  eventId: string,
  query: RegistrationListQueryDto,
): Promise<RegistrationPage> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const builder = manager
    .getRepository(RegistrationEntity)
    .createQueryBuilder('registration')
    .where('registration.eventId = :eventId', { eventId });
  if (query.status) builder.andWhere('registration.status = :status', { status: query.status });
  if (query.sector) builder.andWhere('registration.sector = :sector', { sector: query.sector });
  if (query.municipality)
    builder.andWhere('registration.municipality = :municipality', { municipality: query.municipality });
  if (query.undelivered !== undefined) {
    const condition = undeliveredCondition('registration.id');
    builder.andWhere(query.undelivered ? condition : `NOT ${condition}`, {
      undeliveredSubjectType: 'registration',
    });
  }
  if (query.q) {
    builder.andWhere("registration.searchText LIKE :q ESCAPE '!'", {
      q: `%${escapeLike(query.q.toLowerCase())}%`,
    });
  }
  const [field, direction] = sortOf(query.sort ?? 'createdAt');
  // The id breaks ties, so that no row repeats or goes missing between pages; every column runs one way, so the
  // index of the sort serves it forwards and backwards.
  for (const [index, column] of [...SORT_COLUMNS[field], 'registration.id'].entries()) {
    if (index === 0) builder.orderBy(column, direction);
    else builder.addOrderBy(column, direction);
  }
  const [rows, total] = await builder
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount();
  const positions = await waitlistPositions(
    manager,
    eventId,
    rows.filter((row) => row.status === 'waitlisted').map((row) => row.id),
  );
  const ids = rows.map((row) => row.id);
  const undelivered = await undeliveredOf(manager, 'registration', ids);
  const items = rows.map((row) => ({
    ...toRegistration(row, positions.get(row.id) ?? null),
    undelivered: undelivered.get(row.id) ?? null,
  }));
  return { items, total, page, pageSize };
}

function sortOf(sort: RegistrationSort): [string, 'ASC' | 'DESC'] {
  return sort.startsWith('-') ? [sort.slice(1), 'DESC'] : [sort, 'ASC'];
}

/** `!` escapes, not a backslash: MySQL reads a backslash in a string literal as an escape of its own. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (char) => `!${char}`);
}
