import { bulgarianHolidays, firstBulgarianWorkingDay, orthodoxEaster } from './bulgarian-holidays';

describe('orthodoxEaster', () => {
  it.each([
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
  ])('falls in %i on %s', (year, easter) => {
    expect(orthodoxEaster(year)).toBe(easter);
  });
});

describe('bulgarianHolidays', () => {
  it('lists the days off the Labour Code gives in 2025', () => {
    expect([...bulgarianHolidays(2025)].sort()).toEqual([
      '2025-01-01',
      '2025-03-03',
      '2025-04-18',
      '2025-04-19',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-06',
      '2025-05-24',
      // 24 May and 6 September fell on Saturdays: the Mondays after them were off.
      '2025-05-26',
      '2025-09-06',
      '2025-09-08',
      '2025-09-22',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('moves a weekend holiday past Easter Monday when they meet (1 May 2021 was Holy Saturday)', () => {
    expect(bulgarianHolidays(2021).has('2021-05-04')).toBe(true);
  });

  it('moves Christmas on a weekend to the next working days (2022: 27 and 28 December)', () => {
    const days = bulgarianHolidays(2022);
    expect(days.has('2022-12-27')).toBe(true);
    expect(days.has('2022-12-28')).toBe(true);
    expect(days.has('2022-12-29')).toBe(false);
  });
});

describe('firstBulgarianWorkingDay', () => {
  it('keeps an ordinary weekday', () => {
    expect(firstBulgarianWorkingDay('2031-05-21')).toBe('2031-05-21');
  });

  it('skips New Year and the weekend after it', () => {
    expect(firstBulgarianWorkingDay('2027-01-01')).toBe('2027-01-04');
  });

  it('skips the whole Easter weekend', () => {
    expect(firstBulgarianWorkingDay('2026-04-10')).toBe('2026-04-14');
  });
});
