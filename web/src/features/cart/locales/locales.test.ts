import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const ARABIC_FORMS = ['one', 'two', 'few', 'many', 'other'];

function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const keys = (tree: object) =>
  [...new Set(leaves(tree).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();

describe('the namespace’s locales', () => {
  it.each([
    ['ar', ar],
    ['en', en],
  ])('%s has exactly the keys of French', (_, locale) => {
    expect(keys(locale)).toEqual(keys(fr));
  });

  it('gives Arabic every plural form of each counted text', () => {
    const all = leaves(ar);
    const counted = [...new Set(leaves(fr).filter((key) => PLURAL_SUFFIX.test(key)))].map((key) =>
      key.replace(PLURAL_SUFFIX, ''),
    );
    for (const key of new Set(counted)) {
      for (const form of ARABIC_FORMS) expect(all).toContain(`${key}_${form}`);
    }
  });
});
