import { refuseIllFormedText } from './json-text';

describe('refuseIllFormedText', () => {
  const parse = (text: string) => JSON.parse(text, refuseIllFormedText) as unknown;

  it('keeps well-formed text, astral characters (a surrogate pair) included', () => {
    expect(parse('{"name":"Мария \\ud83d\\ude00","list":["a",1,null]}')).toEqual({
      name: 'Мария 😀',
      list: ['a', 1, null],
    });
  });

  it('refuses a lone surrogate in a value, however deep, or in a key', () => {
    expect(() => parse('{"email":"\\ud800"}')).toThrow(SyntaxError);
    expect(() => parse('{"a":[{"b":"x\\udfffy"}]}')).toThrow(/not valid Unicode/);
    expect(() => parse('{"\\ud800":1}')).toThrow(/not valid Unicode/);
  });
});
