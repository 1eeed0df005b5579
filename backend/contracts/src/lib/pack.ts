/** The reporting pack for the funder (issue 7): one ZIP, built by the job runner. */

/** The pack's parts in the order they are built; progress names the part being built. */
export const PACK_STEPS = [
  'agenda',
  'attendance-sheet',
  'signed-sheet',
  'registrations',
  'summary',
  'statistics',
  'materials',
] as const;
export type PackStep = (typeof PACK_STEPS)[number];

export const PACK_STATES = ['queued', 'building', 'ready', 'failed'] as const;
export type PackState = (typeof PACK_STATES)[number];

/**
 * `POST /api/events/{id}/pack` (202, starts a new build) and `GET /api/events/{id}/pack` (the latest build);
 * `GET /api/events/{id}/pack.zip` downloads it once `ready`.
 */
export interface PackStatus {
  id: string;
  eventId: string;
  state: PackState;
  /** 0..100. */
  progress: number;
  /** The part being built while `building`. */
  step: PackStep | null;
  /** ZIP size in bytes once ready. */
  size: number | null;
  createdAt: string;
  finishedAt: string | null;
}
