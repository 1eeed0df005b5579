import type { TrackedRecommendation } from '@roundtable/contracts';
import type { ThemeEntity } from './theme.entities';
import { trackerCsv } from './tracker-csv';

const aTracked = (overrides: Partial<TrackedRecommendation> = {}): TrackedRecommendation => ({
  id: 'r1',
  text: 'Общината да осигури зала',
  owner: 'Община Пловдив',
  dueDate: '2031-06-30',
  status: 'in-progress',
  createdAt: '2031-05-21T10:00:00.000Z',
  updatedAt: '2031-05-22T10:00:00.000Z',
  event: {
    id: 'e1',
    slug: 'e1',
    title: 'Кръгла маса',
    startsAt: '2031-05-21T10:00:00+03:00',
    timezone: 'Europe/Sofia',
  },
  themes: ['t1'],
  overdue: true,
  summaryPublished: true,
  history: [
    {
      at: '2031-05-22T10:00:00.000Z',
      text: 'Общината да осигури зала',
      owner: null,
      dueDate: null,
      status: 'in-progress',
      note: '=HYPERLINK("http://x")',
    },
  ],
  followUps: [],
  ...overrides,
});

describe('trackerCsv', () => {
  const themes = new Map([
    ['t1', { nameBg: 'Ранно детско развитие', nameEn: 'Early childhood' } as ThemeEntity],
  ]);

  it('writes one row per recommendation in the reader language, with the last note', () => {
    const lines = trackerCsv([aTracked()], themes, 'bg').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFСъбитие,/);
    expect(lines[1]).toContain('Ранно детско развитие');
    expect(lines[1]).toContain('в изпълнение');
    expect(lines[1]).toContain(',да,');
  });

  it('neutralises a formula in any cell', () => {
    const csv = trackerCsv([aTracked({ text: '@SUM(A1)' })], themes, 'en');
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
