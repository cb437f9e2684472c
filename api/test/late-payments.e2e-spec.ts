import request from 'supertest';
import type Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../src/config/configuration';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderExpiryService } from '../src/modules/checkout/order-expiry.service';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { RefundEntity } from '../src/modules/payments/entities/refund.entity';
import { createStripe } from '../src/modules/payments/stripe.client';
import { signInAs, signInAsSeller, type SignedInUser } from './support/accounts';
import {
  addToCart,
  createPaymentsTestApp,
  eventually,
  FRENCH_ADDRESS,
  makeOrder,
  openCart,
  placeOrder,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct } from './support/factories';
import type { TestApp } from './support/test-app';

/**
 * A payment that arrives once its order is gone: the expiry sweep cancelled it while its
 * payment page was still being made (Stripe slow to answer), the page then opened, and the
 * buyer paid. The money goes back by itself, once; the stock stays with the catalogue.
 */
describe('payments that arrive after their order was cancelled', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let stripe: Stripe;
  let staff: SignedInUser;
  let sweeper: OrderExpiryService;

  beforeAll(async () => {
    env = await createPaymentsTestApp();
    t = env.t;
    stripe = createStripe(t.config);
    sweeper = t.app.get(OrderExpiryService);
    staff = await signInAs(t, 'chamber_staff');
  });

  afterAll(() => env.close());

  const stockOf = async (id: string) =>
    (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id })).stock;

  /** A card order whose payment page is made only after the sweep has cancelled the order. */
  async function orderCancelledBeforeItsPage(product: ProductEntity) {
    const buyer = await openCart(t);
    await addToCart(t, buyer, product.id).expect(201);
    // Stripe holds the session's creation until the sweep has run, then drops the connection;
    // the SDK sends it again (same idempotency key) and Stripe makes it.
    await env.stripe.fault({
      path: '/v1/checkout/sessions',
      when: 'before',
      fail: 'hang',
      ms: 15_000,
    });
    const checkout = placeOrder(t, buyer, { paymentMethod: 'card', shipping: FRENCH_ADDRESS }).then(
      (response) => response,
    );
    const cart = await eventually(
      () => t.dataSource.getRepository(CartEntity).findOneByOrFail({ id: buyer.cartId }),
      (row) => row.orderId !== null,
    );
    const orderId = cart.orderId as string;
    expect(await t.dataSource.getRepository(PaymentEntity).countBy({ orderId })).toBe(0);
    const swept = await sweeper.expireOverdue(new Date(Date.now() + 3 * 3600_000));
    expect(swept.cancelled).toContain(orderId);
    await env.stripe.clearFaults();
    const placed = await checkout;
    expect(placed.status).toBe(201);
    expect(placed.body.paymentUrl).toMatch(/\/pay\/cs_test_/);
    return { orderId, sessionId: (placed.body.paymentUrl as string).split('/pay/')[1] };
  }

  it('refunds it automatically, once, with its idempotency key, leaving the stock released', async () => {
    const potter = await signInAsSeller(t);
    const jar = await makeProduct(t.dataSource, potter.shop, { priceAmount: 60000, stock: 1 });
    const { orderId, sessionId } = await orderCancelledBeforeItsPage(jar);
    const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const [part] = await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId });
    expect(part.status).toBe('cancelled');
    expect(await stockOf(jar.id)).toBe(1);

    // The buyer pays; the webhook and the return page race to the same fulfilment.
    expect((await env.stripe.pay(sessionId)).status).toBe(200);
    const page = await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    expect(page.body.orderId).toBe(orderId);
    const [refund] = await eventually(
      () => t.dataSource.getRepository(RefundEntity).findBy({ orderId }),
      (rows) => rows.length === 1 && rows[0].status === 'succeeded',
    );
    await env.stripe.webhooksIdle();

    expect(refund).toMatchObject({
      subOrderId: part.id,
      amount: order.totalAmount,
      reason: 'late_payment',
      requestedBy: null,
      stripeRefundId: expect.stringMatching(/^re_/),
    });
    const payment = await t.dataSource.getRepository(PaymentEntity).findOneByOrFail({ orderId });
    const atStripe = await stripe.refunds.list({ payment_intent: payment.paymentIntentId! });
    expect(atStripe.data.map((re) => [re.id, re.amount, re.metadata?.refundId])).toEqual([
      [refund.stripeRefundId, order.totalAmount, refund.id],
    ]);
    const created = (await env.stripe.events()).find(
      (event) => event.type === 'refund.created' && event.data.object.id === refund.stripeRefundId,
    ) as unknown as { request: { idempotency_key: string } };
    expect(created.request.idempotency_key).toBe(`hirfa-refund-${refund.id}`);

    // Still cancelled, the stock not taken again, nothing credited to or taken from the seller.
    const after = await t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id: part.id });
    expect(after).toMatchObject({ status: 'cancelled', refundedAmount: order.totalAmount });
    expect(await stockOf(jar.id)).toBe(1);
    expect(
      await t.dataSource.getRepository(LedgerEntryEntity).countBy({ subOrderId: part.id }),
    ).toBe(0);

    // Every event again, the return page again, the reconciler: nothing more.
    for (const event of await env.stripe.events()) {
      const payload = JSON.stringify(event);
      await request(t.http)
        .post('/api/payments/stripe/webhook')
        .set('Content-Type', 'application/json')
        .set(
          'Stripe-Signature',
          stripe.webhooks.generateTestHeaderString({
            payload,
            secret: LOCAL_STRIPE_WEBHOOK_SECRET,
          }),
        )
        .send(payload)
        .expect(200);
    }
    await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    expect(await t.dataSource.getRepository(RefundEntity).countBy({ orderId })).toBe(1);
    expect(
      (await stripe.refunds.list({ payment_intent: payment.paymentIntentId! })).data,
    ).toHaveLength(1);

    // Staff see it: the part cancelled and refunded, and the refund with its reason.
    const detail = await request(t.http)
      .get(`/api/admin/orders/${orderId}`)
      .set(staff.headers)
      .expect(200);
    expect(detail.body.subOrders[0]).toMatchObject({
      status: 'cancelled',
      refunded: { amount: order.totalAmount, currency: 'MAD' },
    });
    const refunds = await request(t.http)
      .get(`/api/admin/orders/${orderId}/refunds`)
      .set(staff.headers)
      .expect(200);
    expect(refunds.body.refunds).toEqual([
      expect.objectContaining({
        id: refund.id,
        subOrderId: part.id,
        status: 'succeeded',
        reason: 'late_payment',
        amount: { amount: order.totalAmount, currency: 'MAD' },
      }),
    ]);
    const list = await request(t.http)
      .get(`/api/admin/orders?q=${order.number}`)
      .set(staff.headers)
      .expect(200);
    expect(list.body.items[0].subOrders[0]).toMatchObject({
      status: 'cancelled',
      refunded: { amount: order.totalAmount },
    });
  });

  it('shows refunds only to staff', async () => {
    const shopper = await signInAs(t, 'shopper');
    const seller = await signInAsSeller(t);
    const bowl = await makeProduct(t.dataSource, seller.shop, { stock: 1 });
    const order = { id: (await makeOrder(t, [{ productId: bowl.id }])).orderId };
    await request(t.http)
      .get(`/api/admin/orders/${order.id}/refunds`)
      .set(shopper.headers)
      .expect(403);
    await request(t.http).get(`/api/admin/orders/${order.id}/refunds`).expect(401);
    await request(t.http)
      .get('/api/admin/orders/00000000-0000-4000-8000-000000000000/refunds')
      .set(staff.headers)
      .expect(404);
  });
});
