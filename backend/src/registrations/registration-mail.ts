import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CalendarHolders } from '../calendar/calendar-holders';
import { itipInvitation, parseMailbox } from '../calendar/ics';
import { itipForStanding, partstatOf } from '../calendar/itip-rules';
import { InjectConfig } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { calendarEventFacts, eventMailData } from '../events/event-mail-data';
import { EventEntity } from '../events/event.entity';
import { JobHandlers, type BatchCache, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob } from '../jobs/job-kinds';
import { LinkTokensService } from '../links/link-tokens.service';
import { TemplateRenderer } from '../mail/template-renderer';
import { checkinQrPng } from './checkin-code';
import { RegistrationEntity } from './registration.entity';
import {
  fullName,
  messageForStatus,
  registrationSubject,
  type RegistrationMailKind,
} from './registration-messages';
import { waitlistPositions } from './wait-list';

/** The Content-ID the templates' `{{> checkin}}` shows. */
const QR_CID = 'checkin-qr';

/**
 * Renders the registration messages from the current state at send time; a message whose reason has gone (a
 * confirmation for a registration cancelled meanwhile) is dropped rather than sent. Confirmed registrants hold
 * the event in their calendar, so event updates and cancellations reach them as they reach panelists.
 */
@Injectable()
export class RegistrationMail implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly renderer: TemplateRenderer,
    private readonly links: LinkTokensService,
    private readonly holders: CalendarHolders,
  ) {}

  onModuleInit(): void {
    const kinds: RegistrationMailKind[] = [
      'registration-received',
      'registration-confirmed',
      'registration-waitlisted',
      'registration-promoted',
      'registration-rejected',
      'registration-cancelled',
      'registration-reminder',
      'registration-link',
    ];
    for (const kind of kinds) {
      this.handlers.mail(kind, (job, manager, cache) => this.compose(job, manager, cache));
    }
    this.holders.register(async (manager, eventId) => {
      // Walk-ins were never sent the event for their calendar (decision 0017), so they get no update of it.
      const confirmed = await manager.findBy(RegistrationEntity, {
        eventId,
        status: In(['confirmed']),
        walkIn: false,
      });
      return confirmed.map((registration) => ({
        key: `registration:${registration.id}`,
        email: registration.email,
        name: fullName(registration),
        language: registration.language,
        status: partstatOf('accepted'),
        subject: registrationSubject(registration),
      }));
    });
  }

  private async compose(
    job: MailJob<RegistrationMailKind>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    if (job.subject?.type !== 'registration')
      throw new Error(`mail job ${job.id} is not about a registration`);
    const registration = await manager.findOneByOrFail(RegistrationEntity, { id: job.subject.id });
    const event = await cache.get(`event:${registration.eventId}`, () =>
      manager.findOneByOrFail(EventEntity, { id: registration.eventId }),
    );
    const kind = job.kind === 'registration-link' ? messageForStatus(registration.status) : job.kind;
    if (!kind || !stillTrue(kind, registration, event)) return null;
    const language = job.language;
    const base = {
      // An anonymised registration has no name left: greet the person as the job recorded them.
      name: fullName(registration) || job.to.name,
      event: eventMailData(event, language, this.config.publicUrl),
    };
    switch (kind) {
      case 'registration-rejected': {
        const payload = (job as MailJob<'registration-rejected'>).payload;
        return this.renderer.render(kind, language, { ...base, message: payload.message });
      }
      case 'registration-cancelled': {
        const mail = this.renderer.render(kind, language, base);
        const { hadRequest } = (job as MailJob<'registration-cancelled'>).payload;
        return hadRequest ? { ...mail, calendar: this.calendar(job, event, 'removed') } : mail;
      }
      case 'registration-waitlisted': {
        const positions = await waitlistPositions(manager, event.id, [registration.id]);
        return this.renderer.render(kind, language, {
          ...base,
          manageUrl: await this.manageUrl(registration, language, manager),
          waitlistPosition: positions.get(registration.id) ?? null,
        });
      }
      case 'registration-received':
        return this.renderer.render(kind, language, {
          ...base,
          manageUrl: await this.manageUrl(registration, language, manager),
        });
      case 'registration-confirmed':
      case 'registration-promoted':
      case 'registration-reminder': {
        const mail = this.renderer.render(kind, language, {
          ...base,
          manageUrl: await this.manageUrl(registration, language, manager),
          qrCid: QR_CID,
          // A guest's registration is their acceptance of the invitation: this message confirms both.
          invitationAnswered: job.kind === 'registration-confirmed' && registration.invitationId !== null,
        });
        const attachments = [
          {
            cid: QR_CID,
            filename: 'qr.png',
            contentType: 'image/png',
            content: await checkinQrPng(registration.id),
          },
        ];
        // Reminders carry links, not calendar files (PRODUCT.md).
        if (kind === 'registration-reminder') return { ...mail, attachments };
        return { ...mail, attachments, calendar: this.calendar(job, event, 'accepted') };
      }
    }
  }

  private async manageUrl(registration: RegistrationEntity, language: string, manager: EntityManager) {
    const token = await this.links.mint('registration', registration.id, manager);
    return `${this.config.publicUrl}/registrations/${token}?lang=${language}`;
  }

  /** The registrant as the one ATTENDEE; calendar/ decides METHOD and PARTSTAT from where they stand. */
  private calendar(job: MailJob<RegistrationMailKind>, event: EventEntity, standing: 'accepted' | 'removed') {
    const { method, partstat, rsvp } = itipForStanding(standing);
    const ics = itipInvitation({
      method,
      event: calendarEventFacts(event),
      organizer: parseMailbox(this.config.mailFrom),
      attendee: { email: job.to.email, name: job.to.name, status: partstat, rsvp },
    });
    return { method, ics };
  }
}

/** Whether the reason for a message still holds when it goes out. */
function stillTrue(
  kind: RegistrationMailKind,
  registration: RegistrationEntity,
  event: EventEntity,
): boolean {
  const live = event.status !== 'cancelled';
  switch (kind) {
    case 'registration-received':
      return live && registration.status === 'pending';
    case 'registration-waitlisted':
      return live && registration.status === 'waitlisted';
    case 'registration-confirmed':
    case 'registration-promoted':
      return live && registration.status === 'confirmed';
    case 'registration-reminder':
      return live && registration.status === 'confirmed' && event.startsAt.getTime() > Date.now();
    case 'registration-rejected':
      return registration.status === 'rejected';
    case 'registration-cancelled':
      return registration.status === 'cancelled';
    case 'registration-link':
      return false;
  }
}
