import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CalendarHolders } from '../calendar/calendar-holders';
import { itipInvitation, parseMailbox, type ParticipationStatus } from '../calendar/ics';
import { itipForEventChange } from '../calendar/itip-rules';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { JobHandlers, type BatchCache, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob } from '../jobs/job-kinds';
import { JobQueue } from '../jobs/job-queue';
import { TemplateRenderer } from '../mail/template-renderer';
import { calendarEventFacts, describeChanges, eventMailData } from './event-mail-data';
import type { CalendarFacts } from './event-rules';
import { EventEntity } from './event.entity';

interface CalendarUpdate {
  /** The event's SEQUENCE when queued: a later change supersedes this message. */
  sequence: number;
  /** The holder's PARTSTAT, which an update must repeat. */
  status: ParticipationStatus;
  /** Time and place before this change, so the message can say what it was. Absent on older rows. */
  previous?: PreviousFacts;
}

/** The calendar facts before a change, as JSON. */
export interface PreviousFacts {
  startsAt: string;
  endsAt: string;
  timezone: string;
  venue: { name: string; address: string; city: string };
  onlineUrl: string | null;
}

declare module '../jobs/job-kinds' {
  interface MailJobs {
    'event-updated': CalendarUpdate;
    'event-cancelled': CalendarUpdate;
  }
}

export interface CalendarChange {
  event: EventEntity;
  kind: 'updated' | 'cancelled';
  before?: CalendarFacts;
}

/**
 * When a published event's time, place or status changes, everyone holding it in a calendar gets an update
 * (METHOD:REQUEST, same UID, the new SEQUENCE) or, when it is cancelled, METHOD:CANCEL. The messages are
 * queued in the transaction that commits the change.
 */
@Injectable()
export class CalendarChanges implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly holders: CalendarHolders,
    private readonly jobs: JobQueue,
    private readonly handlers: JobHandlers,
    private readonly renderer: TemplateRenderer,
  ) {}

  onModuleInit(): void {
    this.handlers.mail('event-updated', (job, manager, cache) => this.compose(job, manager, cache));
    this.handlers.mail('event-cancelled', (job, manager, cache) => this.compose(job, manager, cache));
  }

  async announce(manager: EntityManager, { event, kind, before }: CalendarChange): Promise<void> {
    const previous: PreviousFacts | undefined = before && {
      startsAt: before.startsAt.toISOString(),
      endsAt: before.endsAt.toISOString(),
      timezone: before.timezone,
      venue: { ...before.venue },
      onlineUrl: before.onlineUrl,
    };
    for (const holder of await this.holders.of(manager, event.id)) {
      await this.jobs.mail(manager, kind === 'cancelled' ? 'event-cancelled' : 'event-updated', {
        dedupeKey: `event:${event.id}:sequence:${event.sequence}:${holder.key}`,
        eventId: event.id,
        subject: holder.subject ?? null,
        to: { email: holder.email, name: holder.name },
        language: holder.language,
        payload: { sequence: event.sequence, status: holder.status, previous },
      });
    }
  }

  private async compose(
    job: MailJob<'event-updated' | 'event-cancelled'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const id = job.eventId;
    if (!id) throw new Error(`calendar update ${job.id} names no event`);
    const event = await cache.get(`event:${id}`, () => manager.findOneByOrFail(EventEntity, { id }));
    const cancelled = job.kind === 'event-cancelled';
    // A later change queued its own update, which will carry the same, newest state: send only that one.
    if (!cancelled && (event.status === 'cancelled' || event.sequence > job.payload.sequence)) return null;
    const organizer = parseMailbox(this.config.mailFrom);
    const mail = this.renderer.render(job.kind, job.language, {
      name: job.to.name,
      event: eventMailData(event, job.language, this.config.publicUrl),
      changes: describeChanges(job.payload.previous, event, job.language),
    });
    const { method, partstat, rsvp } = itipForEventChange(job.payload.status, cancelled);
    const ics = itipInvitation({
      method,
      event: calendarEventFacts(event),
      organizer,
      attendee: { email: job.to.email, name: job.to.name, status: partstat, rsvp },
    });
    return { ...mail, calendar: { method, ics } };
  }
}
