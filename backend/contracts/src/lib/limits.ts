/**
 * The limits the API enforces on what it is sent. The backend DTOs take their numbers from here and the app's
 * forms check the same ones, so most mistakes are caught before they reach the server, with the same wording.
 */

/** RFC 5321's longest forward path. */
export const EMAIL_MAX_LENGTH = 254;
/** A person's or an organisation's name, a position. */
export const NAME_MAX_LENGTH = 200;
/** Shortest password an account may have; the API and the admin form both enforce it. */
export const MIN_PASSWORD_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** A note from one person to another: an invitation message, an answer's comment, a cancellation reason. */
export const MESSAGE_MAX_LENGTH = 2000;
/** Participant seats of an event, and of any one sector's quota. */
export const MAX_SEATS = 100_000;
/** Largest page of a list. */
export const PAGE_SIZE_MAX = 100;

export const EVENT_LIMITS = {
  title: 300,
  description: 20_000,
  venueName: 200,
  venueAddress: 300,
  venueCity: 100,
  onlineUrl: 500,
  maxSeats: MAX_SEATS,
  partners: 20,
  partnerName: 200,
  cancellationReason: MESSAGE_MAX_LENGTH,
} as const;

export const AGENDA_LIMITS = {
  /** Items in one event's agenda. */
  items: 100,
  title: 300,
  description: 5_000,
  /** People on one agenda item. */
  speakers: 30,
} as const;

export const INVITATION_LIMITS = {
  email: EMAIL_MAX_LENGTH,
  name: NAME_MAX_LENGTH,
  organization: NAME_MAX_LENGTH,
  position: NAME_MAX_LENGTH,
  message: MESSAGE_MAX_LENGTH,
  comment: MESSAGE_MAX_LENGTH,
  bio: 3_000,
  photoBytes: 5 * 1024 * 1024,
  /** A pasted or uploaded sheet of invitees, as text. */
  bulkCsv: 500_000,
  bulkRows: 500,
} as const;

export const REGISTRATION_LIMITS = {
  /** A first or a last name. */
  name: 100,
  email: EMAIL_MAX_LENGTH,
  organization: NAME_MAX_LENGTH,
  position: NAME_MAX_LENGTH,
  phone: 40,
  /** Digits, spaces and the usual separators, a leading + allowed. */
  phonePattern: /^\+?[0-9][0-9 ()./-]{4,}$/,
  accessibilityNeeds: 1000,
} as const;

export const CONTACT_LIMITS = {
  email: EMAIL_MAX_LENGTH,
  /** A first or a last name, as on the registration form. */
  name: REGISTRATION_LIMITS.name,
  organization: NAME_MAX_LENGTH,
  position: NAME_MAX_LENGTH,
  /** Data rows of one imported file, and its size in bytes. */
  importRows: 5_000,
  importBytes: 2 * 1024 * 1024,
  /** Contacts invited in one action. */
  invitationsPerAction: 200,
} as const;

export const USER_LIMITS = {
  email: EMAIL_MAX_LENGTH,
  name: NAME_MAX_LENGTH,
  passwordMin: MIN_PASSWORD_LENGTH,
  passwordMax: PASSWORD_MAX_LENGTH,
} as const;
