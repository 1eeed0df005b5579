import {
  SECTORS,
  STATS_ORGANISATIONS_MAX,
  type AttendanceCount,
  type AttendanceStats,
  type Sector,
} from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import { RegistrationEntity } from '../registrations/registration.entity';

/** One GROUP BY row: the group's value, confirmed registrations, how many of them checked in, walk-ins. */
export interface CountRow {
  key: string | null;
  registered: number;
  checkedIn: number;
  walkIns: number;
}

/**
 * Attendance from the check-ins: every confirmed registration (walk-ins too) counts as registered, those with a
 * check-in time as checked in. Counted by the database, one GROUP BY per dimension. Several events (a series)
 * are counted together, so their joint figures are the sums of each event's.
 */
export async function attendanceStats(
  manager: EntityManager,
  eventIds: string | string[],
): Promise<AttendanceStats> {
  const ids = typeof eventIds === 'string' ? [eventIds] : eventIds;
  if (ids.length === 0) return statsFromRows([], [], []);
  const [sectors, municipalities, organisations] = await Promise.all(
    (['sector', 'municipality', 'organization'] as const).map((column) => countBy(manager, ids, column)),
  );
  return statsFromRows(sectors, municipalities, organisations);
}

/** Registered and checked in per event, for a list of events (a series). */
export async function attendanceByEvent(
  manager: EntityManager,
  eventIds: string[],
): Promise<Map<string, { registered: number; checkedIn: number }>> {
  const rows = eventIds.length === 0 ? [] : await countBy(manager, eventIds, 'eventId');
  return new Map(
    rows.map((row) => [row.key ?? '', { registered: row.registered, checkedIn: row.checkedIn }]),
  );
}

async function countBy(
  manager: EntityManager,
  eventIds: string[],
  column: 'sector' | 'municipality' | 'organization' | 'eventId',
): Promise<CountRow[]> {
  const rows = await manager
    .getRepository(RegistrationEntity)
    .createQueryBuilder('registration')
    .select(`registration.${column}`, 'key')
    .addSelect('COUNT(*)', 'registered')
    .addSelect('SUM(CASE WHEN registration.checkedInAt IS NOT NULL THEN 1 ELSE 0 END)', 'checkedIn')
    // A boolean is 0 or 1 on both engines.
    .addSelect('SUM(registration.walkIn)', 'walkIns')
    .where('registration.eventId IN (:...eventIds)', { eventIds })
    .andWhere("registration.status = 'confirmed'")
    .groupBy(`registration.${column}`)
    .getRawMany<{ key: string | null; registered: unknown; checkedIn: unknown; walkIns: unknown }>();
  // MySQL answers SUM as a decimal string, SQLite as a number.
  return rows.map((row) => ({
    key: row.key,
    registered: Number(row.registered),
    checkedIn: Number(row.checkedIn ?? 0),
    walkIns: Number(row.walkIns ?? 0),
  }));
}

const count = (rows: CountRow[]): AttendanceCount => ({
  registered: rows.reduce((sum, row) => sum + row.registered, 0),
  checkedIn: rows.reduce((sum, row) => sum + row.checkedIn, 0),
});

/** Most checked-in first, then most registered, then by name. */
const COLLATOR = new Intl.Collator('bg', { sensitivity: 'base', numeric: true });
function byAttendance<T extends AttendanceCount>(name: (item: T) => string | null) {
  return (a: T, b: T) =>
    b.checkedIn - a.checkedIn ||
    b.registered - a.registered ||
    COLLATOR.compare(name(a) ?? '\uffff', name(b) ?? '\uffff');
}

/**
 * The statistics from the three GROUP BYs. Organisations are merged by their lower-cased, trimmed name (MySQL's
 * collation groups „Община Габрово“ and „община габрово“ together, SQLite does not: both answer as MySQL does);
 * the spelling with most people names the group. Anonymised registrations (no organisation left) count in
 * `otherOrganisations`.
 */
export function statsFromRows(
  sectors: CountRow[],
  municipalities: CountRow[],
  organisations: CountRow[],
): AttendanceStats {
  const total = count(sectors);
  const walkIns = sectors.reduce((sum, row) => sum + row.walkIns, 0);
  const bySector = SECTORS.flatMap((sector) => {
    const row = sectors.find((candidate) => candidate.key === sector);
    return row ? [{ sector: sector as Sector, registered: row.registered, checkedIn: row.checkedIn }] : [];
  }).sort(byAttendance((item) => item.sector));
  const byMunicipality = municipalities
    .map((row) => ({ municipality: row.key || null, registered: row.registered, checkedIn: row.checkedIn }))
    .sort(byAttendance((item) => item.municipality));
  const merged = new Map<string, { names: Map<string, number> } & AttendanceCount>();
  const unnamed: CountRow[] = [];
  for (const row of organisations) {
    const name = (row.key ?? '').trim();
    if (name === '') {
      unnamed.push(row);
      continue;
    }
    const key = name.toLocaleLowerCase('bg');
    const group = merged.get(key) ?? { names: new Map(), registered: 0, checkedIn: 0 };
    group.registered += row.registered;
    group.checkedIn += row.checkedIn;
    group.names.set(name, (group.names.get(name) ?? 0) + row.registered);
    merged.set(key, group);
  }
  const named = [...merged.values()]
    .map((group) => ({
      organization: [...group.names.entries()].sort(
        (a, b) => b[1] - a[1] || COLLATOR.compare(a[0], b[0]),
      )[0][0],
      registered: group.registered,
      checkedIn: group.checkedIn,
    }))
    .sort(byAttendance((item) => item.organization));
  const rest = named.slice(STATS_ORGANISATIONS_MAX);
  return {
    registered: total.registered,
    checkedIn: total.checkedIn,
    noShows: total.registered - total.checkedIn,
    walkIns,
    bySector,
    byMunicipality,
    byOrganisation: named.slice(0, STATS_ORGANISATIONS_MAX),
    otherOrganisations: {
      registered: count(unnamed).registered + rest.reduce((sum, item) => sum + item.registered, 0),
      checkedIn: count(unnamed).checkedIn + rest.reduce((sum, item) => sum + item.checkedIn, 0),
    },
  };
}
