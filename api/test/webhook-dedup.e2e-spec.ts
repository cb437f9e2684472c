import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../src/config/configuration';
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
import type { LocalStripeEvent } from './support/stripe-local';
import type { TestApp } from './support/test-app';

/**
 * A webhook that arrives twice is handled once, by two guards: the event ids already handled
 * (`stripe_events`, written in the transaction of the effect), and the state of the payment
 * (a payment that succeeded is not fulfilled again, whatever event says so). Each test below
 * passes through one guard only, and reads every row the fulfilment writes, before and after,
 * to the microsecond.
 */
describe('webhook de-duplication', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let stripe: Stripe;
  let potter: SellerEntity;

  beforeAll(async () => {
    // 45 minutes: Stripe takes the deadline as the session's expiry with room to spare.
    env = await createPaymentsTestApp({ PAYMENT_TIMEOUT_MINUTES: '45' });
    t = env.t;
    stripe = createStripe(t.config);
    potter = await makeSeller(t.dataSource, { name: 'Poterie Safi' });
  });

  afterAll(() => env.close());

  async function cardOrder() {
    const vase = await makeProduct(t.dataSource, potter, { priceAmount: 45000, stock: 1 });
    const placed = await makeOrder(t, [{ productId: vase.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    return { ...placed, sessionId: placed.paymentUrl!.split('/pay/')[1] };
  }

  const paymentStatus = async (orderId: string): Promise<string> =>
    (await t.dataSource.query('SELECT status FROM payments WHERE order_id = $1', [orderId]))[0]
      .status;

  /** A card order paid at Stripe, with every webhook Stripe sent for it handled. */
  async function paidOrder() {
    const order = await cardOrder();
    expect((await env.stripe.pay(order.sessionId)).status).toBe(200);
    await eventually(
      () => paymentStatus(order.orderId),
      (status) => status === 'succeeded',
    );
    await env.stripe.webhooksIdle();
    return order;
  }

  /** The event Stripe sent about this object (a session, or its payment intent). */
  async function eventOf(objectId: string, type: string): Promise<LocalStripeEvent> {
    const events = await env.stripe.events();
    const event = events.find((e) => e.type === type && e.data.object.id === objectId);
    if (!event) throw new Error(`Stripe sent no ${type} for ${objectId}`);
    return event;
  }

  function deliver(event: object) {
    const payload = JSON.stringify(event);
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: LOCAL_STRIPE_WEBHOOK_SECRET,
    });
    return request(t.http)
      .post('/api/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(payload);
  }

  type Row = Record<string, unknown>;

  /** Every row the fulfilment of an order writes, all columns (timestamps to the µs, as text). */
  async function rowsOf(orderId: string) {
    const rows = (sql: string): Promise<Row[]> =>
      t.dataSource
        .query(`SELECT row_to_json(r) AS row FROM (${sql}) r`, [orderId])
        .then((result: { row: Row }[]) => result.map(({ row }) => row));
    return {
      order: await rows('SELECT * FROM orders WHERE id = $1'),
      payment: await rows('SELECT * FROM payments WHERE order_id = $1'),
      parts: await rows('SELECT * FROM sub_orders WHERE order_id = $1 ORDER BY id'),
      history: await rows(
        `SELECT c.* FROM order_status_changes c JOIN sub_orders s ON s.id = c.sub_order_id
          WHERE s.order_id = $1 ORDER BY c.id`,
      ),
      ledger: await rows(
        `SELECT e.* FROM ledger_entries e JOIN sub_orders s ON s.id = e.sub_order_id
          WHERE s.order_id = $1 ORDER BY e.id`,
      ),
      emails: await rows(
        `SELECT m.* FROM outbox_emails m JOIN orders o ON m.payload->>'orderNumber' = o.number
          WHERE o.id = $1 ORDER BY m.id`,
      ),
      stock: await rows(
        `SELECT p.id, p.stock, p.updated_at FROM products p
          JOIN order_lines l ON l.product_id = p.id JOIN sub_orders s ON s.id = l.sub_order_id
         WHERE s.order_id = $1 ORDER BY p.id`,
      ),
    };
  }

  const handledEvents = async (): Promise<Row[]> =>
    (await t.dataSource.query('SELECT row_to_json(e) AS row FROM stripe_events e ORDER BY id')).map(
      ({ row }: { row: Row }) => row,
    );

  it('a second delivery of a paid session’s events changes no column', async () => {
    const { orderId, sessionId } = await paidOrder();
    const before = await rowsOf(orderId);
    const handled = await handledEvents();
    expect(before.order[0].paid_at).not.toBeNull();
    expect(before.payment[0].status).toBe('succeeded');

    const intentId = before.payment[0].payment_intent_id as string;
    for (const event of [
      await eventOf(sessionId, 'checkout.session.completed'),
      await eventOf(intentId, 'payment_intent.succeeded'),
    ]) {
      expect(handled.map((row) => row.id)).toContain(event.id);
      await deliver(event).expect(200);
      await deliver(event).expect(200);
    }
    expect(await rowsOf(orderId)).toEqual(before);
    expect(await handledEvents()).toEqual(handled);
  });

  it('a second delivery of an expired session’s event changes no column: the event id is known', async () => {
    // Nothing in an expired payment stops its fulfilment from running again: only the stored
    // event id does.
    const { orderId, sessionId } = await cardOrder();
    await stripe.checkout.sessions.expire(sessionId);
    await eventually(
      () => paymentStatus(orderId),
      (status) => status === 'expired',
    );
    await env.stripe.webhooksIdle();
    const before = await rowsOf(orderId);
    const handled = await handledEvents();
    expect(before.parts[0].status).toBe('cancelled');

    const expired = await eventOf(sessionId, 'checkout.session.expired');
    expect(handled.map((row) => row.id)).toContain(expired.id);
    await deliver(expired).expect(200);
    await deliver(expired).expect(200);
    expect(await rowsOf(orderId)).toEqual(before);
    expect(await handledEvents()).toEqual(handled);
  });

  it('the same expiry under a new event id changes nothing: the payment has expired', async () => {
    const { orderId, sessionId } = await cardOrder();
    await stripe.checkout.sessions.expire(sessionId);
    await eventually(
      () => paymentStatus(orderId),
      (status) => status === 'expired',
    );
    await env.stripe.webhooksIdle();
    const before = await rowsOf(orderId);
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    const again = {
      id: `evt_test_${randomBytes(8).toString('hex')}`,
      object: 'event',
      type: 'checkout.session.expired',
      data: { object: session },
    };
    await deliver(again).expect(200);
    const stored: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM stripe_events WHERE id = $1',
      [again.id],
    );
    expect(stored).toHaveLength(1);
    expect(await rowsOf(orderId)).toEqual(before);
  });

  it('the same payment under new event ids changes nothing: the payment has succeeded', async () => {
    const { orderId, sessionId } = await paidOrder();
    const before = await rowsOf(orderId);
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string);
    const fresh = () => `evt_test_${randomBytes(8).toString('hex')}`;
    const completed = {
      id: fresh(),
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: session },
    };
    const succeeded = {
      id: fresh(),
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: intent },
    };
    await deliver(completed).expect(200);
    await deliver(succeeded).expect(200);

    // Both are new to the app, so both are handled (and stored)...
    const stored: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM stripe_events WHERE id = ANY($1) ORDER BY id',
      [[completed.id, succeeded.id]],
    );
    expect(stored.map((row) => row.id)).toEqual([completed.id, succeeded.id].sort());
    // ...and the paid order stays exactly as its first fulfilment left it, paid_at included.
    expect(await rowsOf(orderId)).toEqual(before);
  });
});
