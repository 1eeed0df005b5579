import { readInvitationCsv } from './invitation-csv';

describe('readInvitationCsv', () => {
  it('reads a comma-separated export with quoted cells', () => {
    const { rows, unknownColumns } = readInvitationCsv(
      'name,email,role,organization\n"Бакова, Татяна",tbakova@rakovski.bg,panelist,Община Раковски\n',
    );
    expect(rows).toEqual([
      {
        name: 'Бакова, Татяна',
        email: 'tbakova@rakovski.bg',
        role: 'panelist',
        organization: 'Община Раковски',
      },
    ]);
    expect(unknownColumns).toEqual([]);
  });

  it('reads Bulgarian headers, semicolons and a byte-order mark, as Excel saves them', () => {
    const { rows } = readInvitationCsv(
      '\uFEFFИме;Имейл;Роля;Сектор\r\nМариана Соколова;m.sokolova@example.org;speaker;social\r\n',
    );
    expect(rows).toEqual([
      { name: 'Мариана Соколова', email: 'm.sokolova@example.org', role: 'speaker', sector: 'social' },
    ]);
  });

  it('reads tab-separated rows pasted from a spreadsheet and reports unknown columns', () => {
    const { rows, unknownColumns } = readInvitationCsv(
      'name\temail\trole\tphone\nИван\tivan@example.org\tguest\t0888\n',
    );
    expect(rows).toEqual([{ name: 'Иван', email: 'ivan@example.org', role: 'guest' }]);
    expect(unknownColumns).toEqual(['phone']);
  });

  it.each([
    ['Спикер', 'speaker'],
    ['  лектор ', 'speaker'],
    ['ПАНЕЛИСТ', 'panelist'],
    ['Модератор', 'moderator'],
    ['гост', 'guest'],
    ['Guest', 'guest'],
  ])('reads the role „%s“ as %s, whatever its case and spacing', (cell, role) => {
    const { rows } = readInvitationCsv(`Име;Имейл;Роля\nИван;ivan@example.org;${cell}\n`);
    expect(rows[0]?.['role']).toBe(role);
  });

  it('reads a sector with doubled spaces, and leaves an unknown word for validation to name', () => {
    const { rows } = readInvitationCsv(
      'Име\tИмейл\tРоля\tСектор\nА\ta@example.org\tдиректор\tСоциални   услуги\n',
    );
    expect(rows[0]).toMatchObject({ role: 'директор', sector: 'social' });
  });

  it('takes roles, sectors and languages as a Bulgarian sheet writes them', () => {
    const { rows } = readInvitationCsv(
      'Име;Имейл;Роля;Сектор;Език\nД-р Петрова;petrova@example.org;Лектор;здравеопазване;български\n',
    );
    expect(rows).toEqual([
      {
        name: 'Д-р Петрова',
        email: 'petrova@example.org',
        role: 'speaker',
        sector: 'health',
        language: 'bg',
      },
    ]);
  });

  // The service turns a throw into the `csvSyntax` field error; csv-parse 7 must still throw, not guess.
  it('refuses a quote left open rather than reading the rest of the sheet as one cell', () => {
    expect(() => readInvitationCsv('name,email\n"Иван,ivan@example.org\nМария,maria@example.org\n')).toThrow(
      /quote/i,
    );
  });
});
