import type { GuestRegistrationInput } from './registrations';
import type { Language, Sector } from './vocabulary';

export const INVITATION_ROLES = ['panelist', 'speaker', 'moderator', 'guest'] as const;
export type InvitationRole = (typeof INVITATION_ROLES)[number];

export const INVITATION_STATUSES = [
  // Not sent yet (copied into the next event of a series): nothing is mailed until the organiser sends it.
  'draft',
  'pending',
  'accepted',
  'declined',
  'tentative',
  'delegated',
  'revoked',
  'expired',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_RESPONSES = ['accepted', 'declined', 'tentative'] as const;
export type InvitationResponse = (typeof INVITATION_RESPONSES)[number];

/** Consent texts an invitee agrees to on their page; the version is stored with each consent. */
export const PANELIST_CONSENTS = {
  version: 'panelist-2026-11',
  publishName: {
    bg: 'Съгласен/на съм името, длъжността и организацията ми да бъдат публикувани на страницата на събитието.',
    en: 'I agree that my name, position and organisation are published on the event page.',
  },
  publishPhoto: {
    bg: 'Съгласен/на съм снимката и краткото ми представяне да бъдат публикувани на страницата на събитието.',
    en: 'I agree that my photo and short bio are published on the event page.',
  },
} as const;

/** `bounced`: sent, and a delivery status notification (RFC 3464) came back for it (decision 0032). */
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'bounced'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How an invitee answered: on their personal page, or by Accept/Decline/Tentative in their calendar. */
export type AnswerChannel = 'page' | 'calendar';

export interface Delivery {
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  sentAt?: string;
}

export interface InvitationInput {
  email: string;
  name: string;
  role: InvitationRole;
  organization?: string;
  position?: string;
  sector?: Sector;
  language?: Language;
  message?: string;
  /** ISO 8601; without an offset, wall-clock time in the event's zone. */
  respondBy?: string;
}

export interface Invitation {
  id: string;
  eventId: string;
  email: string;
  name: string;
  role: InvitationRole;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
  language: Language;
  message: string | null;
  respondBy: string | null;
  status: InvitationStatus;
  responseComment: string | null;
  respondedAt: string | null;
  /** Null until answered. */
  respondedVia: AnswerChannel | null;
  delegatedFromId: string | null;
  delegatedTo: { id: string; name: string; email: string } | null;
  bio: string | null;
  hasPhoto: boolean;
  consents: { publishName: boolean; publishPhoto: boolean; version: string | null; givenAt: string | null };
  delivery: Delivery | null;
  createdAt: string;
}

export interface BulkInvitationRequest {
  /** CSV text with a header row: name, email, role, organization, position, sector, language. */
  csv?: string;
  rows?: InvitationInput[];
  respondBy?: string;
  message?: string;
}

export interface BulkInvitationResult {
  items: Invitation[];
  total: number;
}

export interface InvitationResponseRequest {
  response: InvitationResponse;
  comment?: string;
  /** With `declined`: the person who comes instead; they get a fresh invitation. */
  deputy?: { name: string; email: string };
  /** Required with a guest's `accepted`, refused with anything else. */
  registration?: GuestRegistrationInput;
}

export interface InvitationProfileRequest {
  bio?: string;
  publishName: boolean;
  publishPhoto: boolean;
}

/** A panelist as the public event page shows them: only people who consented to it. */
export interface Speaker {
  invitationId: string;
  name: string;
  role: InvitationRole;
  organization: string | null;
  position: string | null;
  bio: string | null;
  photoUrl: string | null;
}

/**
 * What an invited guest's registration form starts with (`GET /api/invitations/by-token/{token}`, field
 * `registration`); null for the panel's roles. The e-mail is the invitation's and cannot be changed there.
 */
export interface GuestRegistrationPrefill {
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
  language: Language;
}
