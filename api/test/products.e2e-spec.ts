import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { makeMember, makeProduct, makeSeller } from './support/factories';
import type { ProductDetail, ProductPage } from '@hirfa/shared';

describe('catalogue (GET /api/products)', () => {
  let t: TestApp;
  const day = 24 * 60 * 60 * 1000;
  const base = Date.parse('2026-10-01T10:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
    const potter = await makeSeller(t.dataSource, {
      slug: 'atelier-fakhar',
      name: 'Atelier Fakhar',
      province: 'safi',
      craft: 'pottery',
    });
    const coop = await makeSeller(t.dataSource, {
      slug: 'cooperative-tifaout',
      name: 'Coopérative Tifaout',
      kind: 'cooperative',
      province: 'essaouira',
      craft: 'argan',
    });
    const suspended = await makeSeller(t.dataSource, {
      slug: 'atelier-ferme',
      status: 'suspended',
    });
    const submitted = await makeSeller(t.dataSource, {
      slug: 'atelier-attente',
      status: 'submitted',
    });
    const member = await makeMember(t.dataSource, coop, 'Aicha Ait Baha');

    await makeProduct(t.dataSource, potter, {
      slug: 'tajine-bleu-safi',
      titleFr: 'Tajine bleu de Safi',
      titleAr: 'طاجين أزرق من آسفي',
      titleEn: 'Blue Safi tagine',
      priceAmount: 35000,
      stock: 1,
      category: 'tableware',
      createdAt: new Date(base - 3 * day),
      images: 2,
    });
    await makeProduct(t.dataSource, potter, {
      slug: 'plat-vert',
      titleFr: 'Plat vert émaillé',
      titleEn: null,
      priceAmount: 12000,
      category: 'tableware',
      createdAt: new Date(base - 1 * day),
    });
    await makeProduct(t.dataSource, potter, {
      slug: 'carreaux-zellige',
      priceAmount: 90000,
      craft: 'zellige',
      category: 'home-decor',
      createdAt: new Date(base - 5 * day),
    });
    await makeProduct(t.dataSource, coop, {
      slug: 'huile-argan-100ml',
      titleFr: "Huile d'argan 100 ml",
      titleEn: 'Argan oil 100 ml',
      priceAmount: 15000,
      category: 'beauty',
      madeByMemberId: member.id,
      createdAt: new Date(base - 2 * day),
    });
    await makeProduct(t.dataSource, coop, {
      slug: 'savon-argan-cache',
      status: 'hidden',
      createdAt: new Date(base),
    });
    await makeProduct(t.dataSource, suspended, {
      slug: 'piece-suspendue',
      createdAt: new Date(base),
    });
    await makeProduct(t.dataSource, submitted, {
      slug: 'piece-en-attente',
      createdAt: new Date(base),
    });
  });

  afterAll(() => t.close());

  const list = (query: Record<string, string | number> = {}) =>
    request(t.http).get('/api/products').query(query);
  const slugs = (body: ProductPage) => body.items.map((item) => item.slug);

  it('lists the visible products, newest first, with the page shape', async () => {
    const response = await list().expect(200);
    expect(response.body).toMatchObject({ total: 4, page: 1, limit: 24 });
    expect(slugs(response.body)).toEqual([
      'plat-vert',
      'huile-argan-100ml',
      'tajine-bleu-safi',
      'carreaux-zellige',
    ]);
  });

  it('hides hidden products and every product of a seller who is not approved', async () => {
    const response = await list({ limit: 100 }).expect(200);
    expect(slugs(response.body)).not.toEqual(
      expect.arrayContaining(['savon-argan-cache', 'piece-suspendue', 'piece-en-attente']),
    );
    await request(t.http).get('/api/products/piece-suspendue').expect(404);
    await request(t.http).get('/api/products/savon-argan-cache').expect(404);
  });

  it('answers a product with the documented fields and prices in centimes', async () => {
    const response = await list({ province: 'safi', sort: 'price_desc' }).expect(200);
    const tajine = response.body.items.find(
      (item: { slug: string }) => item.slug === 'tajine-bleu-safi',
    );
    expect(tajine).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      slug: 'tajine-bleu-safi',
      title: 'Tajine bleu de Safi',
      language: 'fr',
      price: { amount: 35000, currency: 'MAD' },
      stock: 1,
      seller: { slug: 'atelier-fakhar', name: 'Atelier Fakhar', kind: 'artisan' },
      province: 'safi',
      craft: 'pottery',
      category: 'tableware',
      images: [
        expect.objectContaining({
          url: '/media/test/tajine-bleu-safi-0-800.webp',
          width: 800,
          thumbWidth: 400,
        }),
        expect.objectContaining({ url: '/media/test/tajine-bleu-safi-1-800.webp' }),
      ],
      createdAt: expect.any(String),
    });
    expect(tajine.images[0].alt).toBe('Tajine bleu de Safi');
  });

  it('filters by province, craft and category', async () => {
    expect(slugs((await list({ province: 'essaouira' }).expect(200)).body)).toEqual([
      'huile-argan-100ml',
    ]);
    expect(slugs((await list({ craft: 'zellige' }).expect(200)).body)).toEqual([
      'carreaux-zellige',
    ]);
    const tableware = await list({ category: 'tableware', sort: 'price_asc' }).expect(200);
    expect(slugs(tableware.body)).toEqual(['plat-vert', 'tajine-bleu-safi']);
    expect(tableware.body.total).toBe(2);
    const combined = await list({ province: 'safi', craft: 'pottery', category: 'home-decor' });
    expect(combined.body).toMatchObject({ total: 0, items: [] });
    const unknownCraft = await list({ craft: 'glassblowing' }).expect(200);
    expect(unknownCraft.body.total).toBe(0);
  });

  it('lists one shop’s products with the seller filter, and nothing for a hidden shop', async () => {
    expect(slugs((await list({ seller: 'cooperative-tifaout' }).expect(200)).body)).toEqual([
      'huile-argan-100ml',
    ]);
    expect((await list({ seller: 'atelier-ferme' }).expect(200)).body.total).toBe(0);
    await list({ seller: 'Not A Slug' }).expect(400);
  });

  it('sorts by price both ways', async () => {
    const ascending = await list({ sort: 'price_asc' }).expect(200);
    expect(
      ascending.body.items.map((item: { price: { amount: number } }) => item.price.amount),
    ).toEqual([12000, 15000, 35000, 90000]);
    const descending = await list({ sort: 'price_desc' }).expect(200);
    expect(slugs(descending.body)).toEqual([
      'carreaux-zellige',
      'tajine-bleu-safi',
      'huile-argan-100ml',
      'plat-vert',
    ]);
  });

  it('pages through the results without overlap', async () => {
    const first = await list({ limit: 3, page: 1 }).expect(200);
    const second = await list({ limit: 3, page: 2 }).expect(200);
    const beyond = await list({ limit: 3, page: 9 }).expect(200);
    expect(first.body).toMatchObject({ total: 4, page: 1, limit: 3 });
    expect(first.body.items).toHaveLength(3);
    expect(slugs(second.body)).toEqual(['carreaux-zellige']);
    expect(beyond.body).toMatchObject({ total: 4, page: 9, items: [] });
  });

  it('writes titles in the requested language, falling back when missing', async () => {
    const arabic = await list({ lang: 'ar', province: 'safi', sort: 'price_asc' }).expect(200);
    const [plat, tajine] = arabic.body.items;
    expect(tajine).toMatchObject({ title: 'طاجين أزرق من آسفي', language: 'ar' });
    expect(plat).toMatchObject({ title: 'Plat vert émaillé', language: 'fr' });

    const english = await request(t.http)
      .get('/api/products/huile-argan-100ml')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(english.body).toMatchObject({ title: 'Argan oil 100 ml', language: 'en' });
  });

  it('answers one product by slug with its details and maker', async () => {
    const response = await request(t.http).get('/api/products/huile-argan-100ml').expect(200);
    const body: ProductDetail = response.body;
    expect(body).toMatchObject({
      slug: 'huile-argan-100ml',
      title: "Huile d'argan 100 ml",
      description: 'Faite main.',
      descriptionLanguage: 'fr',
      materials: ['clay'],
      madeBy: 'Aicha Ait Baha',
      seller: { slug: 'cooperative-tifaout', kind: 'cooperative' },
      price: { amount: 15000, currency: 'MAD' },
    });
    expect(body).not.toHaveProperty('sellerId');
    expect(body).not.toHaveProperty('priceAmount');
  });

  it('answers 404 with the error shape for an unknown slug', async () => {
    const response = await request(t.http).get('/api/products/no-such-piece').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'No product is listed at "no-such-piece"',
    });
  });

  it.each([
    [{ limit: 100000 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ page: -1 }, 'page'],
    [{ page: 'two' }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ sort: 'bogus' }, 'sort'],
    [{ province: '<script>alert(1)</script>' }, 'province'],
    [{ province: 'casablanca' }, 'province'],
    [{ craft: "pottery' OR 1=1 --" }, 'craft'],
    [{ category: 'Table Ware' }, 'category'],
    [{ lang: 'de' }, 'lang'],
    [{ sellerId: 'x' }, 'sellerId'],
  ])('refuses %j with 400 and the error shape', async (query, field) => {
    const response = await list(query as Record<string, string | number>).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/^Invalid request: /),
      details: expect.arrayContaining([
        { field, messages: expect.arrayContaining([expect.any(String)]) },
      ]),
    });
  });

  it('refuses a repeated parameter rather than guessing', async () => {
    const response = await request(t.http).get('/api/products?page=1&page=2').expect(400);
    expect(response.body.details[0].field).toBe('page');
  });

  it('refuses a malformed slug with 400', async () => {
    const response = await request(t.http).get('/api/products/Not%20A%20Slug').expect(400);
    expect(response.body.details[0].field).toBe('slug');
  });

  it('sends the same number of queries whatever the page size', async () => {
    t.queries.reset();
    await list({ limit: 1 }).expect(200);
    const small = t.queries.count;
    t.queries.reset();
    await list({ limit: 100 }).expect(200);
    const large = t.queries.count;
    expect(small).toBe(3);
    expect(large).toBe(small);

    t.queries.reset();
    await request(t.http).get('/api/products/huile-argan-100ml').expect(200);
    expect(t.queries.count).toBe(3);
  });

  it('lists the provinces, crafts and categories in three languages', async () => {
    const response = await request(t.http).get('/api/taxonomy').expect(200);
    expect(response.body.provinces).toHaveLength(8);
    expect(response.body.provinces[0]).toEqual({
      slug: 'marrakech',
      name: { fr: 'Marrakech', ar: 'مراكش', en: 'Marrakech' },
    });
    expect(response.body.crafts.map((craft: { slug: string }) => craft.slug)).toContain('pottery');
    expect(response.body.categories.map((c: { slug: string }) => c.slug)).toContain('rugs');
  });
});
