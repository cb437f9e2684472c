import { describe, expect, it } from 'vitest';
import { expectSameKeys } from '@/test/locales';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

describe('locales', () => {
  it('gives Arabic and English exactly the keys of French', () => {
    expectSameKeys(fr, ar, en);
  });

  it('gives Arabic every plural form it uses', () => {
    expect(Object.keys(ar.catalog).filter((key) => key.startsWith('results_'))).toEqual([
      'results_zero',
      'results_one',
      'results_two',
      'results_few',
      'results_many',
      'results_other',
    ]);
  });
});
