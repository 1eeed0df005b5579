import { Injectable } from '@nestjs/common';
import type { Language } from '@roundtable/contracts';
import type { EntityManager } from 'typeorm';
import type { ParticipationStatus } from './ics';

/** Someone who has the event in their calendar because we sent them a REQUEST. */
export interface CalendarHolder {
  /** Unique per holder and event, e.g. `invitation:<id>`; part of the dedupe key of their updates. */
  key: string;
  email: string;
  name: string;
  language: Language;
  status: ParticipationStatus;
  /** What made them a holder (e.g. their invitation): the subject of the updates they are sent. */
  subject?: { type: string; id: string };
}

export type HolderSource = (manager: EntityManager, eventId: string) => Promise<CalendarHolder[]>;

/**
 * Who holds an event in a calendar. Invitations and registrations register a source, so the events feature can
 * reach every holder without knowing what made them one. A person is one holder however many sources name
 * them (an invited official who accepted is also a confirmed registrant): the event has one UID, so their
 * calendar has one entry, and each change is one e-mail to them.
 */
@Injectable()
export class CalendarHolders {
  private readonly sources: HolderSource[] = [];

  register(source: HolderSource): void {
    this.sources.push(source);
  }

  async of(manager: EntityManager, eventId: string): Promise<CalendarHolder[]> {
    const all = (await Promise.all(this.sources.map((source) => source(manager, eventId)))).flat();
    const byAddress = new Map<string, CalendarHolder>();
    for (const holder of all) {
      const address = holder.email.trim().toLowerCase();
      if (!byAddress.has(address)) byAddress.set(address, holder);
    }
    return [...byAddress.values()];
  }
}
