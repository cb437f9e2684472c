import request from 'supertest';
import type { Cart, CheckoutTotalChangedError, Money } from '@hirfa/shared';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { CartItemEntity } from '../src/modules/cart/entities/cart-item.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { signInAsSeller, type SignedInSeller } from './support/accounts';
import {
  addToCart,
  checkoutBody,
  createPaymentsTestApp,
  FRENCH_ADDRESS,
  openCart,
  placeOrder,
  shownTotal,
  type Buyer,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct } from './support/factories';
import type { TestApp } from './support/test-app';

const MAD = (amount: number): Money => ({ amount, currency: 'MAD' });

describe('checkout: the price seen is the price charged', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let potter: SignedInSeller;

  beforeAll(async () => {
    // The real card path (local payment server); per-IP and per-email rate limits out of the way.
    env = await createPaymentsTestApp({
      RATE_LIMIT_CHECKOUT_PER_IP: '1000/1min',
      RATE_LIMIT_GUEST_CHECKOUT_PER_IP: '1000/1min',
      RATE_LIMIT_CHECKOUT_PER_EMAIL: '1000/1min',
      RATE_LIMIT_CART_PER_IP: '1000/1min',
    });
    t = env.t;
    potter = await signInAsSeller(t);
  });

  afterAll(() => env.close());

  const cartOf = (buyer: Buyer) =>
    request(t.http).get(`/api/carts/${buyer.cartId}`).set(buyer.headers).expect(200);

  /** Everything a checkout could have changed, read back from the database. */
  async function snapshot(productIds: string[], cartId: string) {
    const products = await t.dataSource
      .getRepository(ProductEntity)
      .find({ where: productIds.map((id) => ({ id })), order: { id: 'ASC' } });
    const [{ emails }]: { emails: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS emails FROM outbox_emails`,
    );
    return {
      orders: await t.dataSource.getRepository(OrderEntity).count(),
      subOrders: await t.dataSource.getRepository(SubOrderEntity).count(),
      payments: await t.dataSource.getRepository(PaymentEntity).count(),
      stock: products.map((product) => [product.id, product.stock]),
      cart: await t.dataSource.getRepository(CartEntity).findOneByOrFail({ id: cartId }),
      items: await t.dataSource
        .getRepository(CartItemEntity)
        .find({ where: { cartId }, order: { id: 'ASC' } }),
      emails,
      sessions: (await env.stripe.events()).length,
    };
  }

  async function cartWith(lines: { productId: string; quantity?: number }[]): Promise<Buyer> {
    const buyer = await openCart(t);
    for (const line of lines) await addToCart(t, buyer, line.productId, line.quantity).expect(201);
    return buyer;
  }

  it('a seller raises a price from 50 to 1 000 000 MAD while it is in a cart: 409, nothing changes; the new total once confirmed is ordered', async () => {
    const vase = await makeProduct(t.dataSource, potter.shop, {
      titleFr: 'Vase de Safi',
      priceAmount: 5000,
      stock: 3,
    });
    const buyer = await cartWith([{ productId: vase.id }]);
    const seen = (await cartOf(buyer)).body as Cart;
    expect(seen.totals.morocco.total).toEqual(MAD(5000 + 3500));

    await request(t.http)
      .patch(`/api/seller/products/${vase.id}`)
      .set(potter.headers)
      .send({ price: { amount: 100_000_000, currency: 'MAD' } })
      .expect(200);

    const before = await snapshot([vase.id], buyer.cartId);
    const refused = await placeOrder(t, buyer, { expectedTotal: seen.totals.morocco.total });
    expect(refused.status).toBe(409);
    const body = refused.body as CheckoutTotalChangedError;
    expect(body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      code: 'checkout.total_changed',
      message: expect.stringMatching(/total has changed/),
    });
    // The cart exactly as GET /api/carts/:id shows it now, and what changed in it.
    expect(body.cart).toEqual((await cartOf(buyer)).body);
    expect(body.changes).toEqual({
      expectedTotal: MAD(8500),
      total: MAD(100_003_500),
      lines: [
        {
          lineId: seen.lines[0].id,
          productId: vase.id,
          title: 'Vase de Safi',
          quantity: 1,
          price: { old: MAD(5000), new: MAD(100_000_000) },
          availability: null,
        },
      ],
      shipping: null,
    });
    // No order, no stock taken, no payment, no email: the cart is as it was.
    expect(await snapshot([vase.id], buyer.cartId)).toEqual(before);

    // The shopper confirms the new total: the order is placed at that total.
    const placed = await placeOrder(t, buyer, { expectedTotal: body.changes.total }).expect(201);
    const order = await t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: placed.body.orderId });
    expect(order).toMatchObject({
      itemsAmount: 100_000_000,
      shippingAmount: 3500,
      totalAmount: 100_003_500,
    });
    expect(
      (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id: vase.id })).stock,
    ).toBe(2);
  });

  it('a lower price is a change too: the shopper confirms before being charged less', async () => {
    const bowl = await makeProduct(t.dataSource, potter.shop, { priceAmount: 12000, stock: 5 });
    const buyer = await cartWith([{ productId: bowl.id, quantity: 2 }]);
    const seen = await shownTotal(t, buyer);
    await t.dataSource.getRepository(ProductEntity).update(bowl.id, { priceAmount: 10000 });
    const before = await snapshot([bowl.id], buyer.cartId);
    const refused = await placeOrder(t, buyer, { expectedTotal: seen! }).expect(409);
    expect(refused.body.changes.lines[0].price).toEqual({ old: MAD(12000), new: MAD(10000) });
    expect(refused.body.changes.total).toEqual(MAD(20000 + 3500));
    expect(await snapshot([bowl.id], buyer.cartId)).toEqual(before);
  });

  it('a shipping rate that changed: 409 with the old and new shipping for this address', async () => {
    const seller = await signInAsSeller(t, { province: 'essaouira' });
    const box = await makeProduct(t.dataSource, seller.shop, { priceAmount: 30000, stock: 5 });
    const buyer = await cartWith([{ productId: box.id }]);
    const seen = await shownTotal(t, buyer, 'FR');
    expect(seen).toEqual(MAD(30000 + 25000));
    await request(t.http)
      .patch('/api/seller/shop/shipping')
      .set(seller.headers)
      .send({ internationalAmount: 40000 })
      .expect(200);
    const before = await snapshot([box.id], buyer.cartId);
    const refused = await placeOrder(t, buyer, {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
      expectedTotal: seen!,
    }).expect(409);
    expect(refused.body.changes).toEqual({
      expectedTotal: MAD(55000),
      total: MAD(70000),
      lines: [],
      shipping: { old: MAD(25000), new: MAD(40000) },
    });
    // The card path is refused before any Checkout Session is opened.
    expect(await snapshot([box.id], buyer.cartId)).toEqual(before);

    const placed = await placeOrder(t, buyer, {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
      expectedTotal: MAD(70000),
    }).expect(201);
    expect(placed.body.paymentUrl).toEqual(expect.any(String));
    const payment = await t.dataSource
      .getRepository(PaymentEntity)
      .findOneByOrFail({ orderId: placed.body.orderId });
    expect(payment.amount).toBe(70000);
  });

  it('stock that ran short or a piece withdrawn: 409 naming the line, nothing reserved', async () => {
    const plate = await makeProduct(t.dataSource, potter.shop, {
      titleFr: 'Plat',
      priceAmount: 8000,
      stock: 4,
    });
    const lamp = await makeProduct(t.dataSource, potter.shop, {
      titleFr: 'Lampe',
      priceAmount: 6000,
      stock: 4,
    });
    const buyer = await cartWith([
      { productId: plate.id, quantity: 3 },
      { productId: lamp.id, quantity: 1 },
    ]);
    const seen = await shownTotal(t, buyer);
    await t.dataSource.getRepository(ProductEntity).update(plate.id, { stock: 1 });
    const before = await snapshot([plate.id, lamp.id], buyer.cartId);
    const short = await placeOrder(t, buyer, { expectedTotal: seen! }).expect(409);
    expect(short.body.code).toBe('checkout.total_changed');
    expect(short.body.message).toMatch(/^Only 1 of “Plat” is left, and your cart has 3$/);
    expect(short.body.cart.readyForCheckout).toBe(false);
    expect(short.body.changes.lines).toEqual([
      expect.objectContaining({
        title: 'Plat',
        quantity: 3,
        price: null,
        availability: { problem: 'insufficient_stock', available: 1 },
      }),
    ]);
    expect(await snapshot([plate.id, lamp.id], buyer.cartId)).toEqual(before);

    await t.dataSource.getRepository(ProductEntity).update(plate.id, { stock: 4 });
    await t.dataSource.getRepository(ProductEntity).update(lamp.id, { status: 'hidden' });
    const withdrawnBefore = await snapshot([plate.id, lamp.id], buyer.cartId);
    const withdrawn = await placeOrder(t, buyer, { expectedTotal: seen! }).expect(409);
    expect(withdrawn.body.changes.lines).toEqual([
      expect.objectContaining({
        title: 'Lampe',
        availability: { problem: 'unavailable', available: 0 },
      }),
    ]);
    expect(await snapshot([plate.id, lamp.id], buyer.cartId)).toEqual(withdrawnBefore);
  });

  it('a retry with the same Idempotency-Key returns the same order, even after a price change', async () => {
    const cup = await makeProduct(t.dataSource, potter.shop, { priceAmount: 4000, stock: 5 });
    const buyer = await cartWith([{ productId: cup.id }]);
    const seen = await shownTotal(t, buyer);
    const key = { 'Idempotency-Key': 'total-replay-5d1e' };
    const first = await placeOrder(t, buyer, { expectedTotal: seen! }, key).expect(201);
    await t.dataSource.getRepository(ProductEntity).update(cup.id, { priceAmount: 9000 });
    const orders = await t.dataSource.getRepository(OrderEntity).count();
    const again = await placeOrder(t, buyer, { expectedTotal: seen! }, key).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await t.dataSource.getRepository(OrderEntity).count()).toBe(orders);
  });

  it.each([
    ['no expected total', { expectedTotal: undefined }],
    ['another currency', { expectedTotal: { amount: 8500, currency: 'EUR' } }],
    ['a fraction of a centime', { expectedTotal: { amount: 85.5, currency: 'MAD' } }],
    ['a negative total', { expectedTotal: { amount: -1, currency: 'MAD' } }],
    ['a total as text', { expectedTotal: { amount: '8500', currency: 'MAD' } }],
  ])('%s → 400, nothing changed', async (_label, overrides) => {
    const pot = await makeProduct(t.dataSource, potter.shop, { priceAmount: 5000, stock: 2 });
    const buyer = await cartWith([{ productId: pot.id }]);
    const before = await snapshot([pot.id], buyer.cartId);
    const response = await request(t.http)
      .post('/api/checkout')
      .set(buyer.headers)
      .send({ ...checkoutBody(buyer), ...overrides })
      .expect(400);
    expect(response.body.details).toEqual([
      { field: expect.stringMatching(/^expectedTotal/), messages: expect.any(Array) },
    ]);
    expect(await snapshot([pot.id], buyer.cartId)).toEqual(before);
  });
});
