import type { InvitationRole } from './invitations';
import type { ValidationRule } from './errors';
import type { Language, Page, Sector } from './vocabulary';

/** Where a contact came from; a contact may have several. */
export const CONTACT_SOURCES = ['registration', 'import', 'manual'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** A person's consent to be contacted about future events, as their registration recorded it. */
export interface ContactFollowUp {
  consented: boolean;
  /** The consent wording's version (REGISTRATION_CONSENTS.version) when consented through a registration. */
  version: string | null;
  at: string | null;
}

/** A stakeholder across events: one per e-mail address, whatever its letter case. */
export interface Contact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
  /** A code of `MUNICIPALITIES`, e.g. `SOF46` for Столична. */
  municipality: string | null;
  language: Language;
  followUp: ContactFollowUp;
  sources: ContactSource[];
  /** Distinct events the address registered for or was invited to. */
  eventCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The body of `POST /api/contacts`; `PATCH /api/contacts/{id}` takes any part of it. */
export interface ContactInput {
  email: string;
  firstName: string;
  lastName: string;
  organization?: string | null;
  position?: string | null;
  sector?: Sector | null;
  municipality?: string | null;
  language?: Language;
}

/** `GET /api/contacts`: search in name, e-mail and organisation, filters, page; sorted by last and first name. */
export interface ContactListQuery {
  q?: string;
  sector?: Sector;
  municipality?: string;
  followUp?: boolean;
  page?: number;
  pageSize?: number;
}

export interface ContactPage extends Page<Contact> {
  page: number;
  pageSize: number;
}

export const CONTACT_IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ContactImportStatus = (typeof CONTACT_IMPORT_STATUSES)[number];

/** A row of an import that was skipped: its line in the file (the header is line 1), the field, and why. */
export interface ContactImportError {
  line: number;
  field: string | null;
  /** The rule the cell broke, as field errors name it; the app words it in the reader's language. */
  rule: ValidationRule | null;
  /** The API's own (English) sentence. */
  message: string;
}

/** `POST /api/contacts/imports` answers one, `GET /api/contacts/imports/{id}` tells its progress. */
export interface ContactImport {
  id: string;
  status: ContactImportStatus;
  /** Data rows in the file. */
  total: number;
  processed: number;
  created: number;
  updated: number;
  errors: ContactImportError[];
  createdAt: string;
  finishedAt: string | null;
}

/**
 * The header words an import accepts for each field, in any letter case; the first is the one the app shows.
 * Sector and language cells take the codes or the words of SHEET_WORDS; municipality the code or the name.
 */
export const CONTACT_IMPORT_COLUMNS = {
  email: ['email', 'e-mail', 'имейл', 'е-поща'],
  firstName: ['firstName', 'first name', 'име'],
  lastName: ['lastName', 'last name', 'фамилия'],
  organization: ['organization', 'organisation', 'организация'],
  position: ['position', 'длъжност'],
  sector: ['sector', 'сектор'],
  municipality: ['municipality', 'община'],
  language: ['language', 'език'],
} as const satisfies Record<keyof ContactInput, readonly string[]>;

export const CONTACT_INVITATION_SKIP_REASONS = ['already-invited', 'not-found'] as const;
export type ContactInvitationSkipReason = (typeof CONTACT_INVITATION_SKIP_REASONS)[number];

/** `POST /api/contacts/invitations`: invite contacts to an event, each through the usual invitation. */
export interface ContactInvitationInput {
  eventId: string;
  contactIds: string[];
  role: InvitationRole;
  message?: string;
  /** Wall-clock time in the event's zone, as for one invitation. */
  respondBy?: string;
}

export interface ContactInvitationResult {
  invited: number;
  skipped: { contactId: string; reason: ContactInvitationSkipReason }[];
}
