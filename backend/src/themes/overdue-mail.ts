import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { inTransaction } from '../database/transaction';
import { eventMailData } from '../events/event-mail-data';
import { EventEntity } from '../events/event.entity';
import { JobHandlers, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob } from '../jobs/job-kinds';
import { JobQueue } from '../jobs/job-queue';
import { everySchedulerTick } from '../jobs/scheduler-tick';
import { formatShortDay } from '../mail/mail-format';
import { TemplateRenderer } from '../mail/template-renderer';
import { STATUS_WORDS } from '../summary/summary-pdf';
import { RecommendationEntity } from '../summary/summary.entities';
import { UserEntity } from '../users/user.entity';
import { dayIn, isOverdue, OPEN_STATUSES } from './overdue';

declare module '../jobs/job-kinds' {
  interface MailJobs {
    /** To the event's organiser, once per recommendation and due date, when the date passed while it was open. */
    'recommendation.overdue': { recommendationId: string; dueDate: string };
  }
}

/**
 * The overdue e-mail (decision 0033). "The organiser" is the account that created the event, while active; when
 * there is none, every active admin. Each scheduler tick queues one message per overdue recommendation and
 * recipient with the dedupe key `recommendation:<id>:overdue:<dueDate>:<user>`, so however many ticks and
 * instances see it, the message is queued once; a due date moved later and missed again is a new message.
 */
@Injectable()
export class OverdueMail implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Overdue');
  private stopTicking: () => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly renderer: TemplateRenderer,
  ) {}

  onModuleInit(): void {
    this.handlers.mail('recommendation.overdue', (job, manager) => this.compose(job, manager));
  }

  onApplicationBootstrap(): void {
    this.stopTicking = everySchedulerTick(this.config, this.logger, 'overdue check', () => this.runDue());
  }

  beforeApplicationShutdown(): void {
    this.stopTicking();
  }

  /** Queues the message for every recommendation overdue at `now`; answers how many recommendations. */
  async runDue(now = new Date()): Promise<number> {
    const today = dayIn(this.config.defaultTimezone, now);
    const due = await this.dataSource
      .getRepository(RecommendationEntity)
      .createQueryBuilder('recommendation')
      .innerJoinAndSelect('recommendation.event', 'event')
      .where('recommendation.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere('recommendation.dueDate IS NOT NULL AND recommendation.dueDate < :today', { today })
      .getMany();
    if (due.length === 0) return 0;
    await inTransaction(this.dataSource, async (manager) => {
      const admins = await manager.findBy(UserEntity, { role: 'admin', active: true });
      const creators = new Map<string, UserEntity | null>();
      for (const recommendation of due) {
        const event = recommendation.event as EventEntity;
        const creatorId = event.createdById;
        if (creatorId && !creators.has(creatorId)) {
          const user = await manager.findOneBy(UserEntity, { id: creatorId, active: true });
          creators.set(creatorId, user && user.role !== 'staff' ? user : null);
        }
        const creator = creatorId ? creators.get(creatorId) : null;
        const recipients = creator ? [creator] : admins;
        const dueDate = recommendation.dueDate as string;
        for (const user of recipients) {
          await this.jobs.mail(manager, 'recommendation.overdue', {
            dedupeKey: `recommendation:${recommendation.id}:overdue:${dueDate}:${user.id}`,
            eventId: event.id,
            subject: { type: 'recommendation', id: recommendation.id },
            to: { email: user.email, name: user.name },
            language: user.language,
            payload: { recommendationId: recommendation.id, dueDate },
          });
        }
      }
    });
    return due.length;
  }

  /** Sent only while it is still overdue with the same due date: a change in the meantime makes it moot. */
  private async compose(
    job: MailJob<'recommendation.overdue'>,
    manager: EntityManager,
  ): Promise<ComposedMail | null> {
    const recommendation = await manager.findOneBy(RecommendationEntity, {
      id: job.payload.recommendationId,
    });
    if (!recommendation || recommendation.dueDate !== job.payload.dueDate) return null;
    if (!isOverdue(recommendation, dayIn(this.config.defaultTimezone, new Date()))) return null;
    const event = await manager.findOneByOrFail(EventEntity, { id: recommendation.eventId });
    const language = job.language;
    const publicUrl = this.config.publicUrl;
    return this.renderer.render('recommendation-overdue', language, {
      name: job.to.name,
      event: eventMailData(event, language, publicUrl),
      text: recommendation.text,
      owner: recommendation.owner,
      dueDate: formatShortDay(new Date(`${recommendation.dueDate}T12:00:00Z`), 'UTC', language),
      status: STATUS_WORDS[language][recommendation.status],
      trackerUrl: `${publicUrl}/organizer/recommendations?eventId=${event.id}&lang=${language}`,
    });
  }
}
