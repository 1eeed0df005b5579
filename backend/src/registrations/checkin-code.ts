import { checkinCode } from '@roundtable/contracts';
import { drawQrPng } from './qr-drawing';

// The text of the code and its reading live in the contracts, shared with the check-in page
// (docs/decisions/0011-check-in-code.md): the id behind a fixed prefix, never the manage token.
export { checkinCode, readCheckinCode } from '@roundtable/contracts';

/** Drawn codes by registration id: drawing costs CPU, and a mail retried (or the code downloaded) draws it again. */
const drawn = new Map<string, Promise<Buffer>>();
const DRAWN_KEPT = 2_000;

/** The drawing options: the size the e-mail shows it at (160 px), each pixel more is drawing time. */
export const CHECKIN_QR_OPTIONS = { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 160 } as const;

/** The code as a PNG, drawn in a worker thread (qr-drawing.ts), not on the event loop. */
export function checkinQrPng(registrationId: string): Promise<Buffer> {
  let png = drawn.get(registrationId);
  if (!png) {
    png = drawQrPng(checkinCode(registrationId), CHECKIN_QR_OPTIONS);
    // Oldest first out: a Map keeps insertion order.
    if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value as string);
    drawn.set(registrationId, png);
    png.catch(() => drawn.delete(registrationId));
  }
  return png;
}
