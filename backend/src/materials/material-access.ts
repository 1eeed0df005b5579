import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MATERIAL_VISIBILITIES,
  type InvitationStatus,
  type MaterialVisibility,
  type RegistrationStatus,
} from '@roundtable/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { EventEntity } from '../events/event.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { LinkTokensService } from '../links/link-tokens.service';
import { RegistrationEntity } from '../registrations/registration.entity';
import type { UserEntity } from '../users/user.entity';

/** Who asks: an account (bearer token), a personal link's token, both or neither. */
export interface MaterialViewer {
  viewer?: UserEntity;
  token?: string | null;
}

/** The visibilities a level sees: its own and every one before it in MATERIAL_VISIBILITIES. */
/** The personal link through which a viewer sees materials, if any. */
export type ViewerLink = { type: 'registration' | 'invitation'; id: string } | null;

export function visibleTo(level: MaterialVisibility): MaterialVisibility[] {
  return MATERIAL_VISIBILITIES.slice(0, MATERIAL_VISIBILITIES.indexOf(level) + 1);
}

export function mayView(level: MaterialVisibility, visibility: MaterialVisibility): boolean {
  return visibleTo(level).includes(visibility);
}

/**
 * A registration's level: checked in `attended`, confirmed `registered`; wait-listed, pending, cancelled or
 * rejected people are the public. For the summary's e-mail too, which knows each attendee's registration.
 */
export function registrationLevel(registration: {
  status: RegistrationStatus;
  checkedInAt: Date | null;
}): MaterialVisibility {
  if (registration.status !== 'confirmed') return 'public';
  return registration.checkedInAt ? 'attended' : 'registered';
}

/** An accepted invitation (panel or guest) is `registered`; any other answer, the public. */
export function invitationLevel(invitation: { status: InvitationStatus }): MaterialVisibility {
  return invitation.status === 'accepted' ? 'registered' : 'public';
}

/**
 * Which materials of an event a caller may see (decision 0021). Organisers and admins: all. A personal link of
 * THIS event (a registration's or an invitation's): its level; a link of another event adds nothing. Anyone
 * else, staff accounts too: the public, and only once the event is published (a draft is not found).
 */
@Injectable()
export class MaterialAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: LinkTokensService,
  ) {}

  /** The widest visibility the caller reaches; EVENT_NOT_FOUND when they may not see the event at all. */
  async levelFor(eventId: string, who: MaterialViewer): Promise<MaterialVisibility> {
    return (await this.accessFor(eventId, who)).level;
  }

  /** The level, and the personal link that gave it (for the audit log), if one did. */
  async accessFor(
    eventId: string,
    who: MaterialViewer,
  ): Promise<{ level: MaterialVisibility; link: ViewerLink }> {
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event) throw new DomainError('EVENT_NOT_FOUND');
    if (who.viewer?.role === 'admin' || who.viewer?.role === 'organizer')
      return { level: 'organizers', link: null };
    const byLink = who.token ? await this.linkLevel(eventId, who.token) : null;
    if (byLink) return byLink;
    if (event.status === 'draft') throw new DomainError('EVENT_NOT_FOUND');
    return { level: 'public', link: null };
  }

  /** The level a token gives at this event, or null when it opens nothing here. */
  private async linkLevel(
    eventId: string,
    token: string,
  ): Promise<{ level: MaterialVisibility; link: ViewerLink } | null> {
    const manager = this.dataSource.manager;
    const registrationId = await this.links.resolve('registration', token);
    if (registrationId) {
      const registration = await manager.findOneBy(RegistrationEntity, { id: registrationId, eventId });
      if (registration)
        return {
          level: registrationLevel(registration),
          link: { type: 'registration', id: registration.id },
        };
    }
    const invitationId = await this.links.resolve('invitation', token);
    if (invitationId) {
      const invitation = await manager.findOneBy(InvitationEntity, { id: invitationId, eventId });
      if (invitation)
        return { level: invitationLevel(invitation), link: { type: 'invitation', id: invitation.id } };
    }
    return null;
  }
}
