import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/chamber?status=rejected', '/chamber?status=rejected'],
    ['/apply', '/apply'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
    ['/register', '/'],
  ])('%s → %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it('builds the sign-in address with the way back', () => {
    expect(loginPath('/chamber/stats')).toBe('/login?next=%2Fchamber%2Fstats');
    expect(loginPath('/')).toBe('/login');
  });
});
