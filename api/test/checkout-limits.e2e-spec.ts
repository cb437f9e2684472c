import request from 'supertest';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { signInAs, signInAsSeller, type SignedInSeller } from './support/accounts';
import { addToCart, FRENCH_ADDRESS, openCart, placeOrder, type Buyer } from './support/buying';
import { makeProduct } from './support/factories';
import { findFreePort } from '../src/database/embedded-postgres';
import { createTestApp, type TestApp } from './support/test-app';

/** Per-IP and per-email rate limits are tested on their own; here they stay out of the way. */
const NO_RATE_LIMITS = {
  RATE_LIMIT_CHECKOUT_PER_IP: '1000/1min',
  RATE_LIMIT_GUEST_CHECKOUT_PER_IP: '1000/1min',
  RATE_LIMIT_CHECKOUT_PER_EMAIL: '1000/1min',
  RATE_LIMIT_CART_PER_IP: '1000/1min',
};

describe('checkout: what one buyer may hold unpaid or unconfirmed', () => {
  let t: TestApp;
  let potter: SignedInSeller;

  beforeAll(async () => {
    // Nothing listens on this port: card orders stay unpaid (503 once saved), which is enough here.
    t = await createTestApp({ ...NO_RATE_LIMITS, STRIPE_LOCAL_PORT: String(await findFreePort()) });
    potter = await signInAsSeller(t);
  });

  afterAll(() => t.close());

  const piece = (stock = 50) =>
    makeProduct(t.dataSource, potter.shop, { titleFr: 'Bol', priceAmount: 5000, stock });

  async function cartWith(productId: string, quantity = 1, headers = {}): Promise<Buyer> {
    const buyer = await openCart(t, headers);
    await addToCart(t, buyer, productId, quantity).expect(201);
    return buyer;
  }

  async function snapshot(productIds: string[], cartIds: string[]) {
    const [{ emails }]: { emails: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS emails FROM outbox_emails`,
    );
    const products = await t.dataSource
      .getRepository(ProductEntity)
      .find({ where: productIds.map((id) => ({ id })), order: { id: 'ASC' } });
    return {
      orders: await t.dataSource.getRepository(OrderEntity).count(),
      subOrders: await t.dataSource.getRepository(SubOrderEntity).count(),
      payments: await t.dataSource.getRepository(PaymentEntity).count(),
      stock: products.map((product) => product.stock),
      carts: await t.dataSource
        .getRepository(CartEntity)
        .find({ where: cartIds.map((id) => ({ id })), order: { id: 'ASC' } }),
      emails,
    };
  }

  it('a guest (email and IP) holds at most 3 open orders: the 4th is 429 with Retry-After, nothing changed', async () => {
    const bowl = await piece();
    const email = { email: 'hoarder@example.ma' };
    for (let i = 0; i < 3; i++) {
      await placeOrder(t, await cartWith(bowl.id), email).expect(201);
    }
    const fourth = await cartWith(bowl.id);
    const before = await snapshot([bowl.id], [fourth.cartId]);
    const refused = await placeOrder(t, fourth, email).expect(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'checkout.too_many_open_orders',
      message: expect.stringMatching(/3 orders waiting for payment or confirmation/),
      limit: 3,
      open: 3,
    });
    // Cash orders have no deadline: try again in an hour.
    expect(refused.headers['retry-after']).toBe('3600');
    expect(await snapshot([bowl.id], [fourth.cartId])).toEqual(before);

    // Upper case is the same address; another address is another buyer.
    await placeOrder(t, fourth, { email: 'HOARDER@example.ma' }).expect(429);
    await placeOrder(t, fourth, { email: 'neighbour@example.ma' }).expect(201);
  });

  it('an order the seller has confirmed no longer counts', async () => {
    const bowl = await piece();
    const email = { email: 'regular@example.ma' };
    const first = await placeOrder(t, await cartWith(bowl.id), email).expect(201);
    for (let i = 0; i < 2; i++) await placeOrder(t, await cartWith(bowl.id), email).expect(201);
    const next = await cartWith(bowl.id);
    await placeOrder(t, next, email).expect(429);
    const part = await t.dataSource
      .getRepository(SubOrderEntity)
      .findOneByOrFail({ orderId: first.body.orderId });
    await request(t.http)
      .post(`/api/seller/orders/${part.id}/confirm`)
      .set(potter.headers)
      .expect(200);
    await placeOrder(t, next, email).expect(201);
  });

  it('unpaid card orders count, and Retry-After is the time until the first one lapses', async () => {
    const bowl = await piece();
    const email = { email: 'card.holder@example.ma' };
    const card = { ...email, paymentMethod: 'card' as const, shipping: FRENCH_ADDRESS };
    // The payment page cannot open (503), but each order is saved, unpaid, holding its stock.
    for (let i = 0; i < 3; i++) await placeOrder(t, await cartWith(bowl.id), card).expect(503);
    const refused = await placeOrder(t, await cartWith(bowl.id), card).expect(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(25 * 60);
    expect(retryAfter).toBeLessThanOrEqual(30 * 60);
    // A cash order of the same buyer is refused as well: both kinds hold stock.
    await placeOrder(t, await cartWith(bowl.id), email).expect(429);
  });

  it('a signed-in buyer is counted by account, whatever email each order goes to', async () => {
    const bowl = await piece();
    const shopper = await signInAs(t, 'shopper');
    for (let i = 0; i < 3; i++) {
      await placeOrder(t, await cartWith(bowl.id, 1, shopper.headers), {
        email: `gift-${i}@example.ma`,
      }).expect(201);
    }
    const fourth = await cartWith(bowl.id, 1, shopper.headers);
    const before = await snapshot([bowl.id], [fourth.cartId]);
    await placeOrder(t, fourth, { email: 'gift-3@example.ma' }).expect(429);
    expect(await snapshot([bowl.id], [fourth.cartId])).toEqual(before);
  });

  it('at most 5 units of one product across the cart and the open orders: 409 naming it, nothing changed', async () => {
    const tagine = await makeProduct(t.dataSource, potter.shop, {
      titleFr: 'Tajine',
      priceAmount: 15000,
      stock: 50,
    });
    const email = { email: 'collector@example.ma' };
    await placeOrder(t, await cartWith(tagine.id, 3), email).expect(201);
    const more = await cartWith(tagine.id, 3);
    const before = await snapshot([tagine.id], [more.cartId]);
    const refused = await placeOrder(t, more, email).expect(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'checkout.quantity_limit',
      message: expect.stringMatching(/at most 5 of one piece.*“Tajine”/),
      limit: 5,
      products: [{ productId: tagine.id, title: 'Tajine', inCart: 3, inOpenOrders: 3 }],
    });
    expect(await snapshot([tagine.id], [more.cartId])).toEqual(before);

    // 3 + 2 is within the limit; one cart alone is held to it too.
    await request(t.http)
      .patch(`/api/carts/${more.cartId}/items/${(await cartLine(more)).id}`)
      .set(more.headers)
      .send({ quantity: 2 })
      .expect(200);
    await placeOrder(t, more, email).expect(201);
    const alone = await cartWith(tagine.id, 6);
    await placeOrder(t, alone, { email: 'other.collector@example.ma' }).expect(409);
  });

  it('6 checkouts of one buyer at once, limit 3: exactly 3 orders', async () => {
    const bowl = await piece(20);
    const buyers: Buyer[] = [];
    for (let i = 0; i < 6; i++) buyers.push(await cartWith(bowl.id));
    const email = { email: 'racer@example.ma' };
    const responses = await Promise.all(buyers.map((buyer) => placeOrder(t, buyer, email)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    const [{ orders }]: { orders: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS orders FROM orders WHERE email = 'racer@example.ma'`,
    );
    expect(orders).toBe(3);
    expect(
      (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id: bowl.id })).stock,
    ).toBe(17);
  });

  it('3 checkouts of 2 units of one product at once, limit 5: exactly 2 orders', async () => {
    const jar = await piece(20);
    const buyers: Buyer[] = [];
    for (let i = 0; i < 3; i++) buyers.push(await cartWith(jar.id, 2));
    const email = { email: 'bulk@example.ma' };
    const responses = await Promise.all(buyers.map((buyer) => placeOrder(t, buyer, email)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 409]);
    expect(
      (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id: jar.id })).stock,
    ).toBe(16);
  });

  async function cartLine(buyer: Buyer): Promise<{ id: string }> {
    const cart = await request(t.http)
      .get(`/api/carts/${buyer.cartId}`)
      .set(buyer.headers)
      .expect(200);
    return cart.body.lines[0];
  }
});

describe('checkout: the holding limits are settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      ...NO_RATE_LIMITS,
      MAX_OPEN_ORDERS_PER_BUYER: '1',
      MAX_UNITS_PER_PRODUCT_PER_BUYER: '2',
    });
  });

  afterAll(() => t.close());

  it('MAX_OPEN_ORDERS_PER_BUYER=1 and MAX_UNITS_PER_PRODUCT_PER_BUYER=2 are applied', async () => {
    const seller = await signInAsSeller(t);
    const bowl = await makeProduct(t.dataSource, seller.shop, { stock: 10 });
    const email = { email: 'one.at.a.time@example.ma' };
    const tooMany = await openCart(t);
    await addToCart(t, tooMany, bowl.id, 3).expect(201);
    const units = await placeOrder(t, tooMany, email).expect(409);
    expect(units.body).toMatchObject({ code: 'checkout.quantity_limit', limit: 2 });
    const first = await openCart(t);
    await addToCart(t, first, bowl.id, 2).expect(201);
    await placeOrder(t, first, email).expect(201);
    const second = await openCart(t);
    await addToCart(t, second, bowl.id, 1).expect(201);
    const refused = await placeOrder(t, second, email).expect(429);
    expect(refused.body).toMatchObject({ limit: 1, open: 1 });
  });
});
