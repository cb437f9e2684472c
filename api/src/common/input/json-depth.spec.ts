import { nestsDeeperThan } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('nestsDeeperThan', () => {
  it('counts objects and arrays alike', () => {
    expect(nestsDeeperThan(bytes('{"a":[{"b":1}]}'), 3)).toBe(false);
    expect(nestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[\\"', c: '"{"' });
    expect(nestsDeeperThan(bytes(text), 1)).toBe(false);
  });

  it('goes back up on closing brackets', () => {
    expect(nestsDeeperThan(bytes('[[1],[2],[3],{"a":1}]'), 2)).toBe(false);
  });

  it('finds 10 000 levels without recursion', () => {
    expect(nestsDeeperThan(bytes('['.repeat(10_000) + ']'.repeat(10_000)), 32)).toBe(true);
    expect(nestsDeeperThan(bytes('['.repeat(1_000_000)), 32)).toBe(true);
  });

  it('is not misled by multi-byte characters', () => {
    expect(nestsDeeperThan(bytes('{"t":"زربية 🧶 ½ \u5b5b"}'), 1)).toBe(false);
  });
});
