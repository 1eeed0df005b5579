import type { Page } from './vocabulary';

/**
 * The audit log (decision 0036): who did what, when, to which event or person. An entry names an account (its
 * id and e-mail), or a person acting through their personal link by the registration or invitation the link
 * belongs to, never by name; it never holds a password, a token or a link.
 */
export const AUDIT_ACTOR_TYPES = ['account', 'link', 'system', 'anonymous'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export const AUDIT_LINK_TYPES = ['registration', 'invitation'] as const;
export type AuditLinkType = (typeof AUDIT_LINK_TYPES)[number];

export type AuditDetailValue = string | number | boolean | null;

export interface AuditEntry {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  /** e.g. `login.failed`, `event.update`, `invitation.accepted`, `material.downloaded`. */
  action: string;
  actor: {
    type: AuditActorType;
    /** The account, for `account` (and for `anonymous` a failed login's typed e-mail is in `detail`). */
    userId: string | null;
    email: string | null;
    /** For `link`: which registration's or invitation's personal link was used. */
    link: { type: AuditLinkType; id: string } | null;
  };
  eventId: string | null;
  subject: { type: string; id: string | null } | null;
  /** The client's address; emptied when the registrant acting by link is anonymised. */
  ip: string | null;
  detail: Record<string, AuditDetailValue>;
}

export interface AuditPage extends Page<AuditEntry> {
  page: number;
  pageSize: number;
}

export interface AuditQuery {
  /** An account's id, or `link`, `system`, `anonymous` for every entry of that kind of actor. */
  actor?: string;
  /** An action (`login.failed`) or its family (`login`: every `login.*`). */
  action?: string;
  eventId?: string;
  /** ISO 8601 instants; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export const AUDIT_PAGE_SIZE = { default: 50, max: 200 } as const;
