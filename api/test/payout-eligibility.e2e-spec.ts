import request from 'supertest';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { PayoutBatchEntity } from '../src/modules/ledger/entities/payout-batch.entity';
import { PayoutEntity } from '../src/modules/ledger/entities/payout.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import {
  signInAs,
  signInAsSeller,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import {
  createPaymentsTestApp,
  eventually,
  FRENCH_ADDRESS,
  makeOrder,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct } from './support/factories';
import type { TestApp } from './support/test-app';

/**
 * A payout pays approved sellers, and only money that is settled: a card sale delivered, or a
 * cash sale remitted, more than PAYOUT_HOLD_DAYS ago. The rest of a balance waits.
 */
describe('what a payout includes', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let staff: SignedInUser;

  // A payout batch takes every balance in the database, so each test has a database of its own.
  beforeEach(async () => {
    env = await createPaymentsTestApp({ PAYOUT_MINIMUM_AMOUNT: '1000', PAYOUT_HOLD_DAYS: '7' });
    t = env.t;
    staff = await signInAs(t, 'chamber_staff');
  });

  afterEach(() => env.close());

  const move = (seller: SignedInSeller, partId: string, action: string, body: object = {}) =>
    request(t.http)
      .post(`/api/seller/orders/${partId}/${action}`)
      .set(seller.headers)
      .send(body)
      .expect(200);

  /** Moves a status change of a sub-order back in time, as if it had happened days ago. */
  async function happenedDaysAgo(partId: string, status: string, days: number) {
    const result: unknown[] = await t.dataSource.query(
      `UPDATE order_status_changes SET created_at = now() - make_interval(days => $3)
        WHERE sub_order_id = $1 AND to_status = $2 RETURNING id`,
      [partId, status, days],
    );
    expect(result.length).toBeGreaterThan(0);
  }

  /** A cash sale delivered and remitted; returns its part and what it earns the seller. */
  async function remittedSale(seller: SignedInSeller, priceAmount: number, daysAgo: number) {
    const product = await makeProduct(t.dataSource, seller.shop, { priceAmount, stock: 1 });
    const { orderId } = await makeOrder(t, [{ productId: product.id }]);
    const [part] = await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId });
    await move(seller, part.id, 'confirm');
    await move(seller, part.id, 'ship', { trackingNumber: 'RR000111222MA' });
    await move(seller, part.id, 'deliver');
    await request(t.http)
      .post(`/api/admin/orders/${orderId}/remit`)
      .set(staff.headers)
      .send({ subOrderId: part.id })
      .expect(200);
    await happenedDaysAgo(part.id, 'remitted', daysAgo);
    return { partId: part.id, earned: await netOf(part.id) };
  }

  /** A card sale paid and shipped, not delivered, paid `daysAgo` days ago. */
  async function shippedCardSale(seller: SignedInSeller, priceAmount: number, daysAgo: number) {
    const product = await makeProduct(t.dataSource, seller.shop, { priceAmount, stock: 1 });
    const placed = await makeOrder(t, [{ productId: product.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    await env.stripe.pay(placed.paymentUrl!.split('/pay/')[1]);
    const [part] = await eventually(
      () => t.dataSource.getRepository(SubOrderEntity).findBy({ orderId: placed.orderId }),
      (rows) => rows.every((row) => row.status === 'paid'),
    );
    await env.stripe.webhooksIdle();
    await move(seller, part.id, 'accept');
    await move(seller, part.id, 'ship', { trackingNumber: 'RR000333444MA' });
    await happenedDaysAgo(part.id, 'paid', daysAgo);
    return { partId: part.id, earned: await netOf(part.id) };
  }

  async function netOf(subOrderId: string): Promise<number> {
    const entries = await t.dataSource.getRepository(LedgerEntryEntity).findBy({ subOrderId });
    return entries.reduce((sum, entry) => sum + entry.amount, 0);
  }

  const ledgerOf = async (seller: SignedInSeller) =>
    (await request(t.http).get('/api/seller/ledger').set(seller.headers).expect(200)).body;
  const state = async () => ({
    batches: await t.dataSource.getRepository(PayoutBatchEntity).count(),
    payouts: await t.dataSource.getRepository(PayoutEntity).find({ order: { id: 'ASC' } }),
    ledger: await t.dataSource.getRepository(LedgerEntryEntity).count(),
  });
  const money = (amount: number) => ({ amount, currency: 'MAD' });

  it('pays approved sellers only what was delivered or remitted before the holding period', async () => {
    const settled = await signInAsSeller(t);
    const suspended = await signInAsSeller(t);
    const shipper = await signInAsSeller(t);

    const old = await remittedSale(settled, 30000, 8);
    const recent = await remittedSale(settled, 20000, 6);
    const suspendedSale = await remittedSale(suspended, 40000, 30);
    const inTransit = await shippedCardSale(shipper, 50000, 30);
    for (const sale of [old, recent, suspendedSale, inTransit])
      expect(sale.earned).toBeGreaterThan(0);
    await t.dataSource
      .getRepository(SellerEntity)
      .update({ id: suspended.shop.id }, { status: 'suspended' });

    // Each seller sees what is available now, and what waits.
    expect(await ledgerOf(settled)).toMatchObject({
      balance: money(old.earned + recent.earned),
      available: money(old.earned),
      pending: money(recent.earned),
      holdDays: 7,
    });
    expect(await ledgerOf(shipper)).toMatchObject({
      balance: money(inTransit.earned),
      available: money(0),
      pending: money(inTransit.earned),
    });

    const batch = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(201);
    expect(
      batch.body.payouts.map((payout: { seller: { id: string }; amount: { amount: number } }) => [
        payout.seller.id,
        payout.amount.amount,
      ]),
    ).toEqual([[settled.shop.id, old.earned]]);
    expect(await ledgerOf(settled)).toMatchObject({
      balance: money(recent.earned),
      available: money(0),
      pending: money(recent.earned),
    });

    // Nothing else is available: refused, and nothing changes.
    const before = await state();
    const none = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(422);
    expect(none.body.message).toMatch(/available balance has reached the payout minimum/);
    expect(await state()).toEqual(before);

    // Delivered, but within the holding period: still not paid out.
    await move(shipper, inTransit.partId, 'deliver');
    await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(422);
    expect(await state()).toEqual(before);
    // Once the period has passed, it is; the suspended seller still is not.
    await happenedDaysAgo(inTransit.partId, 'delivered', 8);
    await happenedDaysAgo(recent.partId, 'remitted', 8);
    const next = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(201);
    const paid = Object.fromEntries(
      next.body.payouts.map((payout: { seller: { id: string }; amount: { amount: number } }) => [
        payout.seller.id,
        payout.amount.amount,
      ]),
    );
    expect(paid).toEqual({
      [shipper.shop.id]: inTransit.earned,
      [settled.shop.id]: recent.earned,
    });
    expect(
      await t.dataSource.getRepository(PayoutEntity).countBy({ sellerId: suspended.shop.id }),
    ).toBe(0);
  });

  it('counts a refund of a settled sale against the available balance', async () => {
    const seller = await signInAsSeller(t);
    const sale = await shippedCardSale(seller, 30000, 20);
    await move(seller, sale.partId, 'deliver');
    await happenedDaysAgo(sale.partId, 'delivered', 10);
    const part = await t.dataSource
      .getRepository(SubOrderEntity)
      .findOneByOrFail({ id: sale.partId });
    await request(t.http)
      .post(`/api/admin/orders/${part.orderId}/refund`)
      .set(staff.headers)
      .send({ subOrderId: part.id, amount: 10000, reason: 'Handle glued back' })
      .expect(202);
    const refunded = await eventually(
      () => netOf(sale.partId),
      (net) => net < sale.earned,
    );
    await env.stripe.webhooksIdle();
    expect(await ledgerOf(seller)).toMatchObject({
      balance: money(refunded),
      available: money(refunded),
      pending: money(0),
    });
  });
});
