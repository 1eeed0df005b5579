import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { EventEntity } from '../events/event.entity';
import { JobHandlers } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue';
import { everySchedulerTick } from '../jobs/scheduler-tick';
import { PackFiles } from '../pack/pack-files';
import { anonymiseRegistrations } from './anonymise';
import { RegistrationEntity } from './registration.entity';

declare module '../jobs/job-kinds' {
  interface TaskJobs {
    'anonymise-registrations': { eventId: string };
  }
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Retention (PRODUCT.md): RETENTION_DAYS after an event's end, its registrants' personal data is anonymised.
 * The tick only finds events that are due and still name someone, and queues one task per event; the job
 * runner does the work. Safe with several instances: the dedupe key lets one task per event exist however many
 * ticks queue it, the runner's lease gives it to one instance, and the work itself changes nothing the second
 * time (see anonymiseRegistrations).
 */
@Injectable()
export class RetentionScheduler implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private stopTicking: () => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly packs: PackFiles,
  ) {}

  onModuleInit(): void {
    this.handlers.task('anonymise-registrations', async (job, manager) => {
      const count = await anonymiseRegistrations(manager, job.payload.eventId);
      // A reporting pack built before names the registrants too (the CSV, the attendance sheet).
      const packs = await this.packs.forgetEvent(manager, job.payload.eventId);
      this.logger.log(
        `anonymised ${count} registrations of event ${job.payload.eventId}, removed ${packs} reporting packs`,
      );
    });
  }

  onApplicationBootstrap(): void {
    this.stopTicking = everySchedulerTick(this.config, this.logger, 'retention check', () => this.runDue());
  }

  beforeApplicationShutdown(): void {
    this.stopTicking();
  }

  /** Queues the anonymisation of every event that ended RETENTION_DAYS before `now`; answers how many. */
  async runDue(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.retentionDays * DAY_MS);
    const due: { eventId: string }[] = await this.dataSource
      .createQueryBuilder(RegistrationEntity, 'registration')
      .select('DISTINCT registration.eventId', 'eventId')
      .innerJoin(EventEntity, 'event', 'event.id = registration.eventId')
      .where('event.endsAt < :cutoff', { cutoff })
      .andWhere("registration.email <> ''")
      .getRawMany();
    if (due.length === 0) return 0;
    await inTransaction(this.dataSource, async (manager) => {
      for (const { eventId } of due) {
        await this.jobs.task(manager, 'anonymise-registrations', {
          dedupeKey: `retention:${eventId}`,
          subject: { type: 'event', id: eventId },
          eventId,
          payload: { eventId },
        });
      }
    });
    return due.length;
  }
}
