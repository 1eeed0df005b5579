/**
 * What the check-in QR code of a confirmation says: the registration's id behind a fixed prefix, never the
 * manage token (docs/decisions/0011-check-in-code.md). The API draws it, the check-in page reads it.
 */
export const CHECKIN_CODE_PREFIX = 'roundtable:checkin:';

export function checkinCode(registrationId: string): string {
  return `${CHECKIN_CODE_PREFIX}${registrationId}`;
}

const CHECKIN_CODE = /^roundtable:checkin:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The registration id in a scanned text (lower case), or null for anything that is not our code. */
export function readCheckinCode(text: string): string | null {
  const match = CHECKIN_CODE.exec(text.trim());
  return match ? match[1].toLowerCase() : null;
}
