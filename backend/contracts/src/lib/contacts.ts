import type { InvitationRole } from './invitations';
import type { Language, Sector } from './vocabulary';

/** A stakeholder across events, one per e-mail (case-insensitive). `GET /api/contacts`. */
export interface Contact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organization: string | null;
  position: string | null;
  sector: Sector | null;
  /** The EKATTE-based municipality code used by registrations. */
  municipality: string | null;
  language: Language;
  followUp: { consented: boolean; version: string | null; at: string | null };
  /** A registration with follow-up consent, a CSV import, or the organiser's form. */
  sources: ('registration' | 'import' | 'manual')[];
  /** Distinct events the person registered for or was invited to. */
  eventCount: number;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/contacts`; `PATCH /api/contacts/{id}` takes any part of it. */
export interface ContactInput {
  email: string;
  firstName: string;
  lastName: string;
  organization?: string;
  position?: string;
  sector?: Sector;
  municipality?: string;
  language?: Language;
}

/** A skipped row of an import: its 1-based line in the file (the header is line 1). */
export interface ContactImportError {
  line: number;
  field: string | null;
  message: string;
}

/** `POST /api/contacts/imports` (202) and `GET /api/contacts/imports/{id}`, polled for progress. */
export interface ContactImport {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  created: number;
  updated: number;
  errors: ContactImportError[];
  createdAt: string;
  finishedAt: string | null;
}

/** `POST /api/contacts/invitations`: one invitation per contact through the invitation service. */
export interface ContactInvitationRequest {
  eventId: string;
  /** 1..200 contacts. */
  contactIds: string[];
  role: InvitationRole;
  message?: string;
  /** ISO 8601; without an offset, wall-clock time in the event's zone. */
  respondBy?: string;
}

export interface ContactInvitationResult {
  invited: number;
  skipped: { contactId: string; reason: 'already-invited' | 'not-found' }[];
}

/** What one CSV import may hold: data rows (after the header) and bytes of the file. */
export const CONTACT_IMPORT_LIMITS = { maxRows: 5000, maxBytes: 2 * 1024 * 1024 } as const;
