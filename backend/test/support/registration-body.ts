import type { Sector } from '@roundtable/contracts';
import { SECTORS } from '@roundtable/contracts';

/*
 * The public registration a load sends as its i-th request, for the fault suite's bursts and the registration
 * bench alike: unique addresses, and every third registrant from health, far more than its quota, while the
 * rest fill the room.
 */

const OTHER_SECTORS = SECTORS.filter((sector) => sector !== 'health');

export function sectorOf(i: number): Sector {
  return i % 3 === 0 ? 'health' : OTHER_SECTORS[i % OTHER_SECTORS.length];
}

export function registrationBody(i: number, prefix: string): string {
  return JSON.stringify({
    firstName: 'Мария',
    lastName: `Петрова ${i}`,
    email: `${prefix}-${i}@example.bg`,
    organization: 'Община Раковски',
    position: 'Експерт',
    sector: sectorOf(i),
    municipality: 'PDV25',
    language: 'bg',
    consents: { processing: true, media: false, publishName: true, followUp: true },
  });
}
