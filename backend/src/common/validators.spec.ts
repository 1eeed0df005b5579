import { hasControlCharacters } from '@roundtable/contracts';
import { validate } from 'class-validator';
import { IsPlainText, IsSingleLine } from './validators';

class Sample {
  @IsSingleLine()
  title = '';

  @IsPlainText()
  description = '';
}

const sample = (fields: Partial<Sample>) => Object.assign(new Sample(), fields);
const rulesOf = async (fields: Partial<Sample>) =>
  (await validate(sample(fields))).map((error) => [error.property, Object.keys(error.constraints ?? {})]);

describe('hasControlCharacters', () => {
  it.each([
    ['CR LF', 'Title\r\nBEGIN:VEVENT'],
    ['LF', 'a\nb'],
    ['tab', 'a\tb'],
    ['NUL', 'a\u0000b'],
    ['ESC', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['NEL (C1)', 'a\u0085b'],
  ])('finds %s in one-line text', (_, text) => expect(hasControlCharacters(text)).toBe(true));

  it('lets Cyrillic, typographic quotes, dashes and emoji through', () => {
    expect(hasControlCharacters('Кръгла маса „Щастливо детство“ – 2031 🎉')).toBe(false);
  });

  it('allows line breaks and tabs in multi-line text, and nothing else', () => {
    expect(hasControlCharacters('Абзац.\r\n\r\n\tВтори абзац.\n', true)).toBe(false);
    expect(hasControlCharacters('a\u0000b', true)).toBe(true);
    expect(hasControlCharacters('a\u0085b', true)).toBe(true);
  });
});

describe('IsSingleLine and IsPlainText', () => {
  it('refuse control characters under one rule, noControlCharacters', async () => {
    expect(await rulesOf({ title: 'a\r\nb', description: 'a\u0007b' })).toEqual([
      ['title', ['noControlCharacters']],
      ['description', ['noControlCharacters']],
    ]);
  });

  it('keep the line breaks of a description', async () => {
    expect(await rulesOf({ title: 'Заглавие', description: 'Първи ред\nВтори ред' })).toEqual([]);
  });
});
