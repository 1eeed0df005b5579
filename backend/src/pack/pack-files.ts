import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import { Storage } from '../storage/storage';
import { ReportingPackEntity } from './reporting-pack.entity';

declare module '../jobs/job-kinds' {
  interface TaskJobs {
    'pack.remove-file': { storageKey: string };
  }
}

/**
 * The stored ZIPs of reporting packs, removed as jobs queued in the transaction that lets go of them: a pack
 * holds personal data (the registrations, the attendance sheet), so a file no row refers to any more must not
 * stay behind because the store was down for a moment. The job is tried again until it succeeds.
 */
@Injectable()
export class PackFiles implements OnModuleInit {
  constructor(
    private readonly storage: Storage,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    // Nothing in the database: no transaction to hold while the store answers.
    this.handlers.longTask('pack.remove-file', (job) => this.storage.remove(job.payload.storageKey));
  }

  /** Queues the removal of a stored pack in `manager`'s transaction. */
  remove(manager: EntityManager, storageKey: string): Promise<void> {
    return this.jobs.task(manager, 'pack.remove-file', {
      dedupeKey: `pack-file:${storageKey}`,
      payload: { storageKey },
    });
  }

  /**
   * Forgets every pack of an event, in `manager`'s transaction: retention calls it when the event's registrants
   * are anonymised (PRODUCT.md, "Retention"), since a pack built before still names them. A build under way
   * finds its row gone when it ends and removes what it wrote. Answers how many packs there were.
   */
  async forgetEvent(manager: EntityManager, eventId: string): Promise<number> {
    const packs = await manager.findBy(ReportingPackEntity, { eventId });
    if (packs.length === 0) return 0;
    await manager.delete(ReportingPackEntity, { eventId });
    for (const pack of packs) if (pack.storageKey) await this.remove(manager, pack.storageKey);
    return packs.length;
  }
}
