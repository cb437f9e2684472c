import request from 'supertest';
import type Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../src/config/configuration';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderExpiryService } from '../src/modules/checkout/order-expiry.service';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { StripeEventEntity } from '../src/modules/payments/entities/stripe-event.entity';
import { createStripe } from '../src/modules/payments/stripe.client';
import type { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import {
  createPaymentsTestApp,
  eventually,
  FRENCH_ADDRESS,
  makeOrder,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { DECLINED_CARD } from './support/stripe-local';
import { lockWaiters } from './support/locks';
import type { TestApp } from './support/test-app';

describe('card payments through Stripe', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let stripe: Stripe;
  let potter: SellerEntity;
  let weaver: SellerEntity;

  beforeAll(async () => {
    // 45 minutes: long enough for Stripe to take the deadline as the session's expiry.
    env = await createPaymentsTestApp({ PAYMENT_TIMEOUT_MINUTES: '45' });
    t = env.t;
    stripe = createStripe(t.config);
    potter = await makeSeller(t.dataSource, { name: 'Poterie Safi' });
    weaver = await makeSeller(t.dataSource, { name: 'Tapis Chichaoua', craft: 'weaving' });
  });

  afterAll(() => env.close());

  const sessionIdOf = (paymentUrl: string) => paymentUrl.split('/pay/')[1];
  const statusesOf = async (orderId: string) =>
    (
      await t.dataSource
        .getRepository(SubOrderEntity)
        .find({ where: { orderId }, order: { id: 'ASC' } })
    ).map((part) => part.status);
  const paymentOf = (orderId: string) =>
    t.dataSource.getRepository(PaymentEntity).findOneByOrFail({ orderId });
  const stockOf = async (id: string) =>
    (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id })).stock;
  const paidChanges = async (orderId: string) => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS n FROM order_status_changes c
         JOIN sub_orders s ON s.id = c.sub_order_id
        WHERE s.order_id = $1 AND c.to_status = 'paid'`,
      [orderId],
    );
    return rows[0].n;
  };
  const saleEntries = async (orderId: string) => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS n FROM ledger_entries e JOIN sub_orders s ON s.id = e.sub_order_id
        WHERE s.order_id = $1 AND e.kind = 'sale'`,
      [orderId],
    );
    return rows[0].n;
  };
  const confirmations = async (orderNumber: string) => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::integer AS n FROM outbox_emails
        WHERE template = 'order-confirmation' AND payload->>'orderNumber' = $1`,
      [orderNumber],
    );
    return rows[0].n;
  };

  async function cardOrder(products: ProductEntity[]) {
    const placed = await makeOrder(
      t,
      products.map((product) => ({ productId: product.id })),
      // Each order its own shopper: one buyer holds at most a few unpaid orders.
      { paymentMethod: 'card', shipping: FRENCH_ADDRESS },
    );
    expect(placed.paymentUrl).toMatch(/\/pay\/cs_test_/);
    return { ...placed, sessionId: sessionIdOf(placed.paymentUrl as string) };
  }

  function deliver(event: object, timestamp = Math.floor(Date.now() / 1000), secret?: string) {
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: secret ?? LOCAL_STRIPE_WEBHOOK_SECRET,
      timestamp,
    });
    return request(t.http)
      .post('/api/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(payload);
  }

  it('opens a Checkout Session in MAD from the order’s own prices, one shipping line per seller', async () => {
    const vase = await makeProduct(t.dataSource, potter, { titleFr: 'Vase', priceAmount: 45000 });
    const rug = await makeProduct(t.dataSource, weaver, { titleFr: 'Tapis', priceAmount: 250000 });
    const { orderId, sessionId } = await cardOrder([vase, rug]);
    const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const payment = await paymentOf(orderId);
    expect(payment).toMatchObject({
      checkoutSessionId: sessionId,
      amount: order.totalAmount,
      currency: 'MAD',
      status: 'open',
    });
    const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['line_items'] });
    expect(session).toMatchObject({
      currency: 'mad',
      amount_total: 45000 + 250000 + 2 * 25000,
      metadata: { orderId, orderNumber: order.number },
      client_reference_id: orderId,
      customer_email: order.email,
      success_url: `${t.config.publicUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${t.config.publicUrl}/checkout/cancel?order=${orderId}`,
      expires_at: Math.floor(order.paymentDueAt!.getTime() / 1000),
    });
    const items = session.line_items!.data.map((item) => [
      item.description,
      item.price?.unit_amount,
      item.quantity,
    ]);
    expect(items).toHaveLength(4);
    expect(items).toEqual(
      expect.arrayContaining([
        ['Vase', 45000, 1],
        ['Livraison · Poterie Safi', 25000, 1],
        ['Tapis', 250000, 1],
        ['Livraison · Tapis Chichaoua', 25000, 1],
      ]),
    );
  });

  it('marks the order paid once, from the webhook, with the ledger and the emails', async () => {
    const bowl = await makeProduct(t.dataSource, potter, { priceAmount: 30000, stock: 2 });
    const { orderId, orderNumber, sessionId } = await cardOrder([bowl]);
    const paid = await env.stripe.pay(sessionId);
    expect(paid.status).toBe(200);
    await eventually(
      () => statusesOf(orderId),
      (statuses) => statuses.every((s) => s === 'paid'),
    );
    await env.stripe.webhooksIdle();

    const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    expect(order.paidAt).not.toBeNull();
    const payment = await paymentOf(orderId);
    expect(payment.status).toBe('succeeded');
    expect(payment.paymentIntentId).toMatch(/^pi_/);
    const intent = await stripe.paymentIntents.retrieve(payment.paymentIntentId!);
    expect(intent.metadata).toMatchObject({ orderId });
    expect(await paidChanges(orderId)).toBe(1);
    expect(await saleEntries(orderId)).toBe(1);
    expect(await confirmations(orderNumber)).toBe(1);
    const change = await t.dataSource.query(
      `SELECT c.actor_kind FROM order_status_changes c JOIN sub_orders s ON s.id = c.sub_order_id
        WHERE s.order_id = $1 AND c.to_status = 'paid'`,
      [orderId],
    );
    expect(change).toEqual([{ actor_kind: 'payment' }]);

    // The success page runs the same fulfilment and finds nothing more to do.
    const success = await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    expect(success.body).toEqual({ orderId, orderNumber, paymentStatus: 'paid' });
    expect(await paidChanges(orderId)).toBe(1);
    expect(await saleEntries(orderId)).toBe(1);
    expect(await stockOf(bowl.id)).toBe(1);
  });

  it('lets the success page and the webhooks race to one single fulfilment', async () => {
    const cup = await makeProduct(t.dataSource, potter, { priceAmount: 8000, stock: 3 });
    const { orderId, orderNumber, sessionId } = await cardOrder([cup]);
    await env.stripe.pay(sessionId);
    const pages = await Promise.all(
      [1, 2, 3].map(() => request(t.http).get(`/api/checkout/sessions/${sessionId}`)),
    );
    expect(pages.map((page) => page.status)).toEqual([200, 200, 200]);
    expect(pages.map((page) => page.body.paymentStatus)).toEqual(['paid', 'paid', 'paid']);
    await env.stripe.webhooksIdle();
    expect(await paidChanges(orderId)).toBe(1);
    expect(await saleEntries(orderId)).toBe(1);
    expect(await confirmations(orderNumber)).toBe(1);
  });

  it('handles 5 concurrent deliveries of one event once', async () => {
    const plate = await makeProduct(t.dataSource, potter, { priceAmount: 12000, stock: 2 });
    const { orderId, orderNumber, sessionId } = await cardOrder([plate]);
    const payment = await paymentOf(orderId);
    // Hold the payment row so that Stripe's own delivery waits inside its transaction.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM payments WHERE id = $1 FOR UPDATE', [payment.id]);
    let deliveries: request.Response[];
    let eventId: string;
    try {
      await env.stripe.pay(sessionId);
      const completed = await eventually(
        () => env.stripe.events(),
        (events) =>
          events.some(
            (event) =>
              event.type === 'checkout.session.completed' && event.data.object.id === sessionId,
          ),
      );
      const event = completed.find(
        (e) => e.type === 'checkout.session.completed' && e.data.object.id === sessionId,
      )!;
      eventId = event.id;
      const pending = Promise.all([1, 2, 3, 4, 5].map(() => deliver(event)));
      // Stripe's own delivery and these five are all inside their transactions, waiting: the
      // one that stored the event id for the payment row, the others for that event id.
      await lockWaiters(t, 6);
      await holder.commitTransaction();
      deliveries = await pending;
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect(deliveries.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    await env.stripe.webhooksIdle();
    // The transaction that stored the event is the last one that wrote the order and its
    // payment: no other delivery paid them again.
    const [writers] = await t.dataSource.query(
      `SELECT (SELECT xmin::text FROM stripe_events WHERE id = $1) AS event,
              (SELECT xmin::text FROM orders WHERE id = $2) AS "order",
              (SELECT xmin::text FROM payments WHERE order_id = $2) AS payment`,
      [eventId, orderId],
    );
    expect(writers.event).toMatch(/^\d+$/);
    expect(writers).toEqual({ event: writers.event, order: writers.event, payment: writers.event });
    expect(await statusesOf(orderId)).toEqual(['paid']);
    expect(await paidChanges(orderId)).toBe(1);
    expect(await saleEntries(orderId)).toBe(1);
    expect(await confirmations(orderNumber)).toBe(1);
  });

  describe('events out of order act on Stripe’s current state, not on the payload', () => {
    it('a “completed” event for a session not yet paid changes nothing', async () => {
      const jug = await makeProduct(t.dataSource, potter, { priceAmount: 7000, stock: 2 });
      const { orderId, sessionId } = await cardOrder([jug]);
      const session = await stripe.checkout.sessions.retrieve(sessionId);
      await deliver({
        id: 'evt_test_early_completed',
        object: 'event',
        type: 'checkout.session.completed',
        data: { object: { ...session, status: 'complete', payment_status: 'paid' } },
      }).expect(200);
      expect(await statusesOf(orderId)).toEqual(['pending_payment']);
      expect((await paymentOf(orderId)).status).toBe('open');

      await env.stripe.pay(sessionId);
      await eventually(
        () => statusesOf(orderId),
        (statuses) => statuses[0] === 'paid',
      );
      await env.stripe.webhooksIdle();
    });

    it('a late “expired” event for a paid session cancels nothing', async () => {
      const lamp = await makeProduct(t.dataSource, potter, { priceAmount: 60000, stock: 1 });
      const { orderId, sessionId } = await cardOrder([lamp]);
      await env.stripe.pay(sessionId);
      await eventually(
        () => statusesOf(orderId),
        (statuses) => statuses[0] === 'paid',
      );
      const session = await stripe.checkout.sessions.retrieve(sessionId);
      await deliver({
        id: 'evt_test_late_expired',
        object: 'event',
        type: 'checkout.session.expired',
        data: { object: { ...session, status: 'expired', payment_status: 'unpaid' } },
      }).expect(200);
      await env.stripe.webhooksIdle();
      expect(await statusesOf(orderId)).toEqual(['paid']);
      expect(await stockOf(lamp.id)).toBe(0);
      expect((await paymentOf(orderId)).status).toBe('succeeded');
    });

    it('a declined card leaves the order waiting; a later payment settles it', async () => {
      const pot = await makeProduct(t.dataSource, potter, { priceAmount: 9000, stock: 1 });
      const { orderId, sessionId } = await cardOrder([pot]);
      const declined = await env.stripe.pay(sessionId, DECLINED_CARD);
      expect(declined.status).toBe(402);
      await env.stripe.webhooksIdle();
      expect(await statusesOf(orderId)).toEqual(['pending_payment']);
      const page = await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
      expect(page.body.paymentStatus).toBe('awaiting_payment');
      await env.stripe.pay(sessionId);
      await eventually(
        () => statusesOf(orderId),
        (statuses) => statuses[0] === 'paid',
      );
      await env.stripe.webhooksIdle();
    });
  });

  describe('an amount or currency that differs never marks the order paid', () => {
    it('a total that no longer matches the session', async () => {
      const box = await makeProduct(t.dataSource, potter, { priceAmount: 15000, stock: 1 });
      const { orderId, sessionId } = await cardOrder([box]);
      await t.dataSource.query(
        `UPDATE orders SET items_amount = items_amount + 100, total_amount = total_amount + 100 WHERE id = $1`,
        [orderId],
      );
      await env.stripe.pay(sessionId);
      await env.stripe.webhooksIdle();
      const page = await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
      expect(page.body.paymentStatus).toBe('awaiting_payment');
      expect(await statusesOf(orderId)).toEqual(['pending_payment']);
      expect((await paymentOf(orderId)).status).toBe('open');
      expect(
        (await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId })).paidAt,
      ).toBeNull();
      expect(await saleEntries(orderId)).toBe(0);
    });

    it('a session in another currency', async () => {
      const tile = await makeProduct(t.dataSource, potter, { priceAmount: 5000, stock: 1 });
      const { orderId } = await cardOrder([tile]);
      const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
      const euros = await stripe.checkout.sessions.create({
        mode: 'payment',
        currency: 'eur',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'eur',
              unit_amount: order.totalAmount,
              product_data: { name: 'x' },
            },
          },
        ],
        metadata: { orderId },
        success_url: 'http://localhost/success',
      });
      await t.dataSource
        .getRepository(PaymentEntity)
        .update({ orderId }, { checkoutSessionId: euros.id, checkoutUrl: euros.url ?? '' });
      await env.stripe.pay(euros.id);
      await env.stripe.webhooksIdle();
      expect(await statusesOf(orderId)).toEqual(['pending_payment']);
      expect((await paymentOf(orderId)).status).toBe('open');
      expect(await saleEntries(orderId)).toBe(0);
    });
  });

  describe('webhook signatures', () => {
    let event: object;
    beforeAll(async () => {
      const mug = await makeProduct(t.dataSource, potter, { priceAmount: 4000, stock: 1 });
      const { sessionId } = await cardOrder([mug]);
      const session = await stripe.checkout.sessions.retrieve(sessionId);
      event = {
        id: 'evt_test_signature',
        object: 'event',
        type: 'checkout.session.completed',
        data: { object: session },
      };
    });

    const stateNow = async () => ({
      events: await t.dataSource.getRepository(StripeEventEntity).count(),
      statuses: await t.dataSource.query(
        'SELECT status, count(*) FROM sub_orders GROUP BY status ORDER BY status',
      ),
      ledger: await t.dataSource.getRepository(LedgerEntryEntity).count(),
    });

    it('refuses a wrong signature, an old timestamp or none, changing nothing', async () => {
      const before = await stateNow();
      const old = Math.floor(Date.now() / 1000) - 301;
      const tooOld = await deliver(event, old).expect(400);
      expect(tooOld.body.message).toMatch(/signature/);
      await deliver(event, undefined, 'whsec_someone_else').expect(400);
      const payload = JSON.stringify(event);
      const signature = stripe.webhooks.generateTestHeaderString({
        payload,
        secret: LOCAL_STRIPE_WEBHOOK_SECRET,
      });
      // The signed bytes must be the ones received: a re-serialised body fails.
      await request(t.http)
        .post('/api/payments/stripe/webhook')
        .set('Content-Type', 'application/json')
        .set('Stripe-Signature', signature)
        .send(JSON.stringify(event, null, 2))
        .expect(400);
      await request(t.http)
        .post('/api/payments/stripe/webhook')
        .set('Content-Type', 'application/json')
        .send(payload)
        .expect(400);
      expect(await stateNow()).toEqual(before);
      await deliver(event).expect(200);
    });
  });

  it('cancels an unpaid order at its deadline, expires its session and returns the stock', async () => {
    const basket = await makeProduct(t.dataSource, weaver, { priceAmount: 11000, stock: 1 });
    const { orderId, sessionId } = await cardOrder([basket]);
    expect(await stockOf(basket.id)).toBe(0);
    const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const sweeper = t.app.get(OrderExpiryService);
    const result = await sweeper.expireOverdue(new Date(order.paymentDueAt!.getTime() + 1000));
    expect(result.cancelled).toContain(orderId);
    expect(await statusesOf(orderId)).toEqual(['cancelled']);
    expect(await stockOf(basket.id)).toBe(1);
    expect((await paymentOf(orderId)).status).toBe('expired');
    expect((await stripe.checkout.sessions.retrieve(sessionId)).status).toBe('expired');
    const late = await env.stripe.pay(sessionId);
    expect(late.status).toBe(410);
    await env.stripe.webhooksIdle();
    expect(await stockOf(basket.id)).toBe(1);
    expect(await statusesOf(orderId)).toEqual(['cancelled']);
    const page = await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    expect(page.body.paymentStatus).toBe('expired');
  });

  it('fulfils instead of cancelling when the overdue session turns out to be paid', async () => {
    const bag = await makeProduct(t.dataSource, weaver, { priceAmount: 13000, stock: 1 });
    const { orderId, sessionId } = await cardOrder([bag]);
    const payment = await paymentOf(orderId);
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    // Stripe's webhooks wait on this lock, so the sweep meets a paid session first.
    await holder.query('SELECT id FROM payments WHERE id = $1 FOR UPDATE', [payment.id]);
    let swept: Awaited<ReturnType<OrderExpiryService['expireOverdue']>>;
    try {
      await env.stripe.pay(sessionId);
      const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
      const sweep = t.app
        .get(OrderExpiryService)
        .expireOverdue(new Date(order.paymentDueAt!.getTime() + 1000));
      // Stripe's delivery and the sweep both wait for the payment row.
      await lockWaiters(t, 2);
      await holder.commitTransaction();
      swept = await sweep;
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect(swept.paid).toContain(orderId);
    expect(swept.cancelled).not.toContain(orderId);
    await env.stripe.webhooksIdle();
    expect(await statusesOf(orderId)).toEqual(['paid']);
    expect(await stockOf(bag.id)).toBe(0);
  });

  it('answers 404 for a session of no order, and 400 for a malformed id', async () => {
    await request(t.http).get('/api/checkout/sessions/cs_test_unknown000000').expect(404);
    await request(t.http).get('/api/checkout/sessions/not-a-session').expect(400);
  });
});
