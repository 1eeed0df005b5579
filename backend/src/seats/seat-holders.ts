import { Injectable } from '@nestjs/common';
import type { Sector } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';

/** Participant seats held for an event by something other than a confirmed registration, by sector. */
export interface HeldSeats {
  total: number;
  bySector: Partial<Record<Sector, number>>;
}

export type SeatSource = (manager: EntityManager, eventId: string) => Promise<HeldSeats>;

/**
 * Who holds participant seats besides confirmed registrations (today: pending guest invitations). Features
 * register a source, so the seat decision counts every holder without importing the features that make them.
 * Read inside the transaction that takes a seat, so the count is the one the decision locks against.
 */
@Injectable()
export class SeatHolders {
  private readonly sources: SeatSource[] = [];

  register(source: SeatSource): void {
    this.sources.push(source);
  }

  async held(manager: EntityManager, eventId: string): Promise<HeldSeats> {
    const result: HeldSeats = { total: 0, bySector: {} };
    for (const source of this.sources) {
      const held = await source(manager, eventId);
      result.total += held.total;
      for (const [sector, count] of Object.entries(held.bySector) as [Sector, number][]) {
        result.bySector[sector] = (result.bySector[sector] ?? 0) + count;
      }
    }
    return result;
  }
}
