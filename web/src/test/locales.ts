import { expect } from 'vitest';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The plural forms Arabic needs for any counted text (`_zero` is optional). */
const ARABIC_FORMS = ['one', 'two', 'few', 'many', 'other'];

/** Every key path of a texts tree, `catalog.results_one` style. */
export function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leafKeys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The texts a tree holds, each plural counted once whatever forms its language needs. */
export function textKeys(tree: object): string[] {
  return [...new Set(leafKeys(tree).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

/**
 * Checks one namespace's texts: Arabic and English have exactly the texts of French, and
 * Arabic gives each text French counts every plural form Arabic grammar needs.
 */
export function expectSameKeys(fr: object, ar: object, en: object): void {
  const french = textKeys(fr);
  expect(textKeys(ar), 'ar has exactly the keys of French').toEqual(french);
  expect(textKeys(en), 'en has exactly the keys of French').toEqual(french);

  const arabic = leafKeys(ar);
  const counted = new Set(
    leafKeys(fr)
      .filter((key) => PLURAL_SUFFIX.test(key))
      .map((key) => key.replace(PLURAL_SUFFIX, '')),
  );
  for (const key of counted) {
    for (const form of ARABIC_FORMS) {
      expect(arabic, `ar has ${key}_${form}`).toContain(`${key}_${form}`);
    }
  }
}
