import { randomBytes } from 'node:crypto';
import { slugify } from '../../common/text/slugify';

/**
 * The product's slug: its title in latin letters (French first), then a short random
 * suffix so that two sellers' "tajine-bleu" never clash. A title written only in Arabic
 * gives no latin letters, so "produit" stands in for it.
 */
export function productSlug(
  title: { fr?: string | null; en?: string | null; ar?: string | null },
  suffix: string = randomBytes(3).toString('hex'),
): string {
  const base = [title.fr, title.en, title.ar]
    .map((text) => (text ? slugify(text) : ''))
    .find((slug) => /[a-z]/.test(slug));
  return `${base ?? 'produit'}-${suffix}`;
}
