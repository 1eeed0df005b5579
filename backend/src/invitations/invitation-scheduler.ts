import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { JobQueue } from '../jobs/job-queue';
import { everySchedulerTick } from '../jobs/scheduler-tick';
import { InvitationEntity } from './invitation.entity';
import { invitationSubject } from './invitation-mail';
import { HOLDS_SEAT, reminderDue } from './invitation-rules';
import { GuestSeats } from './guest-seats';
import { inTransaction } from '../database/transaction';

/**
 * Reminds non-responders before the respond-by date and expires invitations after it; what either causes is
 * queued as jobs. Safe with several instances: expiry is a conditional UPDATE per invitation, and each message
 * has a dedupe key, so two instances running the same minute queue it once.
 */
@Injectable()
export class InvitationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Invitations');
  private stopTicking: () => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly guests: GuestSeats,
  ) {}

  onApplicationBootstrap(): void {
    this.stopTicking = everySchedulerTick(this.config, this.logger, 'scheduled invitation work', () =>
      this.runDue(),
    );
  }

  beforeApplicationShutdown(): void {
    this.stopTicking();
  }

  async runDue(now = new Date()): Promise<{ expired: number; reminded: number }> {
    const repository = this.dataSource.getRepository(InvitationEntity);
    const expired = await this.expire(now);
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
    return { expired, reminded };
  }

  /**
   * Closes pending invitations whose respond-by date has passed, and tells each invitee, with a CANCEL for the
   * REQUEST in their calendar. The conditional update decides: of two instances expiring one invitation, one
   * changes it, and the dedupe key keeps the other from queueing a second message. A guest's seat goes to the
   * wait list in the same transaction, with the event locked before the invitation changes (as every change
   * of seats locks it first); one transaction per invitation, so no transaction holds two events' locks.
   */
  private async expire(now: Date): Promise<number> {
    const due = await this.dataSource.getRepository(InvitationEntity).find({
      where: { status: 'pending', respondBy: LessThan(now) },
      select: { id: true, eventId: true, email: true, name: true, language: true, role: true },
    });
    let expired = 0;
    for (const invitation of due) {
      const isGuest = invitation.role === HOLDS_SEAT.role;
      const changed = await this.guests.transaction(async (manager) => {
        const event = isGuest ? await this.guests.lock(manager, invitation.eventId) : null;
        const { affected } = await manager.update(
          InvitationEntity,
          { id: invitation.id, status: 'pending' },
          { status: 'expired' },
        );
        if (!affected) return false;
        if (event) await this.guests.release(manager, event);
        await this.jobs.mail(manager, 'invitation-expired', {
          dedupeKey: `invitation:${invitation.id}:expired`,
          eventId: invitation.eventId,
          subject: invitationSubject(invitation),
          to: { email: invitation.email, name: invitation.name },
          language: invitation.language,
          payload: {},
        });
        return true;
      });
      if (changed) expired++;
    }
    return expired;
  }
}
