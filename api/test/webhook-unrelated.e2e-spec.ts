import { Logger } from '@nestjs/common';
import request from 'supertest';
import type Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../src/config/configuration';
import { createStripe } from '../src/modules/payments/stripe.client';
import { createPaymentsTestApp, type PaymentsTestApp } from './support/buying';
import type { TestApp } from './support/test-app';

/**
 * Stripe retries every event not answered 2xx, for up to three days. Events about objects
 * that are not this marketplace's, or of types it does not act on, are acknowledged and
 * logged; only a bad signature is refused.
 */
describe('the Stripe webhook and events it has nothing to do with', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let stripe: Stripe;

  beforeAll(async () => {
    env = await createPaymentsTestApp();
    t = env.t;
    stripe = createStripe(t.config);
  });

  afterAll(() => env.close());

  function deliver(event: object, secret = LOCAL_STRIPE_WEBHOOK_SECRET) {
    const payload = JSON.stringify(event);
    return request(t.http)
      .post('/api/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', stripe.webhooks.generateTestHeaderString({ payload, secret }))
      .send(payload);
  }

  const event = (type: string, object: Record<string, unknown>) => ({
    id: `evt_1Unrelated${Math.random().toString(36).slice(2, 12)}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  });

  const state = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM stripe_events)::integer AS events,
              (SELECT count(*) FROM payments)::integer AS payments,
              (SELECT count(*) FROM refunds)::integer AS refunds,
              (SELECT count(*) FROM orders)::integer AS orders,
              (SELECT count(*) FROM ledger_entries)::integer AS ledger`,
    );
    return row as Record<string, number>;
  };

  it('answers 200 and logs events about sessions, payments, charges and refunds of no order here', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log');
    const before = await state();
    const unrelated = [
      event('checkout.session.completed', {
        id: 'cs_test_a1NotOurs0000000000000000000000000000000000000000000000',
        object: 'checkout.session',
      }),
      event('checkout.session.expired', {
        id: 'cs_test_a1AlsoNotOurs',
        object: 'checkout.session',
      }),
      event('payment_intent.succeeded', {
        id: 'pi_3NotOurs',
        object: 'payment_intent',
        metadata: { orderId: '00000000-0000-4000-8000-000000000000' },
      }),
      event('charge.refunded', {
        id: 'ch_3NotOurs',
        object: 'charge',
        payment_intent: 'pi_3NotOurs',
      }),
      event('refund.updated', {
        id: 're_3NotOurs',
        object: 'refund',
        metadata: { refundId: '00000000-0000-4000-8000-000000000000' },
      }),
      event('refund.created', { id: 're_3AlsoNotOurs', object: 'refund', metadata: {} }),
    ];
    for (const unrelatedEvent of unrelated) {
      const answer = await deliver(unrelatedEvent);
      expect({ type: unrelatedEvent.type, status: answer.status }).toEqual({
        type: unrelatedEvent.type,
        status: 200,
      });
      expect(answer.body).toEqual({ received: true });
    }
    expect(await state()).toEqual(before);
    const messages = logged.mock.calls.map((call) => String(call[0]));
    for (const unrelatedEvent of unrelated) {
      expect(messages).toContainEqual(
        expect.stringContaining(`${unrelatedEvent.id} (${unrelatedEvent.type}) acknowledged`),
      );
    }
    logged.mockRestore();
  });

  it('answers 200 for event types it does not act on, and logs them', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log');
    const before = await state();
    for (const type of [
      'customer.created',
      'invoice.paid',
      'payout.paid',
      'charge.dispute.created',
    ]) {
      const answer = await deliver(event(type, { id: 'obj_1', object: type.split('.')[0] }));
      expect({ type, status: answer.status }).toEqual({ type, status: 200 });
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(
          new RegExp(`\\(${type.replace(/\./g, '\\.')}\\) acknowledged and ignored`),
        ),
      );
    }
    expect(await state()).toEqual(before);
    logged.mockRestore();
  });

  it('still refuses a bad signature with 400, changing nothing', async () => {
    const before = await state();
    const forged = event('checkout.session.completed', { id: 'cs_test_forged' });
    await deliver(forged, 'whsec_not_the_secret').expect(400);
    await request(t.http)
      .post('/api/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(forged))
      .expect(400);
    expect(await state()).toEqual(before);
  });
});
