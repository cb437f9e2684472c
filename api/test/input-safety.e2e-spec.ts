import request from 'supertest';
import sharp from 'sharp';
import { In } from 'typeorm';
import type { ApiErrorBody, Cart } from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { makeProduct, makeSeller } from './support/factories';
import { signInAs, signInAsSeller, type SignedInUser } from './support/accounts';
import { addToCart, MOROCCAN_ADDRESS, openCart, type Buyer } from './support/buying';
import { changedTables, tableChecksums } from './support/table-checksum';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { searchCondition } from '../src/modules/catalog/search/product-search';
import { ORDER_TOTAL_MAX } from '../src/modules/checkout/order-total-limit';

/** The common error shape, with the code and the field named. */
function expectRefusal(body: ApiErrorBody, status: number, code: string, field?: string): void {
  expect(body).toMatchObject({ statusCode: status, code });
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  if (field) expect(body.details?.map((detail) => detail.field)).toContain(field);
}

describe('input safety: no 500 from what a client sends', () => {
  let t: TestApp;
  let staff: SignedInUser;
  let productId: string;

  /** Sends the request and checks that nothing at all was written. */
  async function refusedWithoutChange(
    send: () => PromiseLike<request.Response>,
  ): Promise<request.Response> {
    const before = await tableChecksums(t.dataSource);
    const response = await send();
    expect(changedTables(before, await tableChecksums(t.dataSource))).toEqual([]);
    return response;
  }

  async function cartTotal(buyer: Buyer): Promise<number> {
    const cart = await request(t.http).get(`/api/carts/${buyer.cartId}`).set(buyer.headers);
    return (cart.body as Cart).totals.morocco.total.amount;
  }

  async function checkoutAs(buyer: Buyer, overrides: Record<string, unknown> = {}) {
    const amount = await cartTotal(buyer);
    return request(t.http)
      .post('/api/checkout')
      .set(buyer.headers)
      .send({
        cartId: buyer.cartId,
        email: 'amina@example.ma',
        shipping: MOROCCAN_ADDRESS,
        paymentMethod: 'cod',
        expectedTotal: { amount, currency: 'MAD' },
        ...overrides,
      });
  }

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');
    const seller = await makeSeller(t.dataSource);
    productId = (await makeProduct(t.dataSource, seller, { stock: 5, priceAmount: 25000 })).id;
  });

  afterAll(() => t.close());

  describe('control characters', () => {
    const registration = {
      email: 'salma@example.ma',
      password: 'a long enough password',
      name: 'Salma Idrissi',
    };

    it('refuses NUL in a name or an email at registration, naming the field', async () => {
      for (const [field, body] of [
        ['name', { ...registration, name: 'Salma\u0000Idrissi' }],
        ['email', { ...registration, email: 'salma\u0000@example.ma' }],
      ] as const) {
        const response = await refusedWithoutChange(() =>
          request(t.http).post('/api/auth/register').send(body),
        );
        expect(response.status).toBe(400);
        expectRefusal(response.body, 400, 'input.control_characters', field);
      }
    });

    it('refuses the other C0 controls, DEL, C1 and lone surrogates, and keys holding them', async () => {
      for (const body of [
        { ...registration, name: 'Salma\u001b[31m' },
        { ...registration, name: 'Salma\u007f' },
        { ...registration, name: 'Salma\u0085' },
        { ...registration, name: 'Salma\ud800' },
        { ...registration, ['na\u0000me']: 'x' },
      ]) {
        const response = await refusedWithoutChange(() =>
          request(t.http).post('/api/auth/register').send(body),
        );
        expectRefusal(response.body, 400, 'input.control_characters');
      }
    });

    it('refuses NUL in a shipping address, and the same order goes through without it', async () => {
      const buyer = await openCart(t);
      await addToCart(t, buyer, productId, 1).expect(201);
      const stockBefore = (
        await t.dataSource.getRepository(ProductEntity).findOneByOrFail({
          id: productId,
        })
      ).stock;
      const amount = await cartTotal(buyer);
      const response = await refusedWithoutChange(() =>
        request(t.http)
          .post('/api/checkout')
          .set(buyer.headers)
          .send({
            cartId: buyer.cartId,
            email: 'amina@example.ma',
            shipping: { ...MOROCCAN_ADDRESS, line1: '12 derb\u0000 Sidi Bouloukat' },
            paymentMethod: 'cod',
            expectedTotal: { amount, currency: 'MAD' },
          }),
      );
      expectRefusal(response.body, 400, 'input.control_characters', 'shipping.line1');
      const product = await t.dataSource
        .getRepository(ProductEntity)
        .findOneByOrFail({ id: productId });
      expect(product.stock).toBe(stockBefore);
      const placed = await checkoutAs(buyer);
      expect(placed.status).toBe(201);
    });

    it('refuses NUL in product texts, keeping line breaks in descriptions', async () => {
      const seller = await signInAsSeller(t);
      const product = await makeProduct(t.dataSource, seller.shop);
      const refused = await refusedWithoutChange(() =>
        request(t.http)
          .patch(`/api/seller/products/${product.id}`)
          .set(seller.headers)
          .send({ title: { fr: 'Tajine\u0000 bleu' } }),
      );
      expectRefusal(refused.body, 400, 'input.control_characters', 'title.fr');
      const accepted = await request(t.http)
        .patch(`/api/seller/products/${product.id}`)
        .set(seller.headers)
        .send({ description: { fr: 'Première ligne.\nSeconde ligne.' } });
      expect(accepted.status).toBe(200);
    });

    it('refuses NUL in the text fields of a multipart photo upload', async () => {
      const seller = await signInAsSeller(t);
      const product = await makeProduct(t.dataSource, seller.shop, { images: 0 });
      const png = await sharp({
        create: { width: 64, height: 64, channels: 3, background: { r: 30, g: 80, b: 160 } },
      })
        .png()
        .toBuffer();
      const upload = (alt: string) =>
        request(t.http)
          .post(`/api/seller/products/${product.id}/images`)
          .set(seller.headers)
          .field('alt', alt)
          .attach('file', png, { filename: 'photo.png', contentType: 'image/png' });
      const refused = await refusedWithoutChange(() => upload('Tajine\u0000 bleu'));
      expectRefusal(refused.body, 400, 'input.control_characters', 'alt');
      expect((await upload('Tajine bleu')).status).toBe(201);
    });

    it('refuses NUL in a bank reference before the payout is looked up', async () => {
      const response = await refusedWithoutChange(() =>
        request(t.http)
          .post('/api/admin/payouts/00000000-0000-4000-8000-000000000000/mark-paid')
          .set(staff.headers)
          .send({ bankReference: 'VIR-2025\u0000-1' }),
      );
      expectRefusal(response.body, 400, 'input.control_characters', 'bankReference');
    });

    it('refuses control characters in query strings and path parameters', async () => {
      const query = await request(t.http).get('/api/products').query({ q: 'tajine\u0000' });
      expectRefusal(query.body, 400, 'input.control_characters', 'q');
      const path = await request(t.http).get('/api/products/tajine%00bleu');
      expectRefusal(path.body, 400, 'input.control_characters', 'slug');
      const tab = await request(t.http).get('/api/products').query({ q: 'tajine\tbleu' });
      expectRefusal(tab.body, 400, 'input.control_characters', 'q');
    });
  });

  describe('JSON depth and size', () => {
    it('refuses a body nested 10 000 deep with 400, without overflowing the stack', async () => {
      const deep = '{"name":'.repeat(10_000) + '"x"' + '}'.repeat(10_000);
      const response = await refusedWithoutChange(() =>
        request(t.http)
          .post('/api/auth/register')
          .set('Content-Type', 'application/json')
          .send(deep),
      );
      expectRefusal(response.body, 400, 'input.too_deep');
      const arrays = '['.repeat(100_000) + ']'.repeat(100_000);
      const second = await request(t.http)
        .post('/api/carts')
        .set('Content-Type', 'application/json')
        .send(arrays);
      expectRefusal(second.body, 400, 'input.too_deep');
    });

    it('accepts nesting up to the limit', async () => {
      const limit = t.config.jsonBody.maxDepth;
      // Depth `limit` in total: the body itself is one level.
      const nested = '{"a":'.repeat(limit - 1) + '{}' + '}'.repeat(limit - 1);
      const response = await request(t.http)
        .post('/api/auth/register')
        .set('Content-Type', 'application/json')
        .send(nested);
      expect(response.status).toBe(400);
      expect(response.body.code).not.toBe('input.too_deep');
    });

    it('refuses a body over the size limit with 413', async () => {
      const big = JSON.stringify({
        ...{ email: 'big@example.ma', password: 'a long enough password' },
        name: 'x'.repeat(t.config.jsonBody.maxBytes),
      });
      const response = await refusedWithoutChange(() =>
        request(t.http)
          .post('/api/auth/register')
          .set('Content-Type', 'application/json')
          .send(big),
      );
      expect(response.status).toBe(413);
      expectRefusal(response.body, 413, 'input.too_large');
    });
  });

  describe('search accepts any Unicode', () => {
    it.each([
      '1½',
      '½',
      '🏺 tajine',
      '&|!:*()',
      'l\'argile "bleue"',
      'back\\slash\\',
      '::*',
      '!!!',
      'ﷺ',
      'Ⅻ ① ²',
      'x'.repeat(100),
      'زربية',
      '1/2',
      "'' ''",
      '<->',
    ])('answers 200 for %s', async (q) => {
      const response = await request(t.http).get('/api/products').query({ q });
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body.items)).toBe(true);
    });

    it('builds a valid query whatever folding makes of a word', async () => {
      // What unaccent may turn one character into, whatever PostgreSQL's version.
      for (const term of [' 1 1/2', "o'brien", 'a\\b', '(1)', '&|!', ':*', '<->', ' ', 'x:y']) {
        const { sql, parameters } = searchCondition([term]);
        const rows = t.dataSource
          .getRepository(ProductEntity)
          .createQueryBuilder('product')
          .where(`product.search_document @@ (${sql})`, parameters)
          .getMany();
        await expect(rows).resolves.toBeInstanceOf(Array);
      }
    });

    it('refuses a query longer than the documented maximum with 400', async () => {
      const response = await request(t.http)
        .get('/api/products')
        .query({ q: 'x'.repeat(101) });
      expect(response.status).toBe(400);
      expect(response.body.details?.[0]?.field).toBe('q');
    });
  });

  describe('totals that would not fit', () => {
    it('refuses a checkout above the integer column with 422, stock untouched', async () => {
      const seller = await makeSeller(t.dataSource);
      // Five units of five pieces at the highest price: 25 million MAD.
      const dear: ProductEntity[] = [];
      for (let index = 0; index < 5; index++) {
        dear.push(await makeProduct(t.dataSource, seller, { priceAmount: 100_000_000, stock: 5 }));
      }
      const buyer = await openCart(t);
      for (const product of dear) await addToCart(t, buyer, product.id, 5).expect(201);
      expect(await cartTotal(buyer)).toBeGreaterThan(ORDER_TOTAL_MAX);
      const response = await refusedWithoutChange(() => checkoutAs(buyer));
      expect(response.status).toBe(422);
      expectRefusal(response.body, 422, 'checkout.total_too_large');
      const stocks = await t.dataSource
        .getRepository(ProductEntity)
        .findBy({ id: In(dear.map((product) => product.id)) });
      expect(stocks.map((product) => product.stock)).toEqual([5, 5, 5, 5, 5]);
    });

    it('pays a balance beyond an integer column in parts, the rest in the next batch', async () => {
      const seller = await signInAsSeller(t);
      for (const amount of [2_000_000_000, 2_000_000_000]) {
        await t.dataSource.query(
          `INSERT INTO ledger_entries (seller_id, kind, amount, description)
           VALUES ($1, 'sale', $2, 'Large sale')`,
          [seller.shop.id, amount],
        );
      }
      const batch = await request(t.http).post('/api/admin/payouts').set(staff.headers);
      expect(batch.status).toBe(201);
      const payout = (
        batch.body.payouts as { seller: { id: string }; amount: { amount: number } }[]
      ).find((row) => row.seller.id === seller.shop.id);
      expect(payout?.amount.amount).toBe(ORDER_TOTAL_MAX);
      const statement = await request(t.http).get('/api/seller/ledger').set(seller.headers);
      expect(statement.body.balance.amount).toBe(4_000_000_000 - ORDER_TOTAL_MAX);
    });

    it('refuses quantities, prices, stock and shipping rates beyond their maximum', async () => {
      const seller = await signInAsSeller(t);
      const product = await makeProduct(t.dataSource, seller.shop);
      const buyer = await openCart(t);
      for (const [send, field] of [
        [() => addToCart(t, buyer, productId, 100_001), 'quantity'],
        [() => addToCart(t, buyer, productId, 2 ** 53), 'quantity'],
        [() => addToCart(t, buyer, productId, 1e308), 'quantity'],
        [
          () =>
            request(t.http)
              .patch(`/api/seller/products/${product.id}`)
              .set(seller.headers)
              .send({ price: { amount: 2 ** 31 } }),
          'price.amount',
        ],
        [
          () =>
            request(t.http)
              .patch(`/api/seller/products/${product.id}`)
              .set(seller.headers)
              .send({ stock: 2 ** 31 }),
          'stock',
        ],
        [
          () =>
            request(t.http)
              .patch('/api/seller/shop/shipping')
              .set(seller.headers)
              .send({ moroccoAmount: 2 ** 31 }),
          'moroccoAmount',
        ],
        [
          () =>
            request(t.http)
              .post('/api/admin/orders/00000000-0000-4000-8000-000000000000/refund')
              .set(staff.headers)
              .send({ amount: 2 ** 31, reason: 'too much' }),
          'amount',
        ],
      ] as const) {
        const response = await refusedWithoutChange(send);
        expect(response.status).toBe(400);
        expect(response.body.details?.map((d: { field: string }) => d.field)).toContain(field);
      }
    });
  });

  describe('emails the mailer would refuse', () => {
    const quoted = '"amina el idrissi"@example.ma';

    it.each(['cod', 'card'])(
      'refuses a quoted local part at %s checkout with 400, stock untouched',
      async (paymentMethod) => {
        const buyer = await openCart(t);
        await addToCart(t, buyer, productId, 1).expect(201);
        const stockBefore = (
          await t.dataSource.getRepository(ProductEntity).findOneByOrFail({
            id: productId,
          })
        ).stock;
        const response = await refusedWithoutChange(() =>
          checkoutAs(buyer, { email: quoted, paymentMethod }),
        );
        expect(response.status).toBe(400);
        expect(response.body.details?.map((d: { field: string }) => d.field)).toContain('email');
        const product = await t.dataSource.getRepository(ProductEntity).findOneByOrFail({
          id: productId,
        });
        expect(product.stock).toBe(stockBefore);
      },
    );

    it('refuses the same address at registration', async () => {
      const response = await refusedWithoutChange(() =>
        request(t.http)
          .post('/api/auth/register')
          .send({ email: quoted, password: 'a long enough password', name: 'Amina' }),
      );
      expect(response.status).toBe(400);
      expect(response.body.details?.map((d: { field: string }) => d.field)).toContain('email');
    });
  });
});
