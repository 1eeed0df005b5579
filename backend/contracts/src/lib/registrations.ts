import type { Language, Sector } from './vocabulary';

export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A registration in one of these holds the person's place: they count for "one per e-mail per event". */
export const ACTIVE_REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted'] as const;

export const CONSENT_PURPOSES = ['processing', 'media', 'publishName', 'followUp'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * The consent texts of the registration form, bg and en, each agreeing to a purpose the organisation's privacy
 * notice describes. A consent is stored with the version of that notice (set by the admin) and the time, so
 * what a person agreed to can always be shown again (decision 0014).
 */
export const REGISTRATION_CONSENTS = {
  processing: {
    bg: 'Съгласен/на съм личните ми данни да бъдат обработвани за организирането на събитието съгласно уведомлението за поверителност.',
    en: 'I agree that my personal data are processed to organise the event, as the privacy notice describes.',
  },
  media: {
    bg: 'Съгласен/на съм да бъда сниман/а и записван/а по време на събитието.',
    en: 'I agree to be photographed and recorded during the event.',
  },
  publishName: {
    bg: 'Съгласен/на съм името и организацията ми да бъдат посочени в публикувания списък на участниците и в доклада.',
    en: 'I agree that my name and organisation appear in the published list of participants and in the report.',
  },
  followUp: {
    bg: 'Съгласен/на съм организаторите да се свързват с мен за бъдещи събития и за проследяване на резултатите.',
    en: 'I agree that the organisers contact me about future events and the follow-up of this one.',
  },
} as const;

export interface RegistrationConsentsInput {
  /** Required: without it the event cannot be organised for the person. */
  processing: true;
  media?: boolean;
  publishName?: boolean;
  followUp?: boolean;
}

/** The body of `POST /api/events/{id}/registrations`. */
export interface RegistrationInput {
  firstName: string;
  lastName: string;
  email: string;
  organization: string;
  position?: string;
  sector: Sector;
  /** A code of `MUNICIPALITIES`, e.g. `SOF46` for Столична. */
  municipality?: string;
  phone?: string;
  accessibilityNeeds?: string;
  /** The language of the e-mails; the event's language when absent. */
  language?: Language;
  consents: RegistrationConsentsInput;
}

/** A guest's registration through their invitation: the public form's body without `email`, the invitation's. */
export type GuestRegistrationInput = Omit<RegistrationInput, 'email'>;

/** One consent as stored: given or not, under which version of the organisation's privacy notice and when. */
export interface ConsentRecord {
  given: boolean;
  /** The organisation's `privacyNoticeVersion` when the answer was given or changed. */
  version: string;
  at: string;
}

export interface Registration {
  id: string;
  eventId: string;
  firstName: string;
  lastName: string;
  email: string;
  organization: string;
  position: string | null;
  sector: Sector;
  municipality: string | null;
  phone: string | null;
  accessibilityNeeds: string | null;
  language: Language;
  status: RegistrationStatus;
  /** While wait-listed, the place in the queue (1 = next to be promoted); otherwise null. */
  waitlistPosition: number | null;
  consents: Record<ConsentPurpose, ConsentRecord>;
  /** Set when the person registered through a guest invitation. */
  invitationId: string | null;
  /** When the person was checked in at the door; null while not (or after an undo). */
  checkedInAt: string | null;
  /** Registered at the door on the day, without a registration before. */
  walkIn: boolean;
  createdAt: string;
  updatedAt: string;
}

export const REGISTRATION_SORTS = [
  'createdAt',
  '-createdAt',
  'lastName',
  '-lastName',
  'organization',
  '-organization',
  'status',
  '-status',
] as const;
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];

/** `GET /api/events/{id}/registrations`: filters, search in name, e-mail and organisation, sort and page. */
export interface RegistrationListQuery {
  status?: RegistrationStatus;
  sector?: Sector;
  municipality?: string;
  /** Only those whose newest finished e-mail did not reach them (true), or only the others (false). */
  undelivered?: boolean;
  q?: string;
  /** A field name, `-` first for descending; `createdAt` by default. */
  sort?: RegistrationSort;
  page?: number;
  pageSize?: number;
}

/**
 * The newest e-mail to a registrant that did not reach them: refused by their mail server (a delivery status
 * notification came back, decision 0032) or given up after every retry. Null once a later e-mail got through.
 */
export interface UndeliveredMail {
  status: 'bounced' | 'failed';
  /** The server's words (a bounce's Status and Diagnostic-Code, or the last SMTP error). */
  reason: string | null;
  at: string;
}

/** A row of the organiser's table: the registration, and whether the e-mails to it stopped reaching them. */
export interface RegistrationListItem extends Registration {
  undelivered: UndeliveredMail | null;
}

export interface RegistrationPage {
  items: RegistrationListItem[];
  total: number;
  page: number;
  pageSize: number;
}
