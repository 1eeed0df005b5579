import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { CHECKIN_QR_OPTIONS, checkinCode, checkinQrPng, readCheckinCode } from './checkin-code';
import { drawQrPng, stopQrWorkers } from './qr-drawing';

describe('check-in code', () => {
  // Starting a worker thread takes seconds on a loaded machine.
  jest.setTimeout(30_000);
  afterAll(() => stopQrWorkers());

  it('round-trips the registration id and refuses anything else', () => {
    const id = randomUUID();
    expect(readCheckinCode(checkinCode(id))).toBe(id);
    expect(readCheckinCode(id)).toBeNull();
    expect(readCheckinCode('roundtable:checkin:../etc')).toBeNull();
  });

  it('draws in a worker thread the very PNG qrcode draws in process', async () => {
    const ids = Array.from({ length: 5 }, () => randomUUID());
    // At once, so more than one drawing is in flight and each answer must find its own request.
    const drawn = await Promise.all(ids.map((id) => checkinQrPng(id)));
    for (const [i, id] of ids.entries()) {
      expect(drawn[i].subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(drawn[i].equals(await QRCode.toBuffer(checkinCode(id), CHECKIN_QR_OPTIONS))).toBe(true);
    }
  });

  it('fails a drawing qrcode refuses, and the pool draws on', async () => {
    await expect(drawQrPng('x'.repeat(5000), CHECKIN_QR_OPTIONS)).rejects.toThrow(/QR code not drawn/);
    const png = await checkinQrPng(randomUUID());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('starts a new worker when one has been stopped', async () => {
    await checkinQrPng(randomUUID());
    await stopQrWorkers();
    const png = await checkinQrPng(randomUUID());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
