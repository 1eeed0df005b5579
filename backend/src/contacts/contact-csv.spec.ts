import { contactOfRow, readContactCsv } from './contact-csv';

describe('readContactCsv', () => {
  it('reads Bulgarian headers, semicolons, CRLF and a byte-order mark, keeping each row’s line', () => {
    const { rows, errors } = readContactCsv(
      '\uFEFFИме;Фамилия;ИМЕЙЛ;Сектор;Език\r\nАна;Бонева;ana@example.bg;НПО;английски\r\n\r\nБоян;Попов;b@example.bg;;\r\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        cells: {
          firstName: 'Ана',
          lastName: 'Бонева',
          email: 'ana@example.bg',
          sector: 'ngo',
          language: 'en',
        },
      },
      {
        line: 4,
        cells: { firstName: 'Боян', lastName: 'Попов', email: 'b@example.bg', sector: '', language: '' },
      },
    ]);
  });

  it('reads English headers and commas, and counts the lines of a quoted cell that spans two', () => {
    const { rows } = readContactCsv(
      'email,firstName,lastName,organization\na@example.org,A,B,"Две\nреда"\nc@example.org,C,D,E\n',
    );
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('names what makes the whole file unreadable', () => {
    expect(readContactCsv('email;име;фамилия;телефон\na@b.bg;A;B;1\n').errors).toEqual([
      { field: 'csv', rule: 'unknownColumn', message: 'unknown column "телефон"' },
    ]);
    expect(readContactCsv('email\na@b.bg\n').errors.map((e) => e.message)).toEqual([
      'the column firstName is required',
      'the column lastName is required',
    ]);
    expect(readContactCsv('email,firstName,lastName\n').errors.map((e) => e.rule)).toEqual(['arrayNotEmpty']);
    expect(readContactCsv('email,firstName,lastName\n"a@b.bg,A,B\n').errors.map((e) => e.rule)).toEqual([
      'csvSyntax',
    ]);
    const rows = Array.from({ length: 5_001 }, (_, i) => `${i}@b.bg,A,B`).join('\n');
    expect(readContactCsv(`email,firstName,lastName\n${rows}`).errors.map((e) => e.rule)).toEqual([
      'arrayMaxSize',
    ]);
  });

  it('cuts a huge cell to a length that still fails its field', () => {
    const { rows } = readContactCsv(`email,firstName,lastName\na@b.bg,${'x'.repeat(100_000)},B\n`);
    expect(rows[0].cells['firstName'].length).toBe(1_000);
  });
});

describe('contactOfRow', () => {
  const row = (cells: Record<string, string>, line = 7) => ({
    line,
    cells: { email: 'a@b.bg', firstName: 'Ана', lastName: 'Бонева', ...cells },
  });

  it('takes municipality codes and names in either language, and empties as none', async () => {
    for (const municipality of ['SOF46', 'sof46', 'Столична', 'stolichna']) {
      expect(await contactOfRow(row({ municipality }))).toEqual({
        input: expect.objectContaining({ municipality: 'SOF46' }),
      });
    }
    expect(await contactOfRow(row({ municipality: '', organization: ' ', sector: '' }))).toEqual({
      input: expect.objectContaining({ municipality: null, organization: null, sector: null }),
    });
  });

  it.each([
    ['a bad e-mail', { email: 'не-е-имейл' }, 'email'],
    ['an unknown sector', { sector: 'космос' }, 'sector'],
    ['an unknown municipality', { municipality: 'Атлантида' }, 'municipality'],
    ['a control character', { firstName: 'Ана\u0000' }, 'firstName'],
    ['an empty name', { lastName: '' }, 'lastName'],
    ['a position too long', { position: 'я'.repeat(201) }, 'position'],
    ['an unknown language', { language: 'de' }, 'language'],
  ])('skips a row with %s, naming the field and the line', async (_what, cells, field) => {
    const outcome = await contactOfRow(row(cells, 12));
    expect(outcome).toEqual({
      error: { line: 12, field, rule: expect.any(String), message: expect.any(String) },
    });
  });
});
