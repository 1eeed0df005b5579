import type { ContentStack, ContentTable, ContentText, TableCell } from 'pdfmake/interfaces';
import { agendaDefinition, speakerLine } from './agenda';
import { reportEvent } from './report-fixtures';

describe('the agenda', () => {
  const items = [
    {
      title: 'Откриване',
      description: null,
      startsAt: new Date('2031-05-21T06:30:00Z'),
      endsAt: new Date('2031-05-21T06:45:00Z'),
      kind: 'talk' as const,
      speakers: [{ name: 'д-р Мария Иванова', position: 'кмет', organization: 'Община Габрово' }],
    },
    {
      title: 'Кафе пауза',
      description: null,
      startsAt: new Date('2031-05-21T08:00:00Z'),
      endsAt: new Date('2031-05-21T08:20:00Z'),
      kind: 'break' as const,
      speakers: [],
    },
  ];

  it('gives each item its hours in the event’s zone, its title, kind and speakers', () => {
    const definition = agendaDefinition({ organisationName: 'Фондация', event: reportEvent(), items });
    const rows = (definition.content as ContentTable).table.body as TableCell[][];
    expect(rows.map((row) => (row[0] as ContentText).text)).toEqual(['9:30 – 9:45', '11:00 – 11:20']);
    const first = (rows[0][1] as ContentStack).stack as (ContentText & { ul?: string[] })[];
    expect(first[0].text).toBe('Откриване');
    expect(first[1].text).toBe('Презентация');
    expect(first[2].ul).toEqual(['д-р Мария Иванова, кмет, Община Габрово']);
  });

  it('says in the event’s language when there is no agenda yet', () => {
    const definition = agendaDefinition({
      organisationName: 'Foundation',
      event: reportEvent('en'),
      items: [],
    });
    expect((definition.content as ContentText).text).toBe('The agenda is to be announced.');
  });

  it('leaves out what a speaker did not give', () => {
    expect(speakerLine({ name: 'Иван Петров', position: null, organization: 'МОН' })).toBe(
      'Иван Петров, МОН',
    );
  });
});
