import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { JobQueue } from '../jobs/job-queue';
import { InvitationEntity } from './invitation.entity';
import { invitationSubject } from './invitation-mail';
import { reminderDue } from './invitation-rules';
import { inTransaction } from '../database/transaction';

/**
 * Reminds non-responders before the respond-by date and expires invitations after it. Safe with several
 * instances: expiry is one conditional UPDATE, and each reminder has a dedupe key, so two instances running
 * the same minute queue it once.
 */
@Injectable()
export class InvitationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Invitations');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mail.dispatcher) return;
    this.timer = setInterval(() => {
      this.runDue().catch((error) => this.logger.error(`scheduled invitation work failed: ${String(error)}`));
    }, this.config.schedulerIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runDue(now = new Date()): Promise<{ expired: number; reminded: number }> {
    const repository = this.dataSource.getRepository(InvitationEntity);
    const expired = await repository.update(
      { status: 'pending', respondBy: LessThan(now) },
      { status: 'expired' },
    );
    const horizon = new Date(
      now.getTime() + Math.max(...this.config.invitations.reminderDaysBeforeRespondBy, 0) * 86_400_000,
    );
    const pending = await repository.find({
      where: { status: 'pending', respondBy: MoreThan(now) },
      select: {
        id: true,
        eventId: true,
        email: true,
        name: true,
        language: true,
        createdAt: true,
        respondBy: true,
      },
    });
    let reminded = 0;
    await inTransaction(this.dataSource, async (manager) => {
      for (const invitation of pending) {
        if (invitation.respondBy && invitation.respondBy > horizon) continue;
        const days = reminderDue(invitation, now, this.config.invitations.reminderDaysBeforeRespondBy);
        if (days === null) continue;
        await this.jobs.mail(manager, 'invitation-reminder', {
          dedupeKey: `invitation:${invitation.id}:reminder:${days}d`,
          eventId: invitation.eventId,
          subject: invitationSubject(invitation),
          to: { email: invitation.email, name: invitation.name },
          language: invitation.language,
          payload: {},
        });
        reminded++;
      }
    });
    return { expired: expired.affected ?? 0, reminded };
  }
}
