import { ProductEntity } from '../catalog/entities/product.entity';
import { applySellerChanges, productRuleViolations } from './product-rules';

function product(): ProductEntity {
  return Object.assign(new ProductEntity(), {
    titleFr: 'Tajine bleu',
    titleAr: null,
    titleEn: 'Blue tagine',
    descriptionFr: 'Fait main',
    descriptionAr: null,
    descriptionEn: null,
    priceAmount: 35000,
    priceCurrency: 'MAD',
    stock: 1,
    oneOfAKind: true,
    categorySlug: 'tableware',
    craftSlug: 'pottery',
    materials: ['argile'],
    lengthCm: 30,
    widthCm: 30,
    heightCm: 20,
    weightGrams: 1800,
    leadTimeDays: null,
    madeByMemberId: null,
  });
}

describe('seller changes to a product', () => {
  it('changes only what is sent', () => {
    const changed = product();
    applySellerChanges(changed, { stock: 0 });
    expect(changed).toEqual({ ...product(), stock: 0 });
  });

  it('merges texts and dimensions per key: left out keeps, null clears', () => {
    const changed = product();
    applySellerChanges(changed, {
      title: { en: null, ar: 'طاجين' },
      dimensions: { heightCm: 25 },
      materials: ['argile', 'émail', 'argile'],
    });
    expect([changed.titleFr, changed.titleAr, changed.titleEn]).toEqual([
      'Tajine bleu',
      'طاجين',
      null,
    ]);
    expect([changed.lengthCm, changed.widthCm, changed.heightCm]).toEqual([30, 30, 25]);
    expect(changed.materials).toEqual(['argile', 'émail']);

    applySellerChanges(changed, { dimensions: null });
    expect([changed.lengthCm, changed.widthCm, changed.heightCm]).toEqual([null, null, null]);
  });

  it('refuses a product without a title and a unique piece in several copies', () => {
    const changed = product();
    applySellerChanges(changed, { title: { fr: null, en: null }, stock: 3 });
    expect(productRuleViolations(changed).map((violation) => violation.field)).toEqual([
      'title',
      'stock',
    ]);
    expect(productRuleViolations(product())).toEqual([]);
  });
});
