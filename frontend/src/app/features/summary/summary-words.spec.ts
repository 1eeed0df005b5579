import { TestBed } from '@angular/core/testing';
import { RECOMMENDATION_STATUSES, SECTORS, type RecommendationChange } from '@roundtable/contracts';
import { I18n } from '../../core/i18n/i18n.service';
import { anAttendance } from '../../../testing/builders';
import { municipalityRows, organisationRows, sectorRows } from './attendance-rows';
import { historyLines } from './recommendation-history';

const change = (overrides: Partial<RecommendationChange>): RecommendationChange => ({
  at: '2024-05-22T09:00:00.000Z',
  text: 'Общ регистър на услугите.',
  owner: 'Община Раковски',
  dueDate: '2024-09-30',
  status: 'proposed',
  ...overrides,
});

describe('summary words', () => {
  let i18n: I18n;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18n);
  });

  it('names every recommendation status in both languages, and differently', () => {
    for (const language of ['bg', 'en'] as const) {
      i18n.use(language);
      const names = RECOMMENDATION_STATUSES.map((status) => i18n.tryLabel('recommendationStatus', status));
      expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(RECOMMENDATION_STATUSES.length);
    }
    i18n.use('bg');
    expect(i18n.label('recommendationStatus', 'in-progress')).toBe('В изпълнение');
    i18n.use('en');
    expect(i18n.label('recommendationStatus', 'dropped')).toBe('Dropped');
  });

  it('tells a recommendation’s history as dated lines in the event’s zone, each with what changed', () => {
    i18n.use('bg');
    const lines = historyLines(
      [
        change({}),
        // 22:30 UTC on 13 June is 14 June in Sofia.
        change({ at: '2024-06-13T22:30:00.000Z', status: 'in-progress' }),
        change({
          at: '2024-09-02T08:00:00.000Z',
          status: 'in-progress',
          dueDate: '2024-12-31',
          owner: 'МОН',
        }),
        change({
          at: '2024-12-20T08:00:00.000Z',
          status: 'done',
          dueDate: null,
          owner: 'МОН',
          text: 'Регистър.',
        }),
      ],
      'Europe/Sofia',
      i18n,
    );
    expect(lines.map((line) => `${line.date} – ${line.what}`.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      '22.05.2024 – предложена',
      '14.06.2024 – в изпълнение',
      '02.09.2024 – в изпълнение, срок: 31 декември 2024 г., отговорник: МОН',
      '20.12.2024 – изпълнена, без срок, променен текст',
    ]);

    i18n.use('en');
    expect(historyLines([change({})], 'Europe/Sofia', i18n)).toEqual([
      { date: '22/05/2024', what: 'proposed' },
    ]);
  });

  it('lists every sector in the vocabulary’s order with its colour, zeros included', () => {
    const rows = sectorRows(anAttendance(), (sector) => `name of ${sector}`);
    expect(rows.map((row) => row.key)).toEqual([...SECTORS]);
    const municipal = rows.find((row) => row.key === 'municipal');
    expect(municipal).toEqual({
      key: 'municipal',
      label: 'name of municipal',
      registered: 7,
      checkedIn: 6,
      colour: '#1f5fa8',
    });
    expect(rows.find((row) => row.key === 'health')).toMatchObject({ registered: 0, checkedIn: 0 });
  });

  it('names municipalities in the reader’s language, and people who named none', () => {
    const rows = municipalityRows(anAttendance(), 'en', 'None given');
    expect(rows.map((row) => [row.label, row.registered, row.checkedIn])).toEqual([
      ['Rakovski', 6, 5],
      ['None given', 6, 4],
    ]);
    expect(municipalityRows(anAttendance(), 'bg', '–')[0].label).toBe('Раковски');
  });

  it('counts the organisations beyond the named ones together, and only when there are any', () => {
    const rows = organisationRows(anAttendance(), 'Други');
    expect(rows.map((row) => row.label)).toEqual(['Община Раковски', 'ДГ „Слънце“', 'Други']);
    expect(rows.at(-1)).toMatchObject({ registered: 3, checkedIn: 2 });
    const none = organisationRows(
      anAttendance({ otherOrganisations: { registered: 0, checkedIn: 0 } }),
      'Други',
    );
    expect(none.map((row) => row.label)).toEqual(['Община Раковски', 'ДГ „Слънце“']);
  });
});
