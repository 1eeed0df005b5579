import { parse } from 'csv-parse/sync';
import { csvCell, csvRow, neutraliseFormula } from './csv';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+A1', `'+A1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['  =1+1', `'  =1+1`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['\n-cmd', `'\n-cmd`],
  ])('neutralises the formula %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['+359 888 123 456', '-5', '+1.5', '-1,5', 'Иванова', 'a=b', 'e-mail@example.org', ''])(
    'leaves %j as typed',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );

  it('quotes separators, quotes and line breaks, and leaves the rest bare', () => {
    expect(csvCell('Сдружение „Деца“')).toBe('Сдружение „Деца“');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-5)).toBe('-5');
  });

  it('rows end in CRLF and parse back to what went in', () => {
    const cells = ['Иванова', 'a,"b"', 'two\r\nlines', '=1+1', '+359 888 123 456', ''];
    const text = csvRow(cells) + csvRow(['x']);
    expect(text.endsWith('\r\n')).toBe(true);
    const [first] = parse(text, { relax_column_count: true }) as string[][];
    expect(first).toEqual(['Иванова', 'a,"b"', 'two\r\nlines', "'=1+1", '+359 888 123 456', '']);
  });
});
