import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects inside each other', () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[[1]]}]}', 4)).toBe(true);
    expect(nestsDeeperThan('['.repeat(10_000) + ']'.repeat(10_000), 32)).toBe(true);
  });

  it('counts siblings once, not their sum', () => {
    expect(nestsDeeperThan(JSON.stringify(Array.from({ length: 100 }, () => [[1]])), 3)).toBe(false);
  });

  it('ignores brackets and escaped quotes inside strings', () => {
    expect(nestsDeeperThan(JSON.stringify({ title: '[[[[{{{{ \\" [[[[' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ title: 'a"b', list: [[1]] }), 2)).toBe(true);
  });
});
