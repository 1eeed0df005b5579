import type { ContentTable, ContentText, TableCell } from 'pdfmake/interfaces';
import { attendanceSheetDefinition, walkInRows } from './attendance-sheet';
import { person, reportEvent } from './report-fixtures';

function table(people: ReturnType<typeof person>[], language: 'bg' | 'en' = 'bg') {
  const definition = attendanceSheetDefinition({
    organisationName: 'Фондация „Приобщаване“',
    event: reportEvent(language),
    people,
  });
  const content = definition.content as [ContentText, ContentTable];
  return { definition, caption: content[0], table: content[1].table };
}

const text = (cell: TableCell) => (typeof cell === 'string' ? cell : (cell as ContentText).text);

describe('the attendance sheet', () => {
  it('leaves a tenth of the confirmed as empty rows for walk-ins, never fewer than 5', () => {
    expect(walkInRows(0)).toBe(5);
    expect(walkInRows(50)).toBe(5);
    expect(walkInRows(51)).toBe(6);
    expect(walkInRows(500)).toBe(50);
  });

  it('lists the confirmed by surname, numbered, then the caption and numbered empty rows', () => {
    const { table: sheet, caption } = table([
      person('Ясен', 'Шишков', 'ngo'),
      person('Мария', 'Цанкова', 'health'),
      person('Борис', 'Ангелов'),
    ]);
    expect(caption.text).toBe('Потвърдени участници: 3');
    expect(sheet.headerRows).toBe(1);
    expect(sheet.dontBreakRows).toBe(true);
    expect(sheet.body[0].map(text)).toEqual([
      '№',
      'Име и фамилия',
      'Организация',
      'Длъжност',
      'Сектор',
      'Подпис',
    ]);
    expect(sheet.body.slice(1, 4).map((row) => row.map(text))).toEqual([
      ['1', 'Борис Ангелов', 'Община Габрово', 'експерт', 'Общинска администрация / местна власт', ''],
      ['2', 'Мария Цанкова', 'Община Габрово', 'експерт', 'Здравеопазване', ''],
      ['3', 'Ясен Шишков', 'Община Габрово', 'експерт', 'Неправителствени организации', ''],
    ]);
    expect(text(sheet.body[4][0])).toBe('Участници без предварителна регистрация');
    const empty = sheet.body.slice(5);
    expect(empty).toHaveLength(5);
    expect(empty.map((row) => text(row[0]))).toEqual(['4', '5', '6', '7', '8']);
    expect(empty.every((row) => row.slice(1).every((cell) => text(cell) === ''))).toBe(true);
  });

  it('speaks the event’s language: columns, sectors and caption in English for an English event', () => {
    const { table: sheet } = table([person('Anna', 'Smith', 'education')], 'en');
    expect(sheet.body[0].map(text)).toEqual([
      'No.',
      'Name',
      'Organisation',
      'Position',
      'Sector',
      'Signature',
    ]);
    expect(text(sheet.body[1][4])).toBe('Education');
    expect(text(sheet.body[2][0])).toBe('Participants without prior registration');
  });

  it('is A4 landscape with the event header and the organisation on every page', () => {
    const { definition } = table([]);
    expect(definition.pageSize).toBe('A4');
    expect(definition.pageOrientation).toBe('landscape');
    expect(JSON.stringify((definition.header as () => unknown)())).toContain('Фондация „Приобщаване“');
    expect(JSON.stringify((definition.header as () => unknown)())).toContain(
      'Кръгла маса „Приобщаващо образование“',
    );
    expect(definition.info?.title).toBe('Присъствен списък: Кръгла маса „Приобщаващо образование“');
  });
});
