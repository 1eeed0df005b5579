import { randomUUID } from 'node:crypto';
import { checkinCode, checkinQrPng, readCheckinCode } from './checkin-code';

describe('check-in code', () => {
  it('round-trips the registration id and refuses anything else', () => {
    const id = randomUUID();
    expect(readCheckinCode(checkinCode(id))).toBe(id);
    expect(readCheckinCode(id)).toBeNull();
    expect(readCheckinCode('roundtable:checkin:../etc')).toBeNull();
  });

  it('draws a PNG', async () => {
    const png = await checkinQrPng(randomUUID());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
