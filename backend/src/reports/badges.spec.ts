import { SECTOR_COLOURS } from '@roundtable/contracts';
import type { Content, ContentTable, ContentText } from 'pdfmake/interfaces';
import { badgeBand, badgeEventTitle, badgesDefinition, nameSize, type BadgePerson } from './badges';
import { person, reportEvent } from './report-fixtures';

const attendee = (first: string, last: string): BadgePerson => ({ ...person(first, last), role: null });

/** The names on each page, row by row. */
function namesByPage(people: BadgePerson[]): string[][] {
  const definition = badgesDefinition({ organisationName: 'Фондация', event: reportEvent(), people });
  return (definition.content as ContentTable[]).map((page) =>
    page.table.body.flat().flatMap((cell) => {
      if (typeof cell === 'string') return [];
      const inner = (cell as ContentTable).table.body[1][0] as { stack: ContentText[] };
      return [String(inner.stack[0].text)];
    }),
  );
}

describe('the badges', () => {
  it('puts eight to a page, each page after the first on a new page, sorted by surname', () => {
    const people = Array.from({ length: 17 }, (_, index) =>
      attendee('Иван', `Петров-${String(17 - index).padStart(2, '0')}`),
    );
    const pages = namesByPage(people);
    expect(pages.map((page) => page.length)).toEqual([8, 8, 1]);
    expect(pages[0][0]).toBe('Иван Петров-01');
    expect(pages[2][0]).toBe('Иван Петров-17');
    const definition = badgesDefinition({ organisationName: 'Фондация', event: reportEvent(), people });
    const content = definition.content as Content[];
    expect(content.map((page) => (page as { pageBreak?: string }).pageBreak)).toEqual([
      undefined,
      'before',
      'before',
    ]);
  });

  it('prints the name as an invitee wrote it, sorted by their surname', () => {
    const pages = namesByPage([
      attendee('Борис', 'Цанков'),
      {
        firstName: 'Мария',
        lastName: 'Андреева',
        name: 'д-р Мария Андреева',
        organization: null,
        position: null,
        sector: null,
        role: 'moderator',
      },
    ]);
    expect(pages).toEqual([['д-р Мария Андреева', 'Борис Цанков']]);
  });

  it('bands a participant in the programme with the role, everyone else with the sector and its colour', () => {
    expect(badgeBand({ ...attendee('А', 'Б'), role: 'panelist' }, 'bg')).toMatchObject({ label: 'Панелист' });
    expect(badgeBand({ ...attendee('А', 'Б'), role: 'speaker' }, 'en')).toMatchObject({ label: 'Speaker' });
    expect(badgeBand({ ...attendee('А', 'Б'), sector: 'health' }, 'bg')).toEqual({
      label: 'Здравеопазване',
      colour: SECTOR_COLOURS.health,
    });
    expect(badgeBand({ ...attendee('А', 'Б'), sector: null }, 'bg')).toBeNull();
  });

  it('gives an event without anyone one empty page rather than no page', () => {
    expect(namesByPage([])).toEqual([[]]);
  });
});

describe('nameSize', () => {
  it('shrinks a longer name so that it stays on one line, down to 12 pt', () => {
    expect(nameSize('Иван Петров')).toBe(20);
    expect(nameSize('д-р Елица Арнаудова')).toBe(17);
    expect(nameSize('Цветелина Димитрова-Янева')).toBe(13);
    expect(nameSize('проф. д-р Цветелина Димитрова-Янева')).toBe(12);
  });
});

describe('badgeEventTitle', () => {
  it('keeps a title of up to 100 letters and shortens a longer one with an ellipsis', () => {
    expect(badgeEventTitle('Кръгла маса')).toBe('Кръгла маса');
    const long = badgeEventTitle('Кръгла маса '.repeat(20));
    expect(long).toHaveLength(100);
    expect(long.endsWith('…')).toBe(true);
  });
});
