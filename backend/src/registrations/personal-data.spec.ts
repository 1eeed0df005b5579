import type { ConsentRecord } from '@roundtable/contracts';
import { PERSONAL_DATA_COLUMNS } from './registration.entity';
import { anonymised, consentsChanged } from './personal-data';

const earlier = { version: '2020-01', at: '2020-01-01T00:00:00.000Z' };
const notice = '2031-04';
const consents = {
  processing: { given: true, ...earlier },
  media: { given: true, ...earlier },
  publishName: { given: false, ...earlier },
  followUp: { given: true, ...earlier },
} satisfies Record<string, ConsentRecord>;
const now = new Date('2031-05-01T10:00:00Z');

describe('personal data', () => {
  it('anonymising empties every personal column and withdraws every consent now', () => {
    const result = anonymised(consents, now, notice);
    for (const column of PERSONAL_DATA_COLUMNS) expect([null, '']).toContain(result[column]);
    expect(Object.values(result.consents).every((consent) => !consent.given)).toBe(true);
    expect(result.consents.media).toEqual({
      given: false,
      version: notice,
      at: now.toISOString(),
    });
    // Never given, so never withdrawn: the record of the original answer stays.
    expect(result.consents.publishName).toEqual(consents.publishName);
  });

  it('a changed consent records the privacy notice in force and the time; an unchanged one keeps its record', () => {
    const result = consentsChanged(consents, { media: false, followUp: true }, now, notice);
    expect(result.media).toEqual({
      given: false,
      version: notice,
      at: now.toISOString(),
    });
    expect(result.followUp).toEqual(consents.followUp);
    expect(result.processing).toEqual(consents.processing);
  });
});
