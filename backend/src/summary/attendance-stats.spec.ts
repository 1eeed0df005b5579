import { STATS_ORGANISATIONS_MAX } from '@roundtable/contracts';
import { statsFromRows, type CountRow } from './attendance-stats';
import { recommendationChanged, unknownRecommendationIds } from './recommendation-changes';

const row = (key: string | null, registered: number, checkedIn: number, walkIns = 0): CountRow => ({
  key,
  registered,
  checkedIn,
  walkIns,
});

describe('attendance statistics', () => {
  it('adds up the totals and orders each dimension by who came', () => {
    const stats = statsFromRows(
      [row('health', 2, 1), row('ngo', 3, 3, 1), row('municipal', 4, 1)],
      [row('SOF46', 2, 2), row(null, 5, 2), row('PDV25', 2, 1)],
      [row('РЗИ', 2, 1)],
    );
    expect(stats).toMatchObject({ registered: 9, checkedIn: 5, noShows: 4, walkIns: 1 });
    expect(stats.bySector.map((item) => item.sector)).toEqual(['ngo', 'municipal', 'health']);
    expect(stats.byMunicipality.map((item) => item.municipality)).toEqual([null, 'SOF46', 'PDV25']);
  });

  it('merges organisations written in different letter case, and counts the rest as other', () => {
    const many = Array.from({ length: STATS_ORGANISATIONS_MAX + 2 }, (_, i) =>
      row(`Организация ${i + 1}`, 1, 0),
    );
    const stats = statsFromRows(
      [],
      [],
      [row('Община Раковски', 2, 2), row('община раковски ', 1, 1), row('', 3, 1), ...many],
    );
    expect(stats.byOrganisation[0]).toEqual({ organization: 'Община Раковски', registered: 3, checkedIn: 3 });
    expect(stats.byOrganisation).toHaveLength(STATS_ORGANISATIONS_MAX);
    // Anonymised registrations (no organisation) and the three beyond the first fifteen.
    expect(stats.otherOrganisations).toEqual({ registered: 3 + 3, checkedIn: 1 });
  });
});

describe('recommendation changes', () => {
  const before = { text: 'Текст', owner: 'РЗИ', dueDate: '2025-01-31', status: 'proposed' as const };

  it('notices a change of text, owner, due date or status, and nothing else', () => {
    expect(recommendationChanged(before, { ...before })).toBe(false);
    expect(recommendationChanged(before, { ...before, status: 'done' })).toBe(true);
    expect(recommendationChanged(before, { ...before, owner: undefined })).toBe(true);
    expect(recommendationChanged({ ...before, owner: null }, { ...before, owner: undefined })).toBe(false);
    expect(recommendationChanged(before, { ...before, dueDate: '2025-02-01' })).toBe(true);
  });

  it('names ids that are not the event’s, or repeated', () => {
    const known = new Set(['a', 'b']);
    expect(unknownRecommendationIds([{ id: 'a' }, {}, { id: 'b' }], known)).toEqual([]);
    expect(
      unknownRecommendationIds([{ id: 'a' }, { id: 'x' }, { id: 'a' }], known).map((error) => error.field),
    ).toEqual(['recommendations.1.id', 'recommendations.2.id']);
  });
});
