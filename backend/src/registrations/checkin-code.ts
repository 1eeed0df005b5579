import QRCode from 'qrcode';

/**
 * What the check-in QR code says: the registration's id behind a fixed prefix, never the manage token. The id
 * opens nothing by itself (check-in needs a staff login), so a photo of someone's code shared online gives no
 * access to their data or their place. See docs/decisions/0010-check-in-code.md.
 */
export function checkinCode(registrationId: string): string {
  return `roundtable:checkin:${registrationId}`;
}

/** The id in a scanned code, or null for anything else. */
export function readCheckinCode(code: string): string | null {
  const match = /^roundtable:checkin:([0-9a-f-]{36})$/i.exec(code.trim());
  return match ? match[1].toLowerCase() : null;
}

/** The code as a PNG large enough for a phone's screen or a printout, and for a door camera to read. */
export function checkinQrPng(registrationId: string): Promise<Buffer> {
  return QRCode.toBuffer(checkinCode(registrationId), {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 320,
  });
}
