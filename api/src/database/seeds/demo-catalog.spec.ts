import { CATEGORIES, CRAFTS, PROVINCE_CODES } from '@hirfa/shared';
import type { Translated } from '@hirfa/shared';
import {
  buildDemoCatalog,
  DEMO_IMAGE_KEYS,
  DEMO_SELLER_COUNT_MIN,
  type DemoProduct,
  type DemoSeller,
} from './demo-catalog';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTER = /[\u0621-\u064a]/;

function expectTranslated(text: Required<Translated>, where: string): void {
  for (const language of ['fr', 'ar', 'en'] as const) {
    const value = text[language];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`${where}: missing ${language} text`);
    }
  }
  if (!ARABIC_LETTER.test(text.ar)) throw new Error(`${where}: Arabic text has no Arabic letters`);
  // A Latin word in the Arabic text means a name or a phrase was left untranslated.
  if (/[A-Za-z]{2,}/.test(text.ar)) throw new Error(`${where}: Latin script in "${text.ar}"`);
}

function expectValidCatalog(sellers: DemoSeller[], products: DemoProduct[]): void {
  const sellerBySlug = new Map(sellers.map((seller) => [seller.slug, seller]));
  expect(sellerBySlug.size).toBe(sellers.length);
  const productSlugs = new Set(products.map((product) => product.slug));
  expect(productSlugs.size).toBe(products.length);

  for (const product of products) {
    expect(product.slug).toMatch(SLUG);
    expect(product.slug.length).toBeLessThanOrEqual(120);
    const seller = sellerBySlug.get(product.sellerSlug);
    if (!seller) throw new Error(`${product.slug}: seller ${product.sellerSlug} does not exist`);
    expect(product.craft).toBe(seller.craft);
    expect(product.province).toBe(seller.province);
    if (seller.kind === 'cooperative') {
      expect(seller.members.map((member) => member.name)).toContain(product.madeByMemberName);
    } else {
      expect(product.madeByMemberName).toBeNull();
    }
  }
}

describe('buildDemoCatalog', () => {
  const catalog = buildDemoCatalog();
  const { sellers, products } = catalog;

  it('is deterministic', () => {
    expect(buildDemoCatalog()).toEqual(catalog);
    expect(buildDemoCatalog({ products: 300, sellers: 40 })).toEqual(
      buildDemoCatalog({ products: 300, sellers: 40 }),
    );
  });

  it('has the default counts: 30 sellers, cooperatives with members, 150 products', () => {
    expect(sellers.length).toBeGreaterThanOrEqual(DEMO_SELLER_COUNT_MIN);
    expect(sellers).toHaveLength(30);
    expect(products.length).toBeGreaterThanOrEqual(120);
    expect(products).toHaveLength(150);

    const cooperatives = sellers.filter((seller) => seller.kind === 'cooperative');
    expect(cooperatives.length).toBeGreaterThanOrEqual(8);
    for (const cooperative of cooperatives) {
      expect(cooperative.members.length).toBeGreaterThanOrEqual(3);
      expect(cooperative.members.length).toBeLessThanOrEqual(8);
      const names = cooperative.members.map((member) => member.name);
      expect(new Set(names).size).toBe(names.length);
      expect(cooperative.registrationNumber).toEqual(expect.any(String));
      expect(cooperative.artisanCardNumber).toBeNull();
    }
    for (const artisan of sellers.filter((seller) => seller.kind === 'artisan')) {
      expect(artisan.members).toEqual([]);
      expect(artisan.registrationNumber).toBeNull();
      expect(artisan.artisanCardNumber).toMatch(/^CA-[A-Z]{3}-20\d\d-\d{5}$/);
      expect(artisan.artisanCardExpiresOn).toMatch(/^20(2[7-9]|30)-(0[1-9]|1[0-2])-[0-2]\d$/);
    }
  });

  it('covers every province with sellers and products', () => {
    for (const code of PROVINCE_CODES) {
      expect(sellers.some((seller) => seller.province === code)).toBe(true);
      expect(products.some((product) => product.province === code)).toBe(true);
    }
  });

  it('keeps the first 25 sellers representative when the count is lowered', () => {
    const small = buildDemoCatalog({ sellers: 3 });
    expect(small.sellers).toHaveLength(DEMO_SELLER_COUNT_MIN);
    expect(new Set(small.sellers.map((seller) => seller.province)).size).toBe(8);
    expect(small.sellers.filter((seller) => seller.kind === 'cooperative').length).toBeGreaterThan(
      7,
    );
    expectValidCatalog(small.sellers, small.products);
  });

  it('links every product to an existing seller and, for cooperatives, to a member', () => {
    expectValidCatalog(sellers, products);
  });

  it('keeps slugs unique and valid at 5000 products and 60 sellers', () => {
    const big = buildDemoCatalog({ products: 5000, sellers: 60 });
    expect(big.products).toHaveLength(5000);
    expect(big.sellers).toHaveLength(60);
    for (const seller of big.sellers) expect(seller.slug).toMatch(SLUG);
    expect(new Set(big.sellers.map((seller) => seller.name)).size).toBe(60);
    expect(new Set(big.sellers.map((seller) => seller.phone)).size).toBe(60);
    expectValidCatalog(big.sellers, big.products);
    // The first products do not change when more are asked for, so seeding stays additive.
    expect(big.products.slice(0, 10).map((product) => product.slug)).toEqual(
      buildDemoCatalog({ sellers: 60 })
        .products.slice(0, 10)
        .map((product) => product.slug),
    );
  });

  it('prices in whole, positive, realistic centimes and gives sensible stock', () => {
    for (const product of products) {
      expect(Number.isInteger(product.priceCentimes)).toBe(true);
      expect(product.priceCentimes).toBeGreaterThan(0);
      expect(product.priceCentimes % 100).toBe(0);
      expect(product.priceCentimes).toBeLessThanOrEqual(25_000_00);
      expect(Number.isInteger(product.stock)).toBe(true);
      expect(product.stock).toBeGreaterThanOrEqual(0);
      expect(product.stock).toBeLessThanOrEqual(40);
    }
    const babouches = products.filter((product) => product.slug.startsWith('babouches-'));
    expect(babouches.length).toBeGreaterThan(0);
    for (const pair of babouches) {
      expect(pair.priceCentimes).toBeGreaterThanOrEqual(150_00);
      expect(pair.priceCentimes).toBeLessThanOrEqual(400_00);
    }
    expect(products.filter((product) => product.stock === 1).length).toBeGreaterThan(20);
    const soldOut = products.filter((product) => product.stock === 0).length;
    expect(soldOut).toBeGreaterThan(0);
    expect(soldOut).toBeLessThan(products.length / 10);
  });

  it('writes every text in French, Arabic and English', () => {
    for (const seller of sellers) expectTranslated(seller.bio, seller.slug);
    for (const product of products) {
      expectTranslated(product.title, `${product.slug} title`);
      expectTranslated(product.description, `${product.slug} description`);
    }
    const big = buildDemoCatalog({ products: 400, sellers: 60 });
    for (const seller of big.sellers) expectTranslated(seller.bio, seller.slug);
    for (const product of big.products) expectTranslated(product.title, product.slug);
    expect(new Set(products.map((product) => product.title.fr)).size).toBe(products.length);
  });

  it('uses known crafts, categories and image keys that match the craft', () => {
    const crafts = new Set<string>(CRAFTS.map((craft) => craft.slug));
    const categories = new Set<string>(CATEGORIES.map((category) => category.slug));
    expect(DEMO_IMAGE_KEYS).toHaveLength(CRAFTS.length * 4);
    for (const product of products) {
      expect(crafts.has(product.craft)).toBe(true);
      expect(categories.has(product.category)).toBe(true);
      expect(product.imageKeys.length).toBeGreaterThanOrEqual(1);
      expect(product.imageKeys.length).toBeLessThanOrEqual(3);
      expect(new Set(product.imageKeys).size).toBe(product.imageKeys.length);
      for (const key of product.imageKeys) {
        expect(DEMO_IMAGE_KEYS).toContain(key);
        expect(key.startsWith(`${product.craft}-`)).toBe(true);
      }
      expect(product.materials.length).toBeGreaterThan(0);
      for (const material of product.materials) expect(material).toBe(material.toLowerCase());
    }
  });

  it('spreads creation over about 90 days with distinct times', () => {
    const minutes = products.map((product) => product.createdMinutesAgo);
    expect(new Set(minutes).size).toBe(products.length);
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(90 * 24 * 60);
    expect(Math.max(...minutes)).toBeGreaterThan(80 * 24 * 60);
  });

  it('gives Moroccan mobile numbers', () => {
    for (const seller of sellers) expect(seller.phone).toMatch(/^\+212 6\d\d \d\d \d\d \d\d$/);
  });

  it('assigns each demo owner email exactly once, to the right kind of seller', () => {
    const artisanOwners = sellers.filter((seller) => seller.ownerEmail === 'artisan@demo.hirfa.ma');
    const coopOwners = sellers.filter((seller) => seller.ownerEmail === 'coop@demo.hirfa.ma');
    expect(artisanOwners).toHaveLength(1);
    expect(coopOwners).toHaveLength(1);
    expect(artisanOwners[0]).toMatchObject({ kind: 'artisan', province: 'safi', craft: 'pottery' });
    expect(coopOwners[0]).toMatchObject({
      kind: 'cooperative',
      province: 'essaouira',
      craft: 'argan',
    });
    expect(sellers.filter((seller) => seller.ownerEmail !== null)).toHaveLength(2);
    const big = buildDemoCatalog({ sellers: 90 });
    expect(big.sellers.filter((seller) => seller.ownerEmail !== null)).toHaveLength(2);
  });
});
