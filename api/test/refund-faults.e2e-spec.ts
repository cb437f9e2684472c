import request from 'supertest';
import type Stripe from 'stripe';
import { LOCAL_STRIPE_WEBHOOK_SECRET } from '../src/config/configuration';
import type { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { RefundEntity } from '../src/modules/payments/entities/refund.entity';
import { RefundReconcilerService } from '../src/modules/payments/refund-reconciler.service';
import { createStripe } from '../src/modules/payments/stripe.client';
import { signInAs, signInAsSeller, type SignedInUser } from './support/accounts';
import { eventually, FRENCH_ADDRESS, makeOrder } from './support/buying';
import { makeProduct } from './support/factories';
import { startLocalStripe, type LocalStripeProcess } from './support/stripe-local';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Refunds when Stripe times out, fails inside or refuses. Stripe's webhooks go nowhere here
 * (port 1 refuses them), so that what settles a refund is the request, the reconciler or a
 * staff retry, each seen on its own; payments are fulfilled by the return page.
 */
describe('refunds whose outcome at Stripe is unknown', () => {
  let t: TestApp;
  let local: LocalStripeProcess;
  let stripe: Stripe;
  let staff: SignedInUser;
  let vase: ProductEntity;
  let reconciler: RefundReconcilerService;

  beforeAll(async () => {
    local = await startLocalStripe({
      webhookUrl: 'http://127.0.0.1:1/api/payments/stripe/webhook',
      webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
    });
    t = await createTestApp({ STRIPE_LOCAL_PORT: String(local.port) });
    stripe = createStripe(t.config);
    reconciler = t.app.get(RefundReconcilerService);
    staff = await signInAs(t, 'chamber_staff');
    const potter = await signInAsSeller(t);
    vase = await makeProduct(t.dataSource, potter.shop, { priceAmount: 45000, stock: 100 });
  });

  afterAll(async () => {
    await local.close();
    await t.close();
  });

  /** A card order paid at Stripe and fulfilled by the return page. */
  async function paidOrder() {
    const placed = await makeOrder(t, [{ productId: vase.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    const sessionId = placed.paymentUrl!.split('/pay/')[1];
    expect((await local.pay(sessionId)).status).toBe(200);
    await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    const payment = await t.dataSource
      .getRepository(PaymentEntity)
      .findOneByOrFail({ orderId: placed.orderId });
    const [part] = await t.dataSource
      .getRepository(SubOrderEntity)
      .findBy({ orderId: placed.orderId });
    expect(part.status).toBe('paid');
    return { orderId: placed.orderId, part, paymentIntentId: payment.paymentIntentId! };
  }

  const refund = (orderId: string, body: object = { reason: 'Arrived broken' }) =>
    request(t.http).post(`/api/admin/orders/${orderId}/refund`).set(staff.headers).send(body);
  const refundsAtStripe = async (paymentIntentId: string) =>
    (await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 })).data;
  const refundRows = (orderId: string) =>
    t.dataSource
      .getRepository(RefundEntity)
      .find({ where: { orderId }, order: { createdAt: 'ASC' } });
  const ledgerOf = (subOrderId: string) =>
    t.dataSource
      .getRepository(LedgerEntryEntity)
      .find({ where: { subOrderId }, order: { id: 'ASC' } });
  const kinds = (entries: LedgerEntryEntity[]) => entries.map((entry) => entry.kind);
  const partOf = (id: string) => t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id });

  // The refund is made at Stripe, then the answer never comes: the first attempt and the
  // SDK's own retry (replayed by the idempotency key) both hang until the connection drops.
  const timeoutAfterRefund = {
    path: '/v1/refunds',
    when: 'after',
    fail: 'hang',
    ms: 150,
    times: 2,
  } as const;

  it('keeps a refund pending when Stripe times out after making it; the reconciler records it once', async () => {
    const { orderId, part, paymentIntentId } = await paidOrder();
    await local.fault(timeoutAfterRefund);
    const answered = await refund(orderId).expect(202);
    expect(answered.body.refunds).toEqual([
      expect.objectContaining({
        status: 'pending',
        amount: { amount: part.totalAmount, currency: 'MAD' },
      }),
    ]);
    const [row] = await refundRows(orderId);
    expect(row).toMatchObject({ status: 'pending', stripeRefundId: null });
    // Stripe did refund; nothing is recorded yet.
    const atStripe = await refundsAtStripe(paymentIntentId);
    expect(atStripe).toHaveLength(1);
    expect(atStripe[0].metadata).toMatchObject({ refundId: row.id });
    expect(kinds(await ledgerOf(part.id))).toEqual(['sale', 'commission']);

    const first = await reconciler.reconcilePending();
    expect(first.succeeded).toEqual([row.id]);
    expect(await refundRows(orderId)).toEqual([
      expect.objectContaining({ id: row.id, status: 'succeeded', stripeRefundId: atStripe[0].id }),
    ]);
    const ledger = await ledgerOf(part.id);
    expect(kinds(ledger)).toEqual(['sale', 'commission', 'refund', 'commission_refund']);
    expect(ledger.filter((entry) => entry.refundId === row.id)).toHaveLength(2);
    expect(await partOf(part.id)).toMatchObject({
      status: 'refunded',
      refundedAmount: part.totalAmount,
    });

    // Again, and Stripe's own refund events arriving late: nothing more.
    expect(await reconciler.reconcilePending()).toEqual({
      succeeded: [],
      pending: [],
      failed: [],
      unknown: [],
    });
    const events = (await local.events()).filter(
      (event) => event.type.startsWith('refund.') || event.type === 'charge.refunded',
    );
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const event of events) {
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
    expect(await ledgerOf(part.id)).toEqual(ledger);
    expect(await refundsAtStripe(paymentIntentId)).toHaveLength(1);
  });

  it('a staff retry after a timeout finds the refund Stripe made, and does not refund twice', async () => {
    const { orderId, part, paymentIntentId } = await paidOrder();
    await local.fault(timeoutAfterRefund);
    const first = await refund(orderId).expect(202);
    const retry = await refund(orderId).expect(202);
    expect(retry.body.refunds).toEqual([
      expect.objectContaining({ id: first.body.refunds[0].id, status: 'succeeded' }),
    ]);
    expect(await refundsAtStripe(paymentIntentId)).toHaveLength(1);
    const rows = await refundRows(orderId);
    expect(rows.map((row) => row.status)).toEqual(['succeeded']);
    expect(kinds(await ledgerOf(part.id))).toEqual([
      'sale',
      'commission',
      'refund',
      'commission_refund',
    ]);
    expect((await partOf(part.id)).status).toBe('refunded');
    // Once settled, asking again is asking for more, and nothing is left.
    await refund(orderId).expect(409);
    expect(await refundsAtStripe(paymentIntentId)).toHaveLength(1);
  });

  it('a 5xx before Stripe did anything leaves the refund pending; the retry sends it once, with the same key', async () => {
    const { orderId, part, paymentIntentId } = await paidOrder();
    await local.fault({ path: '/v1/refunds', when: 'before', fail: 'error', times: 2 });
    const body = { subOrderId: part.id, amount: 5000, reason: 'Chipped lid' };
    const answered = await refund(orderId, body).expect(202);
    expect(answered.body.refunds[0].status).toBe('pending');
    expect(await refundsAtStripe(paymentIntentId)).toHaveLength(0);

    const retry = await refund(orderId, body).expect(202);
    expect(retry.body.refunds).toEqual([
      expect.objectContaining({ id: answered.body.refunds[0].id, status: 'succeeded' }),
    ]);
    const atStripe = await refundsAtStripe(paymentIntentId);
    expect(atStripe.map((re) => [re.amount, re.metadata?.refundId])).toEqual([
      [5000, answered.body.refunds[0].id],
    ]);
    expect((await refundRows(orderId)).map((row) => [row.status, row.amount])).toEqual([
      ['succeeded', 5000],
    ]);
    expect((await partOf(part.id)).refundedAmount).toBe(5000);
    const ledger = await ledgerOf(part.id);
    expect(ledger.filter((entry) => entry.kind === 'refund').map((entry) => entry.amount)).toEqual([
      -5000,
    ]);
  });

  it('two reconcilers at once settle a refund once, sending it to Stripe once', async () => {
    const { orderId, part, paymentIntentId } = await paidOrder();
    // Stripe never received it: the reconcilers must send it, and only one of them may. A
    // partial amount, so that Stripe would accept a second one.
    await local.fault({ path: '/v1/refunds', when: 'before', fail: 'reset', times: 2 });
    await refund(orderId, { subOrderId: part.id, amount: 7000, reason: 'Lid missing' }).expect(202);
    expect(await refundsAtStripe(paymentIntentId)).toHaveLength(0);
    const [row] = await refundRows(orderId);

    const results = await Promise.all([
      reconciler.reconcilePending(),
      reconciler.reconcilePending(),
    ]);
    expect(results.flatMap((result) => result.succeeded)).toEqual([row.id]);
    expect((await refundsAtStripe(paymentIntentId)).map((re) => re.amount)).toEqual([7000]);
    const ledger = await ledgerOf(part.id);
    expect(ledger.filter((entry) => entry.kind === 'refund').map((entry) => entry.amount)).toEqual([
      -7000,
    ]);
    expect(await partOf(part.id)).toMatchObject({ status: 'paid', refundedAmount: 7000 });
  });

  it('marks a refund failed only when Stripe refuses it, changing nothing else', async () => {
    const { orderId, part, paymentIntentId } = await paidOrder();
    // Most of the payment was given back outside the marketplace (Stripe's dashboard).
    await stripe.refunds.create({
      payment_intent: paymentIntentId,
      amount: part.totalAmount - 1000,
    });
    const state = async () => ({
      part: await partOf(part.id),
      ledger: await ledgerOf(part.id),
      atStripe: (await refundsAtStripe(paymentIntentId)).map((re) => re.id),
    });
    const before = await state();
    const refused = await refund(orderId).expect(422);
    expect(refused.body).toMatchObject({
      statusCode: 422,
      code: 'refund.refused_by_stripe',
      message: expect.stringMatching(/Stripe refused/),
    });
    expect(await state()).toEqual(before);
    const rows = await refundRows(orderId);
    expect(rows.map((row) => row.status)).toEqual(['failed']);
    expect(refused.body.refunds).toEqual([rows[0].id]);
    // A failed refund is not retried, and the reconciler leaves it alone.
    expect((await reconciler.reconcilePending()).failed).toEqual([]);
    expect(await state()).toEqual(before);
  });
});

describe('the refund reconciler on its own timer', () => {
  let t: TestApp;
  let local: LocalStripeProcess;

  beforeAll(async () => {
    local = await startLocalStripe({
      webhookUrl: 'http://127.0.0.1:1/api/payments/stripe/webhook',
      webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
    });
    t = await createTestApp({
      STRIPE_LOCAL_PORT: String(local.port),
      REFUND_RECONCILE_SECONDS: '1',
    });
  });

  afterAll(async () => {
    await local.close();
    await t.close();
  });

  it('settles a refund left unknown, by itself, within a few intervals', async () => {
    const staff = await signInAs(t, 'chamber_staff');
    const potter = await signInAsSeller(t);
    const bowl = await makeProduct(t.dataSource, potter.shop, { priceAmount: 20000, stock: 1 });
    const placed = await makeOrder(t, [{ productId: bowl.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    const sessionId = placed.paymentUrl!.split('/pay/')[1];
    await local.pay(sessionId);
    await request(t.http).get(`/api/checkout/sessions/${sessionId}`).expect(200);
    await local.fault({ path: '/v1/refunds', when: 'after', fail: 'hang', ms: 150, times: 2 });
    const answered = await request(t.http)
      .post(`/api/admin/orders/${placed.orderId}/refund`)
      .set(staff.headers)
      .send({ reason: 'Arrived broken' })
      .expect(202);
    expect(answered.body.refunds[0].status).toBe('pending');
    const settled = await eventually(
      () =>
        t.dataSource
          .getRepository(RefundEntity)
          .findOneByOrFail({ id: answered.body.refunds[0].id }),
      (row) => row.status === 'succeeded',
      10_000,
    );
    expect(settled.stripeRefundId).toMatch(/^re_/);
    const entries = await t.dataSource
      .getRepository(LedgerEntryEntity)
      .countBy({ refundId: settled.id });
    expect(entries).toBe(2);
  });
});
