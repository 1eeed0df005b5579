import { checkinCode, readCheckinCode } from '@roundtable/contracts';

const ID = '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f8a9b0c';

describe('the check-in QR code', () => {
  it('reads the registration id behind the prefix, whatever the case and surrounding blanks', () => {
    expect(readCheckinCode(checkinCode(ID))).toBe(ID);
    expect(readCheckinCode(`  roundtable:checkin:${ID.toUpperCase()}\n`)).toBe(ID);
    expect(readCheckinCode(`ROUNDTABLE:CHECKIN:${ID}`)).toBe(ID);
  });

  it('calls anything else not ours', () => {
    for (const text of [
      '',
      ID,
      `https://example.org/registrations/${ID}`,
      `roundtable:checkin:`,
      `roundtable:checkin:${ID}x`,
      `roundtable:checkin:${ID.slice(0, -1)}`,
      `roundtable:checkin:../../${ID}`,
      `roundtable:invite:${ID}`,
      `xroundtable:checkin:${ID}`,
      `roundtable:checkin:${'-'.repeat(36)}`,
      `roundtable:checkin:${ID} ${ID}`,
    ]) {
      expect(readCheckinCode(text)).toBeNull();
    }
  });
});
