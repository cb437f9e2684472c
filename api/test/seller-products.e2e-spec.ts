import request from 'supertest';
import type { ProductDetail, ProductPage, SellerProduct, SellerProductPage } from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAs, signInAsSeller, type SignedInSeller } from './support/accounts';
import { makeMember, makeProduct } from './support/factories';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';

const validProduct = {
  title: { fr: 'Tajine émaillé de Safi', en: 'Glazed Safi tagine' },
  description: { fr: 'Tourné et émaillé à la main dans la colline des potiers.' },
  price: { amount: 45000 },
  stock: 2,
  category: 'tableware',
  materials: ['argile', 'émail'],
  dimensions: { lengthCm: 30, widthCm: 30, heightCm: 22 },
  weightGrams: 1800,
};

describe('seller products (/api/seller/products)', () => {
  let t: TestApp;
  let potter: SignedInSeller;
  let coop: SignedInSeller;
  let otherCoop: SignedInSeller;
  let otherArtisan: SignedInSeller;

  beforeAll(async () => {
    t = await createTestApp();
    potter = await signInAsSeller(t);
    coop = await signInAsSeller(t, { kind: 'cooperative', province: 'essaouira' });
    otherCoop = await signInAsSeller(t, { kind: 'cooperative' });
    otherArtisan = await signInAsSeller(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const products = () => t.dataSource.getRepository(ProductEntity);
  const productCount = () => products().count();
  const snapshot = (id: string) => products().findOneByOrFail({ id });

  async function createProduct(
    seller: SignedInSeller,
    body: object = validProduct,
  ): Promise<SellerProduct> {
    const response = await request(t.http)
      .post('/api/seller/products')
      .set(seller.headers)
      .send(body)
      .expect(201);
    return response.body as SellerProduct;
  }

  async function publicSlugs(): Promise<string[]> {
    const response = await request(t.http).get('/api/products?limit=100').expect(200);
    return (response.body as ProductPage).items.map((item) => item.slug);
  }

  describe('a product’s life', () => {
    it('is created, listed publicly, edited, hidden and deleted', async () => {
      const created = await createProduct(potter);
      expect(created).toEqual({
        id: expect.any(String),
        slug: expect.stringMatching(/^tajine-emaille-de-safi-[0-9a-f]{6}$/),
        title: { fr: 'Tajine émaillé de Safi', ar: null, en: 'Glazed Safi tagine' },
        description: {
          fr: 'Tourné et émaillé à la main dans la colline des potiers.',
          ar: null,
          en: null,
        },
        price: { amount: 45000, currency: 'MAD' },
        stock: 2,
        oneOfAKind: false,
        category: 'tableware',
        craft: 'pottery',
        province: 'safi',
        materials: ['argile', 'émail'],
        dimensions: { lengthCm: 30, widthCm: 30, heightCm: 22 },
        weightGrams: 1800,
        leadTimeDays: null,
        madeByMemberId: null,
        visible: true,
        moderation: { hidden: false, reason: null, at: null },
        images: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      expect(await publicSlugs()).toContain(created.slug);
      const detail = await request(t.http).get(`/api/products/${created.slug}`).expect(200);
      expect((detail.body as ProductDetail).price).toEqual({ amount: 45000, currency: 'MAD' });

      const edited = await request(t.http)
        .patch(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .send({ stock: 5 })
        .expect(200);
      expect(edited.body).toEqual({ ...created, stock: 5, updatedAt: expect.any(String) });
      const saved = await snapshot(created.id);
      expect(saved.stock).toBe(5);
      expect(edited.body.updatedAt).toBe(saved.updatedAt.toISOString());
      expect(saved.updatedAt.getTime()).toBeGreaterThan(Date.parse(created.updatedAt));

      const fetched = await request(t.http)
        .get(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .expect(200);
      expect(fetched.body).toEqual(edited.body);

      const hidden = await request(t.http)
        .patch(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .send({ visible: false })
        .expect(200);
      expect(hidden.body.visible).toBe(false);
      expect(await publicSlugs()).not.toContain(created.slug);
      await request(t.http).get(`/api/products/${created.slug}`).expect(404);

      await request(t.http)
        .patch(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .send({ visible: true })
        .expect(200);
      expect(await publicSlugs()).toContain(created.slug);

      await request(t.http)
        .delete(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .expect(204);
      expect(await products().existsBy({ id: created.id })).toBe(false);
      expect(await publicSlugs()).not.toContain(created.slug);
      await request(t.http)
        .get(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .expect(404);
    });

    it('can be created hidden, and is then not public', async () => {
      const created = await createProduct(potter, { ...validProduct, visible: false });
      expect(created.visible).toBe(false);
      expect((await snapshot(created.id)).status).toBe('hidden');
      expect(await publicSlugs()).not.toContain(created.slug);
    });

    it('takes the province from the shop and the craft from the shop by default', async () => {
      const created = await createProduct(coop, {
        title: { ar: 'زيت أركان' },
        price: { amount: 15000, currency: 'MAD' },
        stock: 10,
        category: 'beauty',
      });
      expect(created).toMatchObject({
        province: 'essaouira',
        craft: 'argan',
        slug: expect.stringMatching(/^produit-[0-9a-f]{6}$/),
        title: { fr: null, ar: 'زيت أركان', en: null },
        materials: [],
        dimensions: null,
      });
    });

    it('changes only what a PATCH sends, merging texts per language', async () => {
      const created = await createProduct(potter);
      const response = await request(t.http)
        .patch(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .send({
          title: { en: null, ar: 'طاجين' },
          dimensions: { heightCm: 25 },
          leadTimeDays: 14,
          price: { amount: 50000 },
        })
        .expect(200);
      expect(response.body).toEqual({
        ...created,
        title: { fr: 'Tajine émaillé de Safi', ar: 'طاجين', en: null },
        dimensions: { lengthCm: 30, widthCm: 30, heightCm: 25 },
        leadTimeDays: 14,
        price: { amount: 50000, currency: 'MAD' },
        updatedAt: expect.any(String),
      });
      expect(response.body.slug).toBe(created.slug);

      const cleared = await request(t.http)
        .patch(`/api/seller/products/${created.id}`)
        .set(potter.headers)
        .send({ dimensions: null, weightGrams: null, leadTimeDays: null })
        .expect(200);
      expect(cleared.body).toMatchObject({
        dimensions: null,
        weightGrams: null,
        leadTimeDays: null,
      });
    });

    it('names the cooperative member who made a piece', async () => {
      const member = await makeMember(t.dataSource, coop.shop, 'Aicha Ait Baha');
      const created = await createProduct(coop, {
        ...validProduct,
        category: 'beauty',
        madeByMemberId: member.id,
      });
      expect(created.madeByMemberId).toBe(member.id);
      const detail = await request(t.http).get(`/api/products/${created.slug}`).expect(200);
      expect((detail.body as ProductDetail).madeBy).toBe('Aicha Ait Baha');
    });

    it('accepts a one-of-a-kind piece with a stock of 1', async () => {
      const created = await createProduct(potter, { ...validProduct, oneOfAKind: true, stock: 1 });
      expect(created).toMatchObject({ oneOfAKind: true, stock: 1 });
    });
  });

  describe('who may manage products', () => {
    it('asks for a session', async () => {
      const before = await productCount();
      await request(t.http).get('/api/seller/products').expect(401);
      await request(t.http).post('/api/seller/products').send(validProduct).expect(401);
      expect(await productCount()).toBe(before);
    });

    it('refuses shoppers and cooperative members', async () => {
      const before = await productCount();
      for (const role of ['shopper', 'cooperative_member'] as const) {
        const someone = await signInAs(t, role);
        await request(t.http).get('/api/seller/products').set(someone.headers).expect(403);
        await request(t.http)
          .post('/api/seller/products')
          .set(someone.headers)
          .send(validProduct)
          .expect(403);
      }
      expect(await productCount()).toBe(before);
    });

    it.each([
      ['suspended', /suspended/],
      ['submitted', /waiting for the chamber/],
      ['rejected', /rejected/],
    ] as const)('refuses a seller whose shop is %s', async (status, message) => {
      const seller = await signInAsSeller(t, { status });
      const existing = await makeProduct(t.dataSource, seller.shop, { stock: 3 });
      const before = await productCount();

      const refused = await request(t.http)
        .post('/api/seller/products')
        .set(seller.headers)
        .send(validProduct)
        .expect(403);
      expect(refused.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: expect.stringMatching(message),
      });
      await request(t.http).get('/api/seller/products').set(seller.headers).expect(403);
      await request(t.http)
        .patch(`/api/seller/products/${existing.id}`)
        .set(seller.headers)
        .send({ stock: 9 })
        .expect(403);
      await request(t.http)
        .delete(`/api/seller/products/${existing.id}`)
        .set(seller.headers)
        .expect(403);

      expect(await productCount()).toBe(before);
      expect((await snapshot(existing.id)).stock).toBe(3);
    });

    it('refuses an artisan account without a shop', async () => {
      const artisan = await signInAs(t, 'artisan');
      const response = await request(t.http)
        .get('/api/seller/products')
        .set(artisan.headers)
        .expect(403);
      expect(response.body.message).toMatch(/no shop/);
    });

    it('answers 404 for another shop’s product and leaves it unchanged', async () => {
      const theirs = await makeProduct(t.dataSource, otherArtisan.shop, { stock: 4 });
      const before = await snapshot(theirs.id);
      const path = `/api/seller/products/${theirs.id}`;

      await request(t.http).get(path).set(potter.headers).expect(404);
      const patched = await request(t.http)
        .patch(path)
        .set(potter.headers)
        .send({ stock: 0, visible: false })
        .expect(404);
      expect(patched.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'None of your products has this id',
      });
      await request(t.http).delete(path).set(potter.headers).expect(404);

      expect(await snapshot(theirs.id)).toEqual(before);
    });

    it('lists only the caller’s own products', async () => {
      const theirs = await makeProduct(t.dataSource, otherArtisan.shop);
      const response = await request(t.http)
        .get('/api/seller/products?limit=100')
        .set(potter.headers)
        .expect(200);
      const page = response.body as SellerProductPage;
      expect(page.items.map((item) => item.id)).not.toContain(theirs.id);
      const own = await products().countBy({ sellerId: potter.shop.id });
      expect(page.total).toBe(own);
    });
  });

  describe('what a seller may send', () => {
    async function expectRefusedCreate(body: object, field?: string): Promise<void> {
      const before = await productCount();
      const response = await request(t.http)
        .post('/api/seller/products')
        .set(potter.headers)
        .send(body)
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      if (field) {
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(
          field,
        );
      }
      expect(await productCount()).toBe(before);
    }

    it.each([
      ['status', 'active'],
      ['sellerId', '7f1c1f9e-4c55-4d8c-9c55-7a2a9b3f1a11'],
      ['slug', 'my-own-slug'],
      ['commissionRate', 0],
      ['province', 'marrakech'],
      ['moderation', { hidden: false }],
    ])('refuses the field %s', async (field, value) => {
      await expectRefusedCreate({ ...validProduct, [field]: value }, field);
    });

    it.each([
      ['a float', { amount: 450.5 }],
      ['a string amount', { amount: '45000' }],
      ['a plain number', 45000],
      ['a string', '450'],
      ['below 1 MAD', { amount: 99 }],
      ['above the ceiling', { amount: 100_000_001 }],
      ['in euros', { amount: 45000, currency: 'EUR' }],
      ['with extra fields', { amount: 45000, vat: 20 }],
    ])('refuses a price given as %s', async (_label, price) => {
      await expectRefusedCreate({ ...validProduct, price });
    });

    it.each([
      ['no title in any language', { title: { fr: '  ', ar: null } }, 'title'],
      ['no title at all', { title: undefined }, 'title'],
      ['a title too long', { title: { fr: 'x'.repeat(141) } }, 'title.fr'],
      ['a title in another language', { title: { fr: 'Tajine', de: 'Tajine' } }, 'title.de'],
      ['a description too long', { description: { fr: 'x'.repeat(5001) } }, 'description.fr'],
      ['a negative stock', { stock: -1 }, 'stock'],
      ['a stock above the limit', { stock: 100_001 }, 'stock'],
      ['a fractional stock', { stock: 1.5 }, 'stock'],
      ['an unknown category', { category: 'spaceships' }, 'category'],
      ['an unknown craft', { craft: 'origami' }, 'craft'],
      [
        'too many materials',
        { materials: Array.from({ length: 21 }, (_, i) => `m${i}`) },
        'materials',
      ],
      ['a material too long', { materials: ['x'.repeat(41)] }, 'materials'],
      ['a zero dimension', { dimensions: { lengthCm: 0 } }, 'dimensions.lengthCm'],
      ['a zero weight', { weightGrams: 0 }, 'weightGrams'],
      ['a lead time of a year and a day', { leadTimeDays: 366 }, 'leadTimeDays'],
      ['visible as text', { visible: 'yes' }, 'visible'],
      ['oneOfAKind as null', { oneOfAKind: null }, 'oneOfAKind'],
    ])('refuses %s', async (_label, change, field) => {
      await expectRefusedCreate({ ...validProduct, ...change }, field);
    });

    it('refuses a one-of-a-kind piece with a stock of 3', async () => {
      await expectRefusedCreate({ ...validProduct, oneOfAKind: true, stock: 3 }, 'stock');
    });

    it('refuses a member of another cooperative, and a member named by an artisan', async () => {
      const stranger = await makeMember(t.dataSource, otherCoop.shop, 'Fatima Zahra');
      const before = await productCount();
      const response = await request(t.http)
        .post('/api/seller/products')
        .set(coop.headers)
        .send({ ...validProduct, madeByMemberId: stranger.id })
        .expect(400);
      expect(response.body.details).toEqual([
        {
          field: 'madeByMemberId',
          messages: ['madeByMemberId must be a member of your cooperative'],
        },
      ]);
      await expectRefusedCreate({ ...validProduct, madeByMemberId: stranger.id }, 'madeByMemberId');
      expect(await productCount()).toBe(before);
    });

    it('refuses invalid PATCHes and leaves the product unchanged', async () => {
      const created = await createProduct(potter, { ...validProduct, oneOfAKind: true, stock: 1 });
      const before = await snapshot(created.id);
      const stranger = await makeMember(t.dataSource, otherCoop.shop, 'Khadija');
      for (const change of [
        { stock: 3 },
        { status: 'active' },
        { sellerId: otherArtisan.shop.id },
        { slug: 'mine' },
        { commissionRate: 0 },
        { stock: null },
        { title: null },
        { title: { fr: null, en: null } },
        { price: { amount: 450.5 } },
        { price: null },
        { madeByMemberId: stranger.id },
        { visible: null },
      ]) {
        await request(t.http)
          .patch(`/api/seller/products/${created.id}`)
          .set(potter.headers)
          .send(change)
          .expect(400);
      }
      expect(await snapshot(created.id)).toEqual(before);
    });

    it('refuses an id that is not a uuid', async () => {
      await request(t.http).get('/api/seller/products/not-a-uuid').set(potter.headers).expect(400);
    });
  });

  describe('the seller’s list', () => {
    let lister: SignedInSeller;

    beforeAll(async () => {
      lister = await signInAsSeller(t);
      for (let index = 0; index < 6; index++) {
        await makeProduct(t.dataSource, lister.shop, {
          titleFr: `Lanterne ${index}`,
          titleEn: index === 0 ? 'Copper lantern' : `Lantern ${index}`,
          status: index < 4 ? 'active' : 'hidden',
          images: 2,
          createdAt: new Date(Date.UTC(2026, 9, 1 + index)),
        });
      }
    });

    const list = (query: string) =>
      request(t.http)
        .get(`/api/seller/products${query}`)
        .set(lister.headers)
        .expect(200)
        .then((response) => response.body as SellerProductPage);

    it('pages newest first, with each product’s photos', async () => {
      const first = await list('?limit=4');
      expect(first.total).toBe(6);
      expect(first.items.map((item) => item.title.fr)).toEqual([
        'Lanterne 5',
        'Lanterne 4',
        'Lanterne 3',
        'Lanterne 2',
      ]);
      expect(first.items.every((item) => item.images.length === 2)).toBe(true);
      const second = await list('?limit=4&page=2');
      expect(second).toMatchObject({ total: 6, page: 2, limit: 4 });
      expect(second.items.map((item) => item.title.fr)).toEqual(['Lanterne 1', 'Lanterne 0']);
    });

    it('filters by visibility and by words of the title', async () => {
      expect((await list('?visible=true')).total).toBe(4);
      expect((await list('?visible=false')).items.map((item) => item.title.fr)).toEqual([
        'Lanterne 5',
        'Lanterne 4',
      ]);
      expect((await list('?q=copper')).items.map((item) => item.title.fr)).toEqual(['Lanterne 0']);
      expect((await list('?q=100%25')).total).toBe(0);
    });

    it('refuses bad filters', async () => {
      for (const query of ['?visible=yes', '?limit=101', '?page=0', '?sellerId=x']) {
        await request(t.http).get(`/api/seller/products${query}`).set(lister.headers).expect(400);
      }
    });

    it('runs the same number of queries for 1 product or 50', async () => {
      t.queries.reset();
      await list('?limit=1');
      const forOne = t.queries.count;
      t.queries.reset();
      const all = await list('?limit=50');
      const forAll = t.queries.count;
      expect(all.items).toHaveLength(6);
      expect(forAll).toBe(forOne);
      expect(forAll).toBeLessThanOrEqual(6);
    });
  });
});
