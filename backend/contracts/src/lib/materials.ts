/** Materials of an event (issue 7): files the organisers upload and people download by account or link. */

/**
 * Who may see a material: anyone; confirmed registrants and accepted panelists; people who were checked in;
 * organisers only. Each level sees its own files and those of the levels before it.
 */
export const MATERIAL_VISIBILITIES = ['public', 'registered', 'attended', 'organizers'] as const;
export type MaterialVisibility = (typeof MATERIAL_VISIBILITIES)[number];

/**
 * A material, or the scan of the signed attendance sheet (always `organizers`, one per event: a new scan
 * replaces the old one; the reporting pack takes it).
 */
export const MATERIAL_KINDS = ['material', 'signed-sheet'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_TITLE_MAX_LENGTH = 200;
/** `UPLOAD_MAX_MB` when unset. */
export const UPLOAD_MAX_MB_DEFAULT = 50;

/**
 * The content types a material may have, decided from its bytes (never from its name or the browser's
 * word): PDF, Office documents (OOXML, the older binary formats and OpenDocument), images and ZIP.
 */
export const MATERIAL_CONTENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/x-cfb',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/zip',
] as const;
export type MaterialContentType = (typeof MATERIAL_CONTENT_TYPES)[number];

export interface Material {
  id: string;
  eventId: string;
  title: string;
  /** The name it was uploaded with, cleaned of any path: the download's name. */
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  visibility: MaterialVisibility;
  kind: MaterialKind;
  createdAt: string;
}

/**
 * `GET /api/events/{id}/materials` (`?token=` for people without accounts): what the caller may see, and the
 * widest visibility the caller reaches (a visitor `public`, a confirmed registrant `registered`, a checked-in
 * person `attended`, an organiser `organizers`).
 */
export interface MaterialList {
  items: Material[];
  access: MaterialVisibility;
  /** The upload limit in bytes (UPLOAD_MAX_MB), so the page can say it before a file is sent. */
  maxUploadBytes: number;
}

/** `PATCH /api/materials/{id}`. */
export interface MaterialUpdate {
  title?: string;
  visibility?: MaterialVisibility;
}
