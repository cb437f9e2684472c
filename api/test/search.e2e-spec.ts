import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { makeProduct, makeSeller } from './support/factories';
import type { ProductPage } from '@hirfa/shared';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';

describe('catalogue search (GET /api/products?q=)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const potter = await makeSeller(t.dataSource, {
      slug: 'atelier-fakhar',
      name: 'Atelier Fakhar Benali',
      province: 'safi',
      craft: 'pottery',
    });
    const tanner = await makeSeller(t.dataSource, {
      slug: 'dar-jild',
      name: 'Dar Jild',
      province: 'marrakech',
      craft: 'leather',
    });
    const weaver = await makeSeller(t.dataSource, {
      slug: 'cooperative-nour',
      name: 'Coopérative Nour',
      kind: 'cooperative',
      province: 'chichaoua',
      craft: 'carpets',
    });
    await makeProduct(t.dataSource, potter, {
      slug: 'tajine-bleu',
      titleFr: 'Tajine émaillé bleu',
      titleEn: 'Blue glazed tagine',
      titleAr: 'طاجين مزجج أزرق',
      priceAmount: 35000,
      category: 'tableware',
    });
    await makeProduct(t.dataSource, potter, {
      slug: 'theiere-safi',
      titleFr: 'Théière en céramique',
      titleEn: 'Ceramic teapot',
      titleAr: 'إبريق شاي من الخزف',
      priceAmount: 18000,
      category: 'tableware',
      descriptionFr: 'Idéale pour servir le thé après un tajine.',
    });
    await makeProduct(t.dataSource, potter, {
      slug: 'poteries-lot',
      titleFr: 'Lot de poteries de Safi',
      titleEn: 'Safi pottery set',
      priceAmount: 120000,
      category: 'home-decor',
    });
    await makeProduct(t.dataSource, tanner, {
      slug: 'babouches-jaunes',
      titleFr: 'Babouches jaunes en cuir',
      titleEn: 'Yellow leather slippers',
      titleAr: 'بلغة صفراء من الجلد',
      priceAmount: 25000,
      category: 'footwear',
    });
    await makeProduct(t.dataSource, weaver, {
      slug: 'tapis-chichaoua',
      titleFr: 'Tapis de Chichaoua rouge',
      titleEn: 'Red Chichaoua rug',
      titleAr: 'زربية شيشاوة حمراء',
      priceAmount: 450000,
      category: 'rugs',
    });
    await makeProduct(t.dataSource, weaver, {
      slug: 'tapis-cache',
      titleFr: 'Tapis caché',
      status: 'hidden',
      category: 'rugs',
    });
  });

  afterAll(() => t.close());

  const search = (query: Record<string, string | number>) =>
    request(t.http).get('/api/products').query(query).expect(200);
  const slugs = (body: ProductPage) => body.items.map((item) => item.slug).sort();

  it('finds French, English and Arabic titles', async () => {
    expect(slugs((await search({ q: 'tajine' })).body)).toEqual(['tajine-bleu', 'theiere-safi']);
    expect(slugs((await search({ q: 'tagine' })).body)).toEqual(['tajine-bleu']);
    expect(slugs((await search({ q: 'طاجين' })).body)).toEqual(['tajine-bleu']);
  });

  it('matches Arabic without its diacritics and with other letter forms', async () => {
    expect(slugs((await search({ q: 'طَاجِين' })).body)).toEqual(['tajine-bleu']);
    expect(slugs((await search({ q: 'زربيـــة' })).body)).toEqual(['tapis-chichaoua']);
    expect(slugs((await search({ q: 'ابريق' })).body)).toEqual(['theiere-safi']);
  });

  it('ignores accents and case, and matches stems and word starts', async () => {
    expect(slugs((await search({ q: 'THEIERE' })).body)).toEqual(['theiere-safi']);
    expect(slugs((await search({ q: 'céramique' })).body)).toEqual(['theiere-safi']);
    // "Poterie" is also the craft's name, so every piece of the potter matches.
    expect(slugs((await search({ q: 'poteries' })).body)).toEqual([
      'poteries-lot',
      'tajine-bleu',
      'theiere-safi',
    ]);
    expect(slugs((await search({ q: 'pottery set' })).body)).toEqual(['poteries-lot']);
    expect(slugs((await search({ q: 'babouch' })).body)).toEqual(['babouches-jaunes']);
    expect(slugs((await search({ q: 'slipper' })).body)).toEqual(['babouches-jaunes']);
  });

  it('finds products by seller name, craft name and province', async () => {
    expect(slugs((await search({ q: 'fakhar' })).body)).toEqual([
      'poteries-lot',
      'tajine-bleu',
      'theiere-safi',
    ]);
    expect(slugs((await search({ q: 'maroquinerie' })).body)).toEqual(['babouches-jaunes']);
    expect(slugs((await search({ q: 'الجلد' })).body)).toEqual(['babouches-jaunes']);
    expect(slugs((await search({ q: 'tapis chichaoua' })).body)).toEqual(['tapis-chichaoua']);
  });

  it('needs every word to match, and never shows hidden products', async () => {
    expect((await search({ q: 'tajine rouge' })).body.total).toBe(0);
    expect(slugs((await search({ q: 'tapis' })).body)).toEqual(['tapis-chichaoua']);
  });

  it('ranks title matches above description matches by default', async () => {
    const response = await search({ q: 'tajine' });
    expect(response.body.items.map((item: { slug: string }) => item.slug)).toEqual([
      'tajine-bleu',
      'theiere-safi',
    ]);
    const byPrice = await search({ q: 'tajine', sort: 'price_asc' });
    expect(byPrice.body.items.map((item: { slug: string }) => item.slug)).toEqual([
      'theiere-safi',
      'tajine-bleu',
    ]);
  });

  it('finds a seller under a new name after a rename', async () => {
    await t.dataSource
      .getRepository(SellerEntity)
      .update({ slug: 'dar-jild' }, { name: 'Dar Sebbagh' });
    expect(slugs((await search({ q: 'sebbagh' })).body)).toEqual(['babouches-jaunes']);
    expect((await search({ q: 'jild' })).body.total).toBe(0);
  });

  it('treats search syntax as plain words, never as an error', async () => {
    for (const q of ["tajine' | !", ':* & (', '<script>', '!!!', 'tajine:*']) {
      const response = await search({ q });
      expect(response.body).toHaveProperty('total');
    }
    expect((await search({ q: '!!!' })).body.total).toBe(5);
  });

  it('filters by price range in centimes', async () => {
    const response = await search({ minPrice: 20000, maxPrice: 120000, sort: 'price_asc' });
    expect(response.body.items.map((item: { slug: string }) => item.slug)).toEqual([
      'babouches-jaunes',
      'tajine-bleu',
      'poteries-lot',
    ]);
  });

  it('returns facet counts in the same response, each ignoring its own filter', async () => {
    const response = await search({ q: 'safi', province: 'safi', category: 'tableware' });
    expect(slugs(response.body)).toEqual(['tajine-bleu', 'theiere-safi']);
    const { facets } = response.body;
    expect(facets.province).toEqual([{ value: 'safi', count: 2 }]);
    expect(facets.category).toEqual([
      { value: 'tableware', count: 2 },
      { value: 'home-decor', count: 1 },
    ]);
    expect(facets.craft).toEqual([{ value: 'pottery', count: 2 }]);
    expect(facets.price).toEqual([
      { min: 0, max: 20000, count: 1 },
      { min: 20000, max: 50000, count: 1 },
      { min: 50000, max: 100000, count: 0 },
      { min: 100000, max: 300000, count: 0 },
      { min: 300000, max: null, count: 0 },
    ]);

    const all = await search({});
    expect(all.body.facets.province).toEqual([
      { value: 'safi', count: 3 },
      { value: 'chichaoua', count: 1 },
      { value: 'marrakech', count: 1 },
    ]);
  });

  it('sends the same number of queries whatever the page size, with a search and facets', async () => {
    t.queries.reset();
    await search({ q: 'safi', province: 'safi', limit: 1 });
    const small = t.queries.count;
    t.queries.reset();
    await search({ q: 'safi', province: 'safi', limit: 100 });
    expect(t.queries.count).toBe(small);
    expect(small).toBe(3);
  });

  it.each([
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ minPrice: -1 }, 'minPrice'],
    [{ maxPrice: '12.5' }, 'maxPrice'],
    [{ minPrice: 50000, maxPrice: 100 }, 'minPrice'],
    [{ sort: 'popular' }, 'sort'],
  ])('refuses %j with 400', async (query, field) => {
    const response = await request(t.http).get('/api/products').query(query).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});
