const LIGATURES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/**
 * "Coopérative Tifaout — Argan" → "cooperative-tifaout-argan": latin letters and digits
 * joined by hyphens, cut at a hyphen within `maxLength`. Letters outside latin are dropped,
 * so callers decide what stands in for a name written only in Arabic.
 */
export function slugify(text: string, maxLength = 60): string {
  const latin = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[æœßøđł]/g, (letter) => LIGATURES[letter] ?? letter);
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}
