/**
 * The product's fixed vocabularies. Both the API (validation) and the app (forms, labels) read them from here,
 * so a new sector or mode is added in one place.
 */
export const SECTORS = ['municipal', 'government', 'education', 'health', 'social', 'ngo', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const LANGUAGES = ['bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const REGISTRATION_MODES = ['open', 'approval', 'invite-only'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Which events a list shows: not yet ended, or ended. */
export const EVENT_PERIODS = ['upcoming', 'past'] as const;
export type EventPeriod = (typeof EVENT_PERIODS)[number];

export const AGENDA_ITEM_KINDS = ['talk', 'panel', 'discussion', 'break'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const USER_ROLES = ['admin', 'organizer', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  pageSize?: number;
}
