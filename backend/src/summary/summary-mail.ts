import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { InvitationRole } from '@roundtable/contracts';
import type { MaterialVisibility } from '@roundtable/contracts';
import { In, type EntityManager } from 'typeorm';
import { InjectConfig } from '../common/config.token';
import { markdownText, renderMarkdown } from '../common/markdown';
import type { AppConfig } from '../config/config';
import { eventMailData } from '../events/event-mail-data';
import { EventEntity } from '../events/event.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { JobHandlers, type BatchCache, type ComposedMail } from '../jobs/job-handlers';
import type { MailJob } from '../jobs/job-kinds';
import { JobQueue } from '../jobs/job-queue';
import { LinkTokensService } from '../links/link-tokens.service';
import { invitationLevel, registrationLevel, visibleTo } from '../materials/material-access';
import { MaterialEntity } from '../materials/material.entity';
import { TemplateRenderer } from '../mail/template-renderer';
import { RegistrationEntity } from '../registrations/registration.entity';
import { fullName } from '../registrations/registration-messages';
import { EventSummaryEntity } from './summary.entities';

declare module '../jobs/job-kinds' {
  interface MailJobs {
    /**
     * One per attendee when the summary is first published. `attended`: checked in (or on the panel), so the
     * message thanks them for coming; otherwise it says what they missed. Decided at publishing.
     */
    'summary.published': { attended: boolean };
  }
}

const PANEL_ROLES: InvitationRole[] = ['panelist', 'speaker', 'moderator'];

/** A material the person may download, listed in the message with a link that carries their token. */
export interface MailedMaterial {
  title: string;
  url: string;
}

/** Who gets the summary and how: queued at publishing, composed with a fresh personal link when sent. */
@Injectable()
export class SummaryMail implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    private readonly renderer: TemplateRenderer,
    private readonly links: LinkTokensService,
  ) {}

  onModuleInit(): void {
    this.handlers.mail('summary.published', (job, manager, cache) => this.compose(job, manager, cache));
  }

  /**
   * One message per e-mail address (decision 0022): confirmed registrations first (checked in: "thank you for
   * coming"; not: "sorry we missed you"), then the panel who accepted, who were there, unless their address is
   * already a registration. Walk-ins without an address get nothing. Returns how many were queued.
   */
  async queueForAttendees(manager: EntityManager, event: EventEntity): Promise<number> {
    const registrations = await manager.find(RegistrationEntity, {
      where: { eventId: event.id, status: 'confirmed' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const panel = await manager.find(InvitationEntity, {
      where: { eventId: event.id, status: 'accepted', role: In(PANEL_ROLES) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const seen = new Set<string>();
    const people = [
      ...registrations.map((registration) => ({
        subject: { type: 'registration', id: registration.id },
        email: registration.email,
        name: fullName(registration),
        language: registration.language,
        attended: registration.checkedInAt !== null,
      })),
      ...panel.map((invitation) => ({
        subject: { type: 'invitation', id: invitation.id },
        email: invitation.email,
        name: invitation.name,
        language: invitation.language,
        attended: true,
      })),
    ];
    for (const person of people) {
      const key = person.email.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      await this.jobs.mail(manager, 'summary.published', {
        dedupeKey: `summary.published:${event.id}:${key}`,
        eventId: event.id,
        subject: person.subject,
        to: { email: person.email, name: person.name },
        language: person.language,
        payload: { attended: person.attended },
      });
    }
    return seen.size;
  }

  private async compose(
    job: MailJob<'summary.published'>,
    manager: EntityManager,
    cache: BatchCache,
  ): Promise<ComposedMail | null> {
    const person = await this.person(job, manager);
    if (!person || !job.eventId) return null;
    const eventId = job.eventId;
    const [event, summary] = await Promise.all([
      cache.get(`event:${eventId}`, () => manager.findOneByOrFail(EventEntity, { id: eventId })),
      cache.get(`summary:${eventId}`, () => manager.findOneBy(EventSummaryEntity, { eventId })),
    ]);
    if (!summary?.publishedAt) return null;
    const language = job.language;
    const token = await this.links.mint(person.linkType, person.id, manager);
    const bodyHtml = renderMarkdown(summary.body);
    const publicUrl = this.config.publicUrl;
    return this.renderer.render('summary-published', language, {
      name: person.name,
      attended: job.payload.attended,
      event: eventMailData(event, language, publicUrl),
      keyPoints: summary.keyPoints,
      // Sanitised by the one Markdown sanitiser: the template puts it in place unescaped ({{{bodyHtml}}}).
      bodyHtml,
      bodyText: markdownText(bodyHtml),
      summaryUrl: `${publicUrl}/events/${event.slug}/summary?token=${token}&lang=${language}`,
      pdfUrl: `${publicUrl}/api/events/${event.id}/summary.pdf`,
      materials: await this.materials(manager, cache, eventId, person.level, token),
    });
  }

  /**
   * The event's materials this person may download now (their level decided as the download will decide it),
   * read once per batch and level: a batch holds many attendees of one event.
   */
  private async materials(
    manager: EntityManager,
    cache: BatchCache,
    eventId: string,
    level: MaterialVisibility,
    token: string,
  ): Promise<MailedMaterial[]> {
    const rows = await cache.get(`materials:${eventId}:${level}`, () =>
      manager.find(MaterialEntity, {
        where: { eventId, kind: 'material', visibility: In(visibleTo(level)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
    return rows.map((material) => ({
      title: material.title,
      url: `${this.config.publicUrl}/api/materials/${material.id}/download?token=${token}`,
    }));
  }

  /** The person as they are now: a registration still confirmed, an invitation still accepted. */
  private async person(
    job: MailJob<'summary.published'>,
    manager: EntityManager,
  ): Promise<{
    linkType: 'registration' | 'invitation';
    id: string;
    name: string;
    level: MaterialVisibility;
  } | null> {
    if (job.subject?.type === 'registration') {
      const registration = await manager.findOneBy(RegistrationEntity, { id: job.subject.id });
      if (!registration || registration.status !== 'confirmed' || registration.email === '') return null;
      return {
        linkType: 'registration',
        id: registration.id,
        name: fullName(registration) || job.to.name,
        level: registrationLevel(registration),
      };
    }
    if (job.subject?.type === 'invitation') {
      const invitation = await manager.findOneBy(InvitationEntity, { id: job.subject.id });
      if (!invitation || invitation.status !== 'accepted') return null;
      return {
        linkType: 'invitation',
        id: invitation.id,
        name: invitation.name,
        level: invitationLevel(invitation),
      };
    }
    throw new Error(`mail job ${job.id} is not about a registration or an invitation`);
  }
}
