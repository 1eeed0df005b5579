import { OrganisationEntity } from '../organisation/organisation.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { ContactImportEntity, ContactImportRowEntity } from '../contacts/contact-import.entity';
import { PasswordResetEntity } from '../auth/password-reset.entity';
import { SessionEntity } from '../auth/session.entity';
import { AgendaItemEntity } from '../events/agenda-item.entity';
import { EventEntity } from '../events/event.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { LinkTokenEntity } from '../links/link-token.entity';
import { JobEntity } from '../jobs/job.entity';
import { RateLimitEntity } from '../rate-limits/rate-limit.entity';
import { RegistrationEntity } from '../registrations/registration.entity';
import { UserEntity } from '../users/user.entity';
import { EventStaffEntity } from '../staff/event-staff.entity';
import { ReportingPackEntity } from '../pack/reporting-pack.entity';
import {
  EventSummaryEntity,
  RecommendationChangeEntity,
  RecommendationEntity,
} from '../summary/summary.entities';
import { MaterialEntity } from '../materials/material.entity';
import { SeriesEntity } from '../series/series.entity';
import { EventThemeEntity, RecommendationFollowUpEntity, ThemeEntity } from '../themes/theme.entities';
import { InboundMessageEntity } from '../inbound/inbound-message.entity';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../webhooks/webhook.entities';
import { AuditEntryEntity } from '../audit/audit-entry.entity';

/** Listed, not globbed: the backend is bundled by webpack, where glob paths do not survive. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  EventEntity,
  AgendaItemEntity,
  InvitationEntity,
  LinkTokenEntity,
  JobEntity,
  RateLimitEntity,
  RegistrationEntity,
  PasswordResetEntity,
  OrganisationEntity,
  ContactEntity,
  ContactImportEntity,
  ContactImportRowEntity,
  EventStaffEntity,
  ReportingPackEntity,
  EventSummaryEntity,
  RecommendationEntity,
  RecommendationChangeEntity,
  MaterialEntity,
  SeriesEntity,
  ThemeEntity,
  EventThemeEntity,
  RecommendationFollowUpEntity,
  InboundMessageEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  AuditEntryEntity,
];
