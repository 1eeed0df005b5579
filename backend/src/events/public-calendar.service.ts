import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { parseMailbox, publishedCalendar } from '../calendar/ics';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { calendarEventFacts } from './event-mail-data';
import { EventEntity } from './event.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The feed keeps a year of past events, so a subscribed calendar does not lose what people attended. */
const FEED_HISTORY_MS = 365 * 86_400_000;

@Injectable()
export class PublicCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The event's calendar and the file name to save it under: its slug, as on its page. */
  async event(idOrSlug: string): Promise<{ filename: string; ics: string }> {
    const where = UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() };
    const event = await this.dataSource
      .getRepository(EventEntity)
      .findOneBy({ ...where, status: In(['published', 'cancelled']) });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    const ics = publishedCalendar(
      [calendarEventFacts(event)],
      parseMailbox(this.config.mailFrom),
      event.title,
    );
    return { filename: `${event.slug}.ics`, ics };
  }

  async feed(): Promise<string> {
    const events = await this.dataSource.getRepository(EventEntity).find({
      where: {
        status: In(['published', 'cancelled']),
        endsAt: MoreThan(new Date(Date.now() - FEED_HISTORY_MS)),
      },
      order: { startsAt: 'ASC' },
    });
    const organizer = parseMailbox(this.config.mailFrom);
    return publishedCalendar(events.map(calendarEventFacts), organizer, organizer.name || 'Roundtable');
  }
}
