import { it } from 'vitest';
import { expectSameKeys } from '@/test/locales';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

it('gives the seller dashboard texts the same keys in French, Arabic and English', () => {
  expectSameKeys(fr, ar, en);
});
