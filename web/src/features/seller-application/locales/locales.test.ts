import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(PLURAL_SUFFIX, '')],
  );
}

const unique = (list: string[]) => [...new Set(list)].sort();

describe('seller application texts', () => {
  it.each([
    ['ar', ar],
    ['en', en],
  ])('%s has exactly the keys of French', (_, locale) => {
    expect(unique(keys(locale))).toEqual(unique(keys(fr)));
  });
});
