import {
  SECTOR_COLOURS,
  SECTORS,
  type AttendanceCount,
  type AttendanceStats,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import { municipalityByCode } from '@roundtable/contracts/municipalities';

/** One line of a statistics table: what it counts, and the counts. */
export interface AttendanceRow extends AttendanceCount {
  key: string;
  label: string;
}

export interface SectorRow extends AttendanceRow {
  colour: string;
}

/** The municipalities the chart names; the table lists them all. */
export const MUNICIPALITY_CHART_MAX = 10;

/** Every sector in the vocabulary's order, with zeros for the ones nobody came from: the table reads alike each time. */
export function sectorRows(stats: AttendanceStats, sectorName: (sector: Sector) => string): SectorRow[] {
  const bySector = new Map(stats.bySector.map((row) => [row.sector, row]));
  return SECTORS.map((sector) => ({
    key: sector,
    label: sectorName(sector),
    registered: bySector.get(sector)?.registered ?? 0,
    checkedIn: bySector.get(sector)?.checkedIn ?? 0,
    colour: SECTOR_COLOURS[sector].background,
  }));
}

/** In the API's order (most attended first), each municipality by its name in the reader's language. */
export function municipalityRows(
  stats: AttendanceStats,
  language: Language,
  noMunicipality: string,
): AttendanceRow[] {
  return stats.byMunicipality.map((row) => ({
    key: row.municipality ?? '',
    label: row.municipality
      ? (municipalityByCode(row.municipality)?.[language] ?? row.municipality)
      : noMunicipality,
    registered: row.registered,
    checkedIn: row.checkedIn,
  }));
}

/** The named organisations in the API's order, then the rest together when there are any. */
export function organisationRows(stats: AttendanceStats, otherOrganisations: string): AttendanceRow[] {
  const rows: AttendanceRow[] = stats.byOrganisation.map((row, index) => ({
    key: `${index}:${row.organization}`,
    label: row.organization,
    registered: row.registered,
    checkedIn: row.checkedIn,
  }));
  const other = stats.otherOrganisations;
  if (other.registered > 0 || other.checkedIn > 0) {
    rows.push({ key: 'other', label: otherOrganisations, ...other });
  }
  return rows;
}
