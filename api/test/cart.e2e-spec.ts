import request from 'supertest';
import { createHash } from 'node:crypto';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { CartItemEntity } from '../src/modules/cart/entities/cart-item.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { BEARER_TRANSPORT, signInAs, signInAsSeller, TEST_PASSWORD } from './support/accounts';
import { addToCart, openCart, type Buyer } from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('carts', () => {
  let t: TestApp;
  let seller: SellerEntity;
  let otherSeller: SellerEntity;
  let vase: ProductEntity;
  let plate: ProductEntity;
  let rug: ProductEntity;

  beforeAll(async () => {
    t = await createTestApp();
    seller = await makeSeller(t.dataSource, { name: 'Poterie Safi' });
    otherSeller = await makeSeller(t.dataSource, { name: 'Tapis Chichaoua', craft: 'weaving' });
    await t.dataSource.query(
      `UPDATE sellers SET shipping_morocco_amount = 3000, shipping_international_amount = 20000 WHERE id = $1`,
      [otherSeller.id],
    );
    vase = await makeProduct(t.dataSource, seller, {
      titleFr: 'Vase émaillé',
      titleEn: 'Glazed vase',
      priceAmount: 45000,
      stock: 3,
    });
    plate = await makeProduct(t.dataSource, seller, { priceAmount: 12050, stock: 10 });
    rug = await makeProduct(t.dataSource, otherSeller, { priceAmount: 250000, stock: 1 });
  });

  afterAll(() => t.close());

  const itemRows = (cartId: string) =>
    t.dataSource.getRepository(CartItemEntity).find({ where: { cartId }, order: { id: 'ASC' } });

  it('gives a guest a cart behind an httpOnly cookie and keeps only the token’s hash', async () => {
    const response = await request(t.http).post('/api/carts').expect(201);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('hirfa_cart='),
    );
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = decodeURIComponent(cookie!.split(';')[0].slice('hirfa_cart='.length));
    const cart = await t.dataSource
      .getRepository(CartEntity)
      .findOneByOrFail({ id: response.body.id });
    expect(cart.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(cart.tokenHash).not.toContain(token);

    const again = await request(t.http)
      .post('/api/carts')
      .set('Cookie', cookie!.split(';')[0])
      .expect(200);
    expect(again.body.id).toBe(response.body.id);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('prices lines from the catalogue, groups them per seller with shipping, and totals them', async () => {
    const buyer = await openCart(t);
    await addToCart(t, buyer, vase.id, 1).expect(201);
    await addToCart(t, buyer, plate.id, 2).expect(201);
    const added = await addToCart(t, buyer, rug.id, 1).expect(201);
    // Adding a product already in the cart adds to its quantity.
    const cart = (await addToCart(t, buyer, vase.id, 1).expect(201)).body;
    expect(added.body.lines).toHaveLength(3);

    expect(cart.lines).toHaveLength(3);
    const vaseLine = cart.lines.find(
      (line: { product: { id: string } }) => line.product.id === vase.id,
    );
    expect(vaseLine).toMatchObject({
      quantity: 2,
      unitPrice: { amount: 45000, currency: 'MAD' },
      lineTotal: { amount: 90000, currency: 'MAD' },
      availability: { stock: 3, available: true, problem: null },
      product: {
        slug: vase.slug,
        title: 'Vase émaillé',
        language: 'fr',
        seller: { slug: seller.slug, name: 'Poterie Safi', kind: 'artisan' },
      },
    });
    expect(vaseLine.product.thumbUrl).toMatch(/-400\.webp$/);
    expect(cart.groups).toHaveLength(2);
    const [potter, weaver] = cart.groups;
    expect(potter).toMatchObject({
      seller: { slug: seller.slug },
      subtotal: { amount: 90000 + 24100 },
      shipping: { morocco: { amount: 3500 }, international: { amount: 25000 } },
    });
    expect(weaver).toMatchObject({
      subtotal: { amount: 250000 },
      shipping: { morocco: { amount: 3000 }, international: { amount: 20000 } },
    });
    expect(cart.subtotal).toEqual({ amount: 364100, currency: 'MAD' });
    expect(cart.totals).toEqual({
      morocco: {
        shipping: { amount: 6500, currency: 'MAD' },
        total: { amount: 370600, currency: 'MAD' },
      },
      international: {
        shipping: { amount: 45000, currency: 'MAD' },
        total: { amount: 409100, currency: 'MAD' },
      },
    });
    expect(cart.itemCount).toBe(5);
    expect(cart.readyForCheckout).toBe(true);

    const english = await request(t.http)
      .get(`/api/carts/${buyer.cartId}?lang=en`)
      .set(buyer.headers)
      .expect(200);
    expect(english.body.lines[0].product).toMatchObject({ title: 'Glazed vase', language: 'en' });
  });

  it('always shows today’s price and availability, never a stored one', async () => {
    const product = await makeProduct(t.dataSource, seller, { priceAmount: 10000, stock: 2 });
    const buyer = await openCart(t);
    await addToCart(t, buyer, product.id, 2).expect(201);
    await t.dataSource
      .getRepository(ProductEntity)
      .update(product.id, { priceAmount: 11000, stock: 1 });
    const cart = (
      await request(t.http).get(`/api/carts/${buyer.cartId}`).set(buyer.headers).expect(200)
    ).body;
    expect(cart.lines[0]).toMatchObject({
      unitPrice: { amount: 11000 },
      lineTotal: { amount: 22000 },
      availability: { stock: 1, available: false, problem: 'insufficient_stock' },
    });
    expect(cart.readyForCheckout).toBe(false);
    await t.dataSource.getRepository(ProductEntity).update(product.id, { status: 'hidden' });
    const hidden = (
      await request(t.http).get(`/api/carts/${buyer.cartId}`).set(buyer.headers).expect(200)
    ).body;
    expect(hidden.lines[0].availability).toMatchObject({
      available: false,
      problem: 'unavailable',
    });
  });

  describe('refuses bad quantities and client prices, changing nothing', () => {
    let buyer: Buyer;
    beforeAll(async () => {
      buyer = await openCart(t);
      await addToCart(t, buyer, plate.id, 1).expect(201);
    });

    it.each([0, -1, 1.5, '2', 1e9, null])('quantity %p → 400', async (quantity) => {
      const before = await itemRows(buyer.cartId);
      const response = await request(t.http)
        .post(`/api/carts/${buyer.cartId}/items`)
        .set(buyer.headers)
        .send({ productId: vase.id, quantity })
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const line = (await itemRows(buyer.cartId))[0];
      await request(t.http)
        .patch(`/api/carts/${buyer.cartId}/items/${line.id}`)
        .set(buyer.headers)
        .send({ quantity })
        .expect(400);
      expect(await itemRows(buyer.cartId)).toEqual(before);
    });

    it.each([
      { unitPrice: { amount: 1, currency: 'MAD' } },
      { price: 1 },
      { total: 1 },
      { currency: 'EUR' },
    ])('a client-sent %p → 400', async (extra) => {
      const before = await itemRows(buyer.cartId);
      const response = await request(t.http)
        .post(`/api/carts/${buyer.cartId}/items`)
        .set(buyer.headers)
        .send({ productId: vase.id, quantity: 1, ...extra })
        .expect(400);
      expect(response.body.message).toMatch(/should not exist/);
      expect(await itemRows(buyer.cartId)).toEqual(before);
    });

    it('more than the stock → 409 with a clear message', async () => {
      const before = await itemRows(buyer.cartId);
      const response = await addToCart(t, buyer, plate.id, 10).expect(409);
      expect(response.body.message).toMatch(/Only 10 .* are left and your cart already has 1/);
      const line = before[0];
      const patched = await request(t.http)
        .patch(`/api/carts/${buyer.cartId}/items/${line.id}`)
        .set(buyer.headers)
        .send({ quantity: 11 })
        .expect(409);
      expect(patched.body.message).toMatch(/Only 10/);
      await addToCart(t, buyer, rug.id, 2).expect(409);
      expect(await itemRows(buyer.cartId)).toEqual(before);
    });

    it('a product not for sale → 404', async () => {
      const draft = await makeProduct(t.dataSource, seller, { status: 'draft' });
      const before = await itemRows(buyer.cartId);
      await addToCart(t, buyer, draft.id, 1).expect(404);
      await addToCart(t, buyer, '00000000-0000-4000-8000-000000000000', 1).expect(404);
      expect(await itemRows(buyer.cartId)).toEqual(before);
    });
  });

  it('changes and removes lines', async () => {
    const buyer = await openCart(t);
    const cart = (await addToCart(t, buyer, plate.id, 1).expect(201)).body;
    const lineId = cart.lines[0].id;
    const changed = await request(t.http)
      .patch(`/api/carts/${buyer.cartId}/items/${lineId}`)
      .set(buyer.headers)
      .send({ quantity: 4 })
      .expect(200);
    expect(changed.body.lines[0]).toMatchObject({ quantity: 4, lineTotal: { amount: 48200 } });
    const removed = await request(t.http)
      .delete(`/api/carts/${buyer.cartId}/items/${lineId}`)
      .set(buyer.headers)
      .expect(200);
    expect(removed.body.lines).toEqual([]);
    expect(removed.body.readyForCheckout).toBe(false);
    await request(t.http)
      .delete(`/api/carts/${buyer.cartId}/items/${lineId}`)
      .set(buyer.headers)
      .expect(404);
  });

  it('is reachable only with its cookie or by its signed-in owner (else 404, nothing changed)', async () => {
    const owner = await openCart(t);
    await addToCart(t, owner, plate.id, 1).expect(201);
    const stranger = await openCart(t);
    const shopper = await signInAs(t, 'shopper');
    const before = await itemRows(owner.cartId);
    const lineId = before[0].id;
    for (const headers of [stranger.headers, {}, shopper.headers]) {
      await request(t.http).get(`/api/carts/${owner.cartId}`).set(headers).expect(404);
      await request(t.http)
        .post(`/api/carts/${owner.cartId}/items`)
        .set(headers)
        .send({ productId: vase.id, quantity: 1 })
        .expect(404);
      await request(t.http)
        .patch(`/api/carts/${owner.cartId}/items/${lineId}`)
        .set(headers)
        .send({ quantity: 2 })
        .expect(404);
      await request(t.http)
        .delete(`/api/carts/${owner.cartId}/items/${lineId}`)
        .set(headers)
        .expect(404);
    }
    await request(t.http)
      .get(`/api/carts/${owner.cartId}`)
      .set('Cookie', 'hirfa_cart=forged-token-that-is-long-enough-to-look-real')
      .expect(404);
    expect(await itemRows(owner.cartId)).toEqual(before);
    await request(t.http).get('/api/carts/not-a-uuid').set(owner.headers).expect(400);
  });

  it('keeps a signed-in user’s cart on the account, without a cookie', async () => {
    const shopper = await signInAs(t, 'shopper');
    const created = await request(t.http).post('/api/carts').set(shopper.headers).expect(201);
    expect(created.headers['set-cookie']).toBeUndefined();
    await request(t.http)
      .post(`/api/carts/${created.body.id}/items`)
      .set(shopper.headers)
      .send({ productId: plate.id, quantity: 1 })
      .expect(201);
    const again = await request(t.http).post('/api/carts').set(shopper.headers).expect(200);
    expect(again.body.id).toBe(created.body.id);
    expect(again.body.itemCount).toBe(1);
  });

  it('merges the guest cart into the account at sign-in', async () => {
    const shopper = await signInAs(t, 'shopper');
    const own = (await request(t.http).post('/api/carts').set(shopper.headers).expect(201)).body;
    await request(t.http)
      .post(`/api/carts/${own.id}/items`)
      .set(shopper.headers)
      .send({ productId: plate.id, quantity: 2 })
      .expect(201);
    const guest = await openCart(t);
    await addToCart(t, guest, plate.id, 1).expect(201);
    await addToCart(t, guest, vase.id, 1).expect(201);

    const login = await request(t.http)
      .post('/api/auth/login')
      .set({ ...guest.headers, ...BEARER_TRANSPORT })
      .send({ email: shopper.user.email, password: TEST_PASSWORD })
      .expect(200);
    const merged = await request(t.http)
      .get(`/api/carts/${own.id}`)
      .set({ Authorization: `Bearer ${login.body.token}` })
      .expect(200);
    const quantities = Object.fromEntries(
      merged.body.lines.map((line: { product: { id: string }; quantity: number }) => [
        line.product.id,
        line.quantity,
      ]),
    );
    expect(quantities).toEqual({ [plate.id]: 3, [vase.id]: 1 });
    expect(await t.dataSource.getRepository(CartEntity).existsBy({ id: guest.cartId })).toBe(false);
  });

  it('makes the guest cart the account’s cart when the account had none', async () => {
    const shopper = await signInAs(t, 'shopper');
    const guest = await openCart(t);
    await addToCart(t, guest, plate.id, 1).expect(201);
    const login = await request(t.http)
      .post('/api/auth/login')
      .set({ ...guest.headers, ...BEARER_TRANSPORT })
      .send({ email: shopper.user.email, password: TEST_PASSWORD })
      .expect(200);
    const cart = await t.dataSource.getRepository(CartEntity).findOneByOrFail({ id: guest.cartId });
    expect(cart).toMatchObject({ userId: shopper.user.id, tokenHash: null });
    const opened = await request(t.http)
      .post('/api/carts')
      .set({ Authorization: `Bearer ${login.body.token}` })
      .expect(200);
    expect(opened.body.id).toBe(guest.cartId);
  });

  describe('seller shipping rates', () => {
    it('are read and set for the caller’s own shop, and price the cart', async () => {
      const owner = await signInAsSeller(t);
      const product = await makeProduct(t.dataSource, owner.shop, { stock: 2 });
      const read = await request(t.http)
        .get('/api/seller/shop/shipping')
        .set(owner.headers)
        .expect(200);
      expect(read.body).toEqual({
        moroccoAmount: 3500,
        internationalAmount: 25000,
        currency: 'MAD',
      });
      const updated = await request(t.http)
        .patch('/api/seller/shop/shipping')
        .set(owner.headers)
        .send({ moroccoAmount: 0, internationalAmount: 18000 })
        .expect(200);
      expect(updated.body).toEqual({
        moroccoAmount: 0,
        internationalAmount: 18000,
        currency: 'MAD',
      });
      const buyer = await openCart(t);
      const cart = (await addToCart(t, buyer, product.id, 1).expect(201)).body;
      expect(cart.groups[0].shipping).toEqual({
        morocco: { amount: 0, currency: 'MAD' },
        international: { amount: 18000, currency: 'MAD' },
      });
    });

    it('refuses bad amounts and other roles, changing nothing', async () => {
      const owner = await signInAsSeller(t);
      const rates = () =>
        t.dataSource.query(
          'SELECT shipping_morocco_amount, shipping_international_amount FROM sellers WHERE id = $1',
          [owner.shop.id],
        );
      const before = await rates();
      for (const body of [
        { moroccoAmount: -1 },
        { moroccoAmount: 10.5 },
        { internationalAmount: '100' },
        { moroccoAmount: null },
        { moroccoAmount: 100, sellerId: otherSeller.id },
        { internationalAmount: 1_000_000_001 },
      ]) {
        await request(t.http)
          .patch('/api/seller/shop/shipping')
          .set(owner.headers)
          .send(body)
          .expect(400);
      }
      const shopper = await signInAs(t, 'shopper');
      await request(t.http)
        .patch('/api/seller/shop/shipping')
        .set(shopper.headers)
        .send({ moroccoAmount: 1 })
        .expect(403);
      await request(t.http)
        .patch('/api/seller/shop/shipping')
        .send({ moroccoAmount: 1 })
        .expect(401);
      expect(await rates()).toEqual(before);
    });
  });
});
