import request from 'supertest';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { CartItemEntity } from '../src/modules/cart/entities/cart-item.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderExpiryService } from '../src/modules/checkout/order-expiry.service';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { OrderLineEntity } from '../src/modules/orders/entities/order-line.entity';
import { OrderStatusChangeEntity } from '../src/modules/orders/entities/order-status-change.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import type { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { findFreePort } from '../src/database/embedded-postgres';
import { signInAs } from './support/accounts';
import {
  addToCart,
  checkoutBody,
  FRENCH_ADDRESS,
  MOROCCAN_ADDRESS,
  openCart,
  placeOrder,
  type Buyer,
} from './support/buying';
import { makeMember, makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('checkout', () => {
  let t: TestApp;
  let potter: SellerEntity;
  let cooperative: SellerEntity;

  beforeAll(async () => {
    // Nothing listens on this port: card checkouts meet a payment service that is down.
    t = await createTestApp({ STRIPE_LOCAL_PORT: String(await findFreePort()) });
    potter = await makeSeller(t.dataSource, { name: 'Poterie Safi' });
    cooperative = await makeSeller(t.dataSource, {
      name: 'Coopérative Argane',
      kind: 'cooperative',
      craft: 'argan',
      province: 'essaouira',
    });
    await t.dataSource.query(
      `UPDATE sellers SET shipping_morocco_amount = 2000, shipping_international_amount = 15000 WHERE id = $1`,
      [cooperative.id],
    );
  });

  afterAll(() => t.close());

  const count = (entity: typeof OrderEntity | typeof SubOrderEntity | typeof PaymentEntity) =>
    t.dataSource.getRepository(entity).count();
  const stockOf = async (id: string) =>
    (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id })).stock;
  const cartOf = (id: string) => t.dataSource.getRepository(CartEntity).findOneByOrFail({ id });

  /** Orders, stock and carts, to check that a refusal changed nothing. */
  async function snapshot(productIds: string[], cartIds: string[]) {
    return {
      orders: await count(OrderEntity),
      subOrders: await count(SubOrderEntity),
      stock: await Promise.all(productIds.map(stockOf)),
      carts: await Promise.all(cartIds.map(cartOf)),
      items: await t.dataSource.getRepository(CartItemEntity).count(),
    };
  }

  it('places a cash order: one sub-order per seller, price snapshots, stock taken, cart closed', async () => {
    const fatima = await makeMember(t.dataSource, cooperative, 'Fatima Ait Ali');
    const tajine = await makeProduct(t.dataSource, potter, {
      titleFr: 'Tajine de Safi',
      priceAmount: 18000,
      stock: 4,
    });
    const oil = await makeProduct(t.dataSource, cooperative, {
      titleFr: 'Huile d’argan',
      priceAmount: 9550,
      stock: 10,
      madeByMemberId: fatima.id,
    });
    const buyer = await openCart(t);
    await addToCart(t, buyer, tajine.id, 2).expect(201);
    await addToCart(t, buyer, oil.id, 3).expect(201);
    // The price at checkout is the one paid, whatever the cart showed before.
    await t.dataSource.getRepository(ProductEntity).update(tajine.id, { priceAmount: 19000 });

    const response = await placeOrder(t, buyer, { email: 'Amina@Example.MA' }).expect(201);
    expect(response.body).toEqual({
      orderId: expect.any(String),
      orderNumber: expect.stringMatching(/^HRF-\d{4}-\d{6}$/),
      paymentMethod: 'cod',
      paymentUrl: null,
    });
    const order = await t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: response.body.orderId });
    expect(order).toMatchObject({
      email: 'amina@example.ma',
      paymentMethod: 'cod',
      shippingCountry: 'MA',
      itemsAmount: 2 * 19000 + 3 * 9550,
      shippingAmount: 3500 + 2000,
      totalAmount: 38000 + 28650 + 5500,
      paymentDueAt: null,
      cartId: buyer.cartId,
    });
    const subOrders = await t.dataSource
      .getRepository(SubOrderEntity)
      .find({ where: { orderId: order.id }, relations: { lines: true } });
    expect(subOrders).toHaveLength(2);
    const potterPart = subOrders.find((part) => part.sellerId === potter.id)!;
    const coopPart = subOrders.find((part) => part.sellerId === cooperative.id)!;
    expect(potterPart).toMatchObject({
      status: 'placed',
      itemsAmount: 38000,
      shippingAmount: 3500,
      totalAmount: 41500,
      commissionRateBps: 1000,
    });
    expect(potterPart.lines).toEqual([
      expect.objectContaining({
        productId: tajine.id,
        title: 'Tajine de Safi',
        unitPrice: 19000,
        quantity: 2,
        lineTotal: 38000,
        madeByMemberId: null,
      }),
    ]);
    expect(coopPart.lines).toEqual([
      expect.objectContaining({
        title: 'Huile d’argan',
        unitPrice: 9550,
        madeByMemberId: fatima.id,
      }),
    ]);
    const history = await t.dataSource
      .getRepository(OrderStatusChangeEntity)
      .findBy({ subOrderId: potterPart.id });
    expect(history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'placed', actorKind: 'shopper' }),
    ]);
    expect(await stockOf(tajine.id)).toBe(2);
    expect(await stockOf(oil.id)).toBe(7);
    expect((await cartOf(buyer.cartId)).orderId).toBe(order.id);
    // The buyer's confirmation is queued with the order (the sellers here have no owner).
    const emails = await t.dataSource.query(
      `SELECT recipient, template FROM outbox_emails WHERE payload->>'orderNumber' = $1`,
      [order.number],
    );
    expect(emails).toEqual([{ recipient: 'amina@example.ma', template: 'order-confirmation' }]);

    // The closed cart takes no more changes.
    await addToCart(t, buyer, tajine.id, 1).expect(404);
  });

  it('sells 5 pieces to exactly 5 of 20 buyers racing for them, three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const product = await makeProduct(t.dataSource, potter, { priceAmount: 5000, stock: 5 });
      const buyers: Buyer[] = [];
      for (let i = 0; i < 20; i++) {
        const buyer = await openCart(t);
        await addToCart(t, buyer, product.id, 1).expect(201);
        buyers.push(buyer);
      }
      const ordersBefore = await count(OrderEntity);
      const responses = await Promise.all(buyers.map((buyer) => placeOrder(t, buyer)));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      expect(statuses.filter((status) => status === 409)).toHaveLength(15);
      for (const refused of responses.filter((response) => response.status === 409)) {
        expect(refused.body.message).toMatch(/has just sold out; remove it from your cart/);
      }
      expect(await stockOf(product.id)).toBe(0);
      expect(await count(OrderEntity)).toBe(ordersBefore + 5);
      const carts = await Promise.all(buyers.map((buyer) => cartOf(buyer.cartId)));
      expect(carts.filter((cart) => cart.orderId !== null)).toHaveLength(5);
    }
  });

  describe('idempotency', () => {
    it('answers the same Idempotency-Key with the same order, never a second one', async () => {
      const product = await makeProduct(t.dataSource, potter, { stock: 5 });
      const buyer = await openCart(t);
      await addToCart(t, buyer, product.id, 1).expect(201);
      const key = { 'Idempotency-Key': 'checkout-7f3a9c2e' };
      const first = await placeOrder(t, buyer, {}, key).expect(201);
      const before = await count(OrderEntity);
      const again = await placeOrder(t, buyer, {}, key).expect(200);
      expect(again.body).toEqual(first.body);
      expect(await count(OrderEntity)).toBe(before);
      expect(await stockOf(product.id)).toBe(4);
    });

    it('answers a double submit of the same cart with the existing order, even at once', async () => {
      const product = await makeProduct(t.dataSource, potter, { stock: 5 });
      const buyer = await openCart(t);
      await addToCart(t, buyer, product.id, 2).expect(201);
      const before = await count(OrderEntity);
      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => placeOrder(t, buyer)));
      expect(responses.map((response) => response.status).sort()).toEqual([
        200, 200, 200, 200, 201,
      ]);
      expect(new Set(responses.map((response) => response.body.orderId)).size).toBe(1);
      expect(await count(OrderEntity)).toBe(before + 1);
      expect(await stockOf(product.id)).toBe(3);
      const later = await placeOrder(t, buyer, { paymentMethod: 'card', shipping: FRENCH_ADDRESS });
      expect(later.status).toBe(200);
      expect(later.body.orderId).toBe(responses[0].body.orderId);
    });

    it('refuses a malformed Idempotency-Key', async () => {
      const product = await makeProduct(t.dataSource, potter, { stock: 5 });
      const buyer = await openCart(t);
      await addToCart(t, buyer, product.id, 1).expect(201);
      const before = await snapshot([product.id], [buyer.cartId]);
      await placeOrder(t, buyer, {}, { 'Idempotency-Key': 'short' }).expect(400);
      await placeOrder(t, buyer, {}, { 'Idempotency-Key': 'has spaces in it' }).expect(400);
      expect(await snapshot([product.id], [buyer.cartId])).toEqual(before);
    });
  });

  describe('refusals change nothing', () => {
    let product: ProductEntity;
    let buyer: Buyer;
    beforeAll(async () => {
      product = await makeProduct(t.dataSource, potter, { stock: 3 });
      buyer = await openCart(t);
      await addToCart(t, buyer, product.id, 2).expect(201);
    });

    it('cash on delivery to an address abroad → 422', async () => {
      const before = await snapshot([product.id], [buyer.cartId]);
      const response = await placeOrder(t, buyer, {
        paymentMethod: 'cod',
        shipping: FRENCH_ADDRESS,
      }).expect(422);
      expect(response.body.message).toMatch(/only offered for addresses in Morocco/);
      expect(await snapshot([product.id], [buyer.cartId])).toEqual(before);
    });

    it.each([
      ['a price', { unitPrice: 1 }],
      ['a total', { total: { amount: 1, currency: 'MAD' } }],
      ['a currency', { currency: 'EUR' }],
      ['a shipping amount', { shipping: { ...MOROCCAN_ADDRESS, amount: 0 } }],
      ['no address', { shipping: undefined }],
      ['a lower-case country', { shipping: { ...MOROCCAN_ADDRESS, country: 'ma' } }],
      ['an unknown country', { shipping: { ...MOROCCAN_ADDRESS, country: 'XX' } }],
      ['a blank name', { shipping: { ...MOROCCAN_ADDRESS, name: '  ' } }],
      ['a bad phone', { shipping: { ...MOROCCAN_ADDRESS, phone: 'call me' } }],
      ['a bad email', { email: 'not-an-email' }],
      ['another payment method', { paymentMethod: 'paypal' }],
      ['a bad cart id', { cartId: 'cart-1' }],
    ])('%s → 400', async (_label, overrides) => {
      const before = await snapshot([product.id], [buyer.cartId]);
      await request(t.http)
        .post('/api/checkout')
        .set(buyer.headers)
        .send({ ...checkoutBody(buyer), ...overrides })
        .expect(400);
      expect(await snapshot([product.id], [buyer.cartId])).toEqual(before);
    });

    it('another buyer’s cart → 404', async () => {
      const stranger = await openCart(t);
      const shopper = await signInAs(t, 'shopper');
      const before = await snapshot([product.id], [buyer.cartId]);
      await placeOrder(t, { ...buyer, headers: stranger.headers }).expect(404);
      await placeOrder(t, { ...buyer, headers: shopper.headers }).expect(404);
      await placeOrder(t, { ...buyer, headers: {} }).expect(404);
      expect(await snapshot([product.id], [buyer.cartId])).toEqual(before);
    });

    it('an empty cart → 422', async () => {
      const empty = await openCart(t);
      const before = await snapshot([product.id], [empty.cartId]);
      const response = await placeOrder(t, empty).expect(422);
      expect(response.body.message).toBe('Your cart is empty');
      expect(await snapshot([product.id], [empty.cartId])).toEqual(before);
    });

    it('more than the stock left, or a product withdrawn → 409 naming it, all lines kept', async () => {
      const other = await makeProduct(t.dataSource, cooperative, {
        titleFr: 'Savon noir',
        stock: 5,
      });
      const mixed = await openCart(t);
      await addToCart(t, mixed, other.id, 1).expect(201);
      await addToCart(t, mixed, product.id, 2).expect(201);
      await t.dataSource.getRepository(ProductEntity).update(product.id, { stock: 1 });
      const before = await snapshot([product.id, other.id], [mixed.cartId]);
      const short = await placeOrder(t, mixed).expect(409);
      expect(short.body.message).toMatch(/^Only 1 of “.+” is left, and your cart has 2$/);
      await t.dataSource.getRepository(ProductEntity).update(product.id, { stock: 3 });
      await t.dataSource.getRepository(ProductEntity).update(other.id, { status: 'hidden' });
      const hiddenBefore = await snapshot([product.id, other.id], [mixed.cartId]);
      const hidden = await placeOrder(t, mixed).expect(409);
      expect(hidden.body.message).toMatch(/“Savon noir” is no longer for sale/);
      expect(await snapshot([product.id, other.id], [mixed.cartId])).toEqual(hiddenBefore);
      expect(before.stock[0]).toBe(1);
    });
  });

  it('keeps a card order pending when the payment service is down (503), with no second order', async () => {
    const product = await makeProduct(t.dataSource, potter, { stock: 2 });
    const buyer = await openCart(t);
    await addToCart(t, buyer, product.id, 1).expect(201);
    const first = await placeOrder(t, buyer, {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    }).expect(503);
    expect(first.body.message).toMatch(/order is saved .* Send the same request again/);
    const order = await t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ cartId: buyer.cartId });
    expect(order).toMatchObject({ paymentMethod: 'card', paidAt: null, shippingAmount: 25000 });
    expect(order.paymentDueAt!.getTime() - order.createdAt.getTime()).toBeGreaterThanOrEqual(
      30 * 60_000 - 1000,
    );
    const parts = await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId: order.id });
    expect(parts.map((part) => part.status)).toEqual(['pending_payment']);
    expect(await stockOf(product.id)).toBe(1);
    expect(await t.dataSource.getRepository(PaymentEntity).countBy({ orderId: order.id })).toBe(0);
    // No card order is announced before it is paid.
    const emails = await t.dataSource.query(
      `SELECT 1 FROM outbox_emails WHERE payload->>'orderNumber' = $1`,
      [order.number],
    );
    expect(emails).toEqual([]);

    const before = await count(OrderEntity);
    await placeOrder(t, buyer, { paymentMethod: 'card', shipping: FRENCH_ADDRESS }).expect(503);
    expect(await count(OrderEntity)).toBe(before);

    // Unpaid past its deadline, the order is cancelled and the piece goes back on sale.
    const sweeper = t.app.get(OrderExpiryService);
    const early = await sweeper.expireOverdue(new Date(order.paymentDueAt!.getTime() - 1000));
    expect(early.cancelled).not.toContain(order.id);
    const swept = await sweeper.expireOverdue(new Date(order.paymentDueAt!.getTime() + 1000));
    expect(swept.cancelled).toContain(order.id);
    const cancelled = await t.dataSource
      .getRepository(SubOrderEntity)
      .findBy({ orderId: order.id });
    expect(cancelled.map((part) => part.status)).toEqual(['cancelled']);
    expect(await stockOf(product.id)).toBe(2);
    const history = await t.dataSource
      .getRepository(OrderStatusChangeEntity)
      .find({ where: { subOrderId: cancelled[0].id }, order: { id: 'ASC' } });
    expect(history.map((change) => [change.fromStatus, change.toStatus, change.actorKind])).toEqual(
      [
        [null, 'pending_payment', 'shopper'],
        ['pending_payment', 'cancelled', 'system'],
      ],
    );
    // A second sweep finds nothing more to do.
    const again = await sweeper.expireOverdue(new Date(order.paymentDueAt!.getTime() + 60_000));
    expect(again.cancelled).not.toContain(order.id);
    expect(await stockOf(product.id)).toBe(2);
  });

  it('charges international shipping per seller for an address abroad', async () => {
    const a = await makeProduct(t.dataSource, potter, { priceAmount: 10000, stock: 1 });
    const b = await makeProduct(t.dataSource, cooperative, { priceAmount: 20000, stock: 1 });
    await placeOrder(t, await cartWith([a.id, b.id]), {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    }).expect(503);
    const order = await t.dataSource
      .getRepository(OrderEntity)
      .findOneOrFail({ where: { itemsAmount: 30000 }, order: { createdAt: 'DESC' } });
    expect(order).toMatchObject({ shippingAmount: 25000 + 15000, totalAmount: 70000 });
    const lines = await t.dataSource.getRepository(OrderLineEntity).count({
      where: { subOrder: { orderId: order.id } },
    });
    expect(lines).toBe(2);
  });

  async function cartWith(productIds: string[]): Promise<Buyer> {
    const buyer = await openCart(t);
    for (const id of productIds) await addToCart(t, buyer, id, 1).expect(201);
    return buyer;
  }
});
