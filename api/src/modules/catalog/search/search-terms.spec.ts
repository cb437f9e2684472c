import { foldText, searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('folds accents and case', () => {
    expect(searchTerms('Théière CUIVRE')).toEqual(['theiere', 'cuivre']);
  });

  it('removes Arabic diacritics and tatweel and unifies letter forms', () => {
    expect(foldText('طَاجِين')).toBe('طاجين');
    expect(foldText('زربيـــة')).toBe('زربيه');
    expect(foldText('أركان')).toBe('اركان');
    expect(foldText('مصطفى')).toBe('مصطفي');
  });

  it('drops punctuation, operators, stopwords and one-letter words', () => {
    expect(searchTerms("tapis de l'Atlas & <script> | !x")).toEqual(['tapis', 'atlas', 'script']);
    expect(searchTerms('  ')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('keeps numbers and removes repeats, up to eight words', () => {
    expect(searchTerms('argan 100 ml argan')).toEqual(['argan', '100', 'ml']);
    expect(searchTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10')).toHaveLength(8);
  });
});
