import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { And, DataSource, LessThanOrEqual, MoreThan } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { JobQueue } from '../jobs/job-queue';
import { RegistrationEntity } from './registration.entity';
import { queueRegistrationMail } from './registration-messages';

/** How long before the start the reminder goes: "the day before". */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/**
 * Reminds confirmed registrants the day before their event, with links and the check-in code, no .ics. Safe
 * with several instances and restarts: the dedupe key names only the registration, so each registration is
 * reminded once however many schedulers find it due.
 */
@Injectable()
export class RegistrationReminders implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Registrations');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mail.dispatcher) return;
    this.timer = setInterval(() => {
      this.runDue().catch((error) => this.logger.error(`registration reminders failed: ${String(error)}`));
    }, this.config.schedulerIntervalMs);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Queues the reminders due at `now`; answers how many registrations it found due. */
  async runDue(now = new Date()): Promise<number> {
    // Find options, not a query builder: they store-format the instants as each engine keeps them.
    const due = await this.dataSource.getRepository(RegistrationEntity).find({
      where: {
        status: 'confirmed',
        // A walk-in registered at the door; nothing to remind them of (decision 0017).
        walkIn: false,
        event: {
          status: 'published',
          startsAt: And(MoreThan(now), LessThanOrEqual(new Date(now.getTime() + REMINDER_LEAD_MS))),
        },
      },
    });
    await inTransaction(this.dataSource, async (manager) => {
      for (const registration of due) {
        await queueRegistrationMail(this.jobs, manager, 'registration-reminder', registration, {});
      }
    });
    return due.length;
  }
}
