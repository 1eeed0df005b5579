import { DateTime } from 'luxon';
import { upcomingRoundTable } from './demo-data';

describe('upcomingRoundTable', () => {
  it('moves off a holiday: 30 days after 2 December 2026 is New Year, so it meets on Monday 4 January', () => {
    const { input, agenda } = upcomingRoundTable(
      DateTime.fromISO('2026-12-02T10:00', { zone: 'Europe/Sofia' }),
    );
    expect(input.startsAt).toBe('2027-01-04T09:30');
    expect(agenda.every((item) => item.startsAt.startsWith('2027-01-04'))).toBe(true);
  });
});
