import type { SellerKind } from '@hirfa/shared';
import { slugify } from '../../common/text/slugify';

export { slugify };

/**
 * The slug a seller's shop should have before clashes are resolved. A name written only
 * in Arabic script gives no latin letters, so the seller's id stands in for it.
 */
export function baseSellerSlug(seller: { id: string; name: string; kind: SellerKind }): string {
  const slug = slugify(seller.name);
  if (/[a-z]/.test(slug)) return slug;
  const prefix = seller.kind === 'cooperative' ? 'cooperative' : 'atelier';
  return `${prefix}-${seller.id.replace(/-/g, '').slice(0, 8)}`;
}

/** `base` when free, else the first of base-2, base-3… that nobody has. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
