import type { ApiErrorDetail } from '@hirfa/shared';
import type { ProductEntity } from '../catalog/entities/product.entity';
import type { UpdateSellerProductDto } from './dto/seller-product-request.dto';

type Texts = { fr?: string | null; ar?: string | null; en?: string | null };

/** Merges per language: a language left out keeps its text, null removes it. */
function mergeTexts(current: Required<Texts>, change: Texts | undefined): Required<Texts> {
  if (!change) return current;
  return {
    fr: change.fr === undefined ? current.fr : change.fr,
    ar: change.ar === undefined ? current.ar : change.ar,
    en: change.en === undefined ? current.en : change.en,
  };
}

/**
 * Writes the fields the seller sent onto the product, leaving the others as they are.
 * Visibility and the cooperative member are checked by the service, which needs the database.
 */
export function applySellerChanges(product: ProductEntity, change: UpdateSellerProductDto): void {
  const title = mergeTexts(
    { fr: product.titleFr, ar: product.titleAr, en: product.titleEn },
    change.title,
  );
  [product.titleFr, product.titleAr, product.titleEn] = [title.fr, title.ar, title.en];
  const description = mergeTexts(
    { fr: product.descriptionFr, ar: product.descriptionAr, en: product.descriptionEn },
    change.description,
  );
  [product.descriptionFr, product.descriptionAr, product.descriptionEn] = [
    description.fr,
    description.ar,
    description.en,
  ];
  if (change.price !== undefined) {
    product.priceAmount = change.price.amount;
    product.priceCurrency = change.price.currency ?? 'MAD';
  }
  if (change.stock !== undefined) product.stock = change.stock;
  if (change.oneOfAKind !== undefined) product.oneOfAKind = change.oneOfAKind;
  if (change.category !== undefined) product.categorySlug = change.category;
  if (change.craft !== undefined) product.craftSlug = change.craft;
  if (change.materials !== undefined) product.materials = [...new Set(change.materials)];
  if (change.dimensions === null) {
    [product.lengthCm, product.widthCm, product.heightCm] = [null, null, null];
  } else if (change.dimensions !== undefined) {
    const { lengthCm, widthCm, heightCm } = change.dimensions;
    if (lengthCm !== undefined) product.lengthCm = lengthCm;
    if (widthCm !== undefined) product.widthCm = widthCm;
    if (heightCm !== undefined) product.heightCm = heightCm;
  }
  if (change.weightGrams !== undefined) product.weightGrams = change.weightGrams;
  if (change.leadTimeDays !== undefined) product.leadTimeDays = change.leadTimeDays;
  if (change.madeByMemberId !== undefined) product.madeByMemberId = change.madeByMemberId;
}

/** Rules across fields, checked on the product as it would be saved. */
export function productRuleViolations(product: ProductEntity): ApiErrorDetail[] {
  const violations: ApiErrorDetail[] = [];
  if (!product.titleFr && !product.titleAr && !product.titleEn) {
    violations.push({ field: 'title', messages: ['title needs at least one language'] });
  }
  if (product.oneOfAKind && product.stock > 1) {
    violations.push({
      field: 'stock',
      messages: ['a one-of-a-kind piece has a stock of 0 or 1'],
    });
  }
  return violations;
}
