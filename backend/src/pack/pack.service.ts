import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PACK_STEPS, type PackStatus, type PackStep } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Not } from 'typeorm';
import { audit, auditNow } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import { describeFailure } from '../mail/delivery-policy';
import { Storage, type OpenedFile, type StoredFile } from '../storage/storage';
import type { UserEntity } from '../users/user.entity';
import { PackFiles } from './pack-files';
import { PackParts } from './pack-parts';
import { writePackZip, type PackStepPart } from './pack-zip';
import { ReportingPackEntity } from './reporting-pack.entity';

declare module '../jobs/job-kinds' {
  interface TaskJobs {
    'pack.build': { packId: string };
  }
}

/** Tries of one build (the first included) before it is told as failed; the runner's back-off goes between. */
export const PACK_BUILD_ATTEMPTS = 3;

/**
 * The funder's reporting pack (decision 0024): a request queues one build per event (a second request while it
 * is under way answers the same build), the job runner writes the ZIP into Storage part by part, recording its
 * step and progress in the row, and a ready pack replaces the previous one, whose file is then removed.
 */
@Injectable()
export class PackService implements OnModuleInit {
  private readonly logger = new Logger('ReportingPack');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: Storage,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly parts: PackParts,
    private readonly files: PackFiles,
  ) {}

  onModuleInit(): void {
    this.handlers.longTask('pack.build', (job) => this.build(job.payload.packId, job.attempts));
  }

  async request(eventId: string, actor: UserEntity): Promise<PackStatus> {
    await this.event(eventId);
    // A build that finishes between a refused insert and the read of it: the next try inserts.
    for (let attempt = 1; ; attempt++) {
      const pack = this.dataSource.manager.create(ReportingPackEntity, {
        id: randomUUID(),
        eventId,
        activeEventId: eventId,
        state: 'queued',
        progress: 0,
        step: null,
        storageKey: null,
        size: null,
        error: null,
        requestedBy: actor.id,
        createdAt: new Date(),
        finishedAt: null,
      });
      try {
        await inTransaction(this.dataSource, async (manager) => {
          await manager.insert(ReportingPackEntity, pack);
          await this.jobs.task(manager, 'pack.build', {
            dedupeKey: `pack:${pack.id}`,
            subject: { type: 'reporting-pack', id: pack.id },
            eventId,
            payload: { packId: pack.id },
          });
          audit('pack.requested', { eventId, packId: pack.id }, { subject: { type: 'pack', id: pack.id } });
        });
        return toPackStatus(pack);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === 3) throw error;
        const running = await this.dataSource.manager.findOneBy(ReportingPackEntity, {
          activeEventId: eventId,
        });
        if (running) return toPackStatus(running);
      }
    }
  }

  async status(eventId: string): Promise<PackStatus> {
    await this.event(eventId);
    const latest = await this.dataSource.manager.findOne(ReportingPackEntity, {
      where: { eventId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    if (!latest) throw new DomainError('PACK_NOT_FOUND');
    return toPackStatus(latest);
  }

  /** The newest ready pack: while a new one is built (or after it failed) the one before is still served. */
  async open(eventId: string): Promise<{ file: OpenedFile; filename: string }> {
    const event = await this.event(eventId);
    const packs = await this.dataSource.manager.find(ReportingPackEntity, {
      where: { eventId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const ready = packs.find((pack) => pack.state === 'ready' && pack.storageKey);
    if (!ready?.storageKey) throw new DomainError(packs.length > 0 ? 'PACK_NOT_READY' : 'PACK_NOT_FOUND');
    const file = await this.storage.open(ready.storageKey);
    if (!file) throw new Error(`the stored file of reporting pack ${ready.id} is missing`);
    await auditNow(
      'pack.downloaded',
      { eventId, packId: ready.id },
      { subject: { type: 'pack', id: ready.id } },
    );
    return { file, filename: `reporting-pack-${event.slug}.zip` };
  }

  /** One try of a build, run by the job runner outside a transaction (JobHandlers.longTask). */
  private async build(packId: string, attempt: number): Promise<void> {
    const pack = await this.dataSource.manager.findOneBy(ReportingPackEntity, { id: packId });
    if (!pack || pack.state === 'ready' || pack.state === 'failed') return;
    const under = { id: packId, state: 'building' as const };
    await this.dataSource.manager.update(
      ReportingPackEntity,
      { id: packId },
      { state: 'building', progress: 0, step: null },
    );
    try {
      const file = await writePackZip(this.storage, pack.eventId, this.registeredParts(), (step, progress) =>
        this.dataSource.manager.update(ReportingPackEntity, under, { step, progress }).then(() => undefined),
      );
      await this.finish(pack, file);
    } catch (error) {
      const message = describeFailure(error);
      this.logger.error(`reporting pack ${packId}, try ${attempt}: ${message}`);
      if (attempt < PACK_BUILD_ATTEMPTS) {
        await this.dataSource.manager.update(ReportingPackEntity, under, {
          state: 'queued',
          progress: 0,
          step: null,
          error: message,
        });
        throw error;
      }
      await this.dataSource.manager.update(ReportingPackEntity, under, {
        state: 'failed',
        step: null,
        error: message,
        finishedAt: new Date(),
        activeEventId: null,
      });
    }
  }

  /**
   * Ready, and the event's earlier packs gone with it: their rows at once, their files by jobs queued in the
   * same transaction. When another run of this build got there first, what this run wrote goes instead.
   */
  private async finish(pack: ReportingPackEntity, file: StoredFile): Promise<void> {
    const ready = await inTransaction(this.dataSource, async (manager) => {
      const { affected } = await manager.update(
        ReportingPackEntity,
        { id: pack.id, state: 'building' },
        {
          state: 'ready',
          progress: 100,
          step: null,
          storageKey: file.key,
          size: file.size,
          error: null,
          finishedAt: new Date(),
          activeEventId: null,
        },
      );
      if (!affected) {
        await this.files.remove(manager, file.key);
        return false;
      }
      const older = await manager.findBy(ReportingPackEntity, {
        eventId: pack.eventId,
        id: Not(pack.id),
        state: In(['ready', 'failed']),
      });
      if (older.length > 0) await manager.delete(ReportingPackEntity, { id: In(older.map((row) => row.id)) });
      for (const row of older) if (row.storageKey) await this.files.remove(manager, row.storageKey);
      return true;
    });
    if (ready) this.logger.log(`reporting pack ${pack.id} is ready (${file.size} bytes)`);
  }

  private registeredParts(): PackStepPart[] {
    return PACK_STEPS.flatMap((step: PackStep) => {
      const part = this.parts.part(step);
      return part ? [{ step, part }] : [];
    });
  }

  private async event(eventId: string): Promise<EventEntity> {
    const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return event;
  }
}

export function toPackStatus(pack: ReportingPackEntity): PackStatus {
  return {
    id: pack.id,
    eventId: pack.eventId,
    state: pack.state,
    progress: pack.progress,
    step: pack.step,
    size: pack.size,
    createdAt: pack.createdAt.toISOString(),
    finishedAt: pack.finishedAt?.toISOString() ?? null,
  };
}
