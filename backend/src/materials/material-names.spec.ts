import { cleanFilename, FILENAME_MAX_LENGTH, uniqueNames } from './material-names';

describe('material names', () => {
  it.each([
    ['../../x.pdf', 'x.pdf'],
    ['..\\..\\Windows\\x.pdf', 'x.pdf'],
    ['C:\\Users\\Мария\\Презентация.pptx', 'Презентация.pptx'],
    ['/etc/passwd', 'passwd'],
    ['ok\u0000\u0007na\nme.pdf', 'okname.pdf'],
    ['report\u202Efdp.exe', 'reportfdp.exe'],
    ['  spaced.pdf  ', 'spaced.pdf'],
    ['.hidden', 'hidden'],
    ['..', 'file'],
    ['', 'file'],
    ['dir/', 'file'],
  ])('%j is kept as %j', (raw, expected) => {
    expect(cleanFilename(raw)).toBe(expected);
  });

  it('caps a long name and keeps its extension', () => {
    const name = cleanFilename(`${'я'.repeat(500)}.pdf`);
    expect([...name]).toHaveLength(FILENAME_MAX_LENGTH);
    expect(name.endsWith('я.pdf')).toBe(true);
  });

  it('numbers repeated names inside one archive, whatever their letter case', () => {
    expect(uniqueNames(['a.pdf', 'A.pdf', 'a.pdf', 'b', 'b', 'a (2).pdf'])).toEqual([
      'a.pdf',
      'A (2).pdf',
      'a (3).pdf',
      'b',
      'b (2)',
      'a (2) (2).pdf',
    ]);
  });
});
