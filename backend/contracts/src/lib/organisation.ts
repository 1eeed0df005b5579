/** The longest value of each organisation field the API accepts; the admin's form checks the same. */
export const ORGANISATION_LIMITS = {
  name: 200,
  address: 300,
  email: 254,
  privacyNotice: 20_000,
  privacyNoticeVersion: 40,
  logoBytes: 2 * 1024 * 1024,
} as const;

/** What an admin sets: the organisation every e-mail, page and form speaks for. */
export interface OrganisationInput {
  nameBg: string;
  nameEn: string;
  address: string;
  contactEmail: string;
  privacyNoticeBg: string;
  privacyNoticeEn: string;
  /** Names the wording of the notice; consents given from now on record it. Change it with the text. */
  privacyNoticeVersion: string;
}

export interface Organisation extends OrganisationInput {
  /** Absolute URL of the logo, or null while none was uploaded. */
  logoUrl: string | null;
  updatedAt: string;
}

/** What the public pages and the registration form show. */
export interface PublicOrganisation {
  name: { bg: string; en: string };
  logoUrl: string | null;
  address: string;
  contactEmail: string;
  privacyNotice: { bg: string; en: string; version: string };
}
