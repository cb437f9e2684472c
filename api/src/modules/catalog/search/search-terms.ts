/**
 * Turns what a shopper typed into search words, folded the way the database folds product
 * texts (see the catalogue-search migration): lower case, accents and Arabic diacritics
 * removed, alef/ya/ta marbuta forms unified.
 */
const MAX_TERMS = 8;

// Words too common to narrow a search; the stemmed indexes drop them too.
const STOPWORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'au',
  'aux',
  'un',
  'une',
  'pour',
  'avec',
  'the',
  'of',
  'and',
  'an',
  'in',
  'for',
  'with',
  'في',
  'من',
  'على',
  'مع',
]);

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ٱ/g, 'ا')
    .toLowerCase();
}

export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  const words = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
  return [...new Set(words)].slice(0, MAX_TERMS);
}
