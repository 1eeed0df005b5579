import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { AgendaItemEntity } from '../events/agenda-item.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { splitName } from '../invitations/name-split';
import { OrganisationService } from '../organisation/organisation.service';
import { RegistrationEntity } from '../registrations/registration.entity';
import type { UserEntity } from '../users/user.entity';
import { agendaDefinition } from './agenda';
import { attendanceSheetDefinition } from './attendance-sheet';
import { badgesDefinition, type BadgePerson, type PanelRole } from './badges';
import { renderPdf, type ReportEvent } from './pdf';

export interface PdfFile {
  filename: string;
  bytes: Buffer;
}

const PANEL_ROLES: PanelRole[] = ['panelist', 'speaker', 'moderator'];

/** The event's printed documents: read the data, build the definition, render it. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationService,
    private readonly events: EventsService,
  ) {}

  async attendanceSheet(eventId: string): Promise<PdfFile> {
    const event = await this.load(eventId);
    const people = await this.confirmed(event.id);
    return {
      filename: `attendance-sheet-${event.slug}.pdf`,
      bytes: await renderPdf(attendanceSheetDefinition({ ...this.frame(event), people })),
    };
  }

  /**
   * Confirmed registrations and the accepted participants in the programme. Someone who is both (the same
   * e-mail) gets one badge, with their role.
   */
  async badges(eventId: string): Promise<PdfFile> {
    const event = await this.load(eventId);
    const panel = await this.dataSource.getRepository(InvitationEntity).find({
      where: { eventId: event.id, status: 'accepted', role: In(PANEL_ROLES) },
    });
    const panelEmails = new Set(panel.map((invitation) => invitation.email.toLowerCase()));
    const registered = await this.confirmed(event.id);
    const people: BadgePerson[] = [
      ...panel.map((invitation) => ({
        ...splitName(invitation.name),
        name: invitation.name,
        organization: invitation.organization,
        position: invitation.position,
        sector: invitation.sector,
        role: invitation.role as PanelRole,
      })),
      ...registered
        .filter((person) => !panelEmails.has(person.email.toLowerCase()))
        .map((person) => ({ ...person, role: null })),
    ];
    return {
      filename: `badges-${event.slug}.pdf`,
      bytes: await renderPdf(badgesDefinition({ ...this.frame(event), people })),
    };
  }

  /** Public once the event is, like its page; a draft's agenda only for organisers. */
  async agenda(idOrSlug: string, viewer?: UserEntity): Promise<PdfFile> {
    const { id } = await this.events.find(idOrSlug, viewer);
    return this.agendaOf(id);
  }

  /** The agenda of any event, draft or not: for callers that checked who may see it (the reporting pack). */
  async agendaOf(eventId: string): Promise<PdfFile> {
    const event = await this.load(eventId);
    const items = await this.dataSource
      .getRepository(AgendaItemEntity)
      .find({ where: { eventId: event.id }, order: { position: 'ASC' } });
    const speakerIds = [...new Set(items.flatMap((item) => item.speakerIds))];
    const speakers =
      speakerIds.length === 0
        ? []
        : await this.dataSource.getRepository(InvitationEntity).findBy({
            id: In(speakerIds),
            eventId: event.id,
            status: 'accepted',
            publishName: true,
          });
    const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
    return {
      filename: `agenda-${event.slug}.pdf`,
      bytes: await renderPdf(
        agendaDefinition({
          ...this.frame(event),
          items: items.map((item) => ({
            title: item.title,
            description: item.description,
            startsAt: item.startsAt,
            endsAt: item.endsAt,
            kind: item.kind,
            speakers: item.speakerIds.flatMap((speakerId) => {
              const speaker = byId.get(speakerId);
              return speaker
                ? [{ name: speaker.name, position: speaker.position, organization: speaker.organization }]
                : [];
            }),
          })),
        }),
      ),
    };
  }

  private frame(event: EventEntity): { organisationName: string; event: ReportEvent } {
    return { organisationName: this.organisation.forMail(event.language).name, event };
  }

  private async load(id: string): Promise<EventEntity> {
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    return event;
  }

  private confirmed(eventId: string) {
    return this.dataSource.getRepository(RegistrationEntity).find({
      select: {
        firstName: true,
        lastName: true,
        email: true,
        organization: true,
        position: true,
        sector: true,
      },
      where: { eventId, status: 'confirmed' },
    });
  }
}
