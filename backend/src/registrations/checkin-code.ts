import { checkinCode } from '@roundtable/contracts';
import QRCode from 'qrcode';

// The text of the code and its reading live in the contracts, shared with the check-in page
// (docs/decisions/0011-check-in-code.md): the id behind a fixed prefix, never the manage token.
export { checkinCode, readCheckinCode } from '@roundtable/contracts';

/** Drawn codes by registration id: drawing costs CPU on the event loop, and a mail retried draws it again. */
const drawn = new Map<string, Promise<Buffer>>();
const DRAWN_KEPT = 2_000;

/** The code as a PNG at the size the e-mail shows it (160 px): each pixel more is drawing time on the event loop. */
export function checkinQrPng(registrationId: string): Promise<Buffer> {
  let png = drawn.get(registrationId);
  if (!png) {
    png = draw(registrationId);
    // Oldest first out: a Map keeps insertion order.
    if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value as string);
    drawn.set(registrationId, png);
    png.catch(() => drawn.delete(registrationId));
  }
  return png;
}

async function draw(registrationId: string): Promise<Buffer> {
  // Drawing is synchronous work (~10-30 ms): let waiting requests run first, or a batch of confirmations
  // would hold every HTTP answer until the whole batch is drawn.
  await new Promise((resolve) => setImmediate(resolve));
  return QRCode.toBuffer(checkinCode(registrationId), {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 160,
  });
}
