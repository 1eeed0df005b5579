import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEntity } from './event.entity';

export interface CalendarChange {
  event: EventEntity;
  kind: 'updated' | 'cancelled';
}

/**
 * Called inside the transaction that commits a calendar-relevant change of a published event (its SEQUENCE has
 * already risen). This is where every holder of the event in a calendar is sent an update or a CANCEL, through
 * outbox rows written with `manager` so that the change and its messages commit together.
 */
@Injectable()
export class CalendarChanges {
  // Nobody holds an event in a calendar yet: invitations and registrations, which put it there, come next.
  async announce(_manager: EntityManager, _change: CalendarChange): Promise<void> {
    return;
  }
}
