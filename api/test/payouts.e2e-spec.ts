import request from 'supertest';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { PayoutBatchEntity } from '../src/modules/ledger/entities/payout-batch.entity';
import { PayoutEntity } from '../src/modules/ledger/entities/payout.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import {
  signInAs,
  signInAsSeller,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import { makeOrder } from './support/buying';
import { makeProduct } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('payouts', () => {
  let t: TestApp;
  let staff: SignedInUser;
  let rich: SignedInSeller;
  let modest: SignedInSeller;

  // A payout batch takes every balance in the database, so each test has a database of its own.
  beforeEach(async () => {
    // Sales count at once here; the holding period has its own test (payout-eligibility).
    t = await createTestApp({ PAYOUT_MINIMUM_AMOUNT: '20000', PAYOUT_HOLD_DAYS: '0' });
    staff = await signInAs(t, 'chamber_staff');
    rich = await signInAsSeller(t);
    modest = await signInAsSeller(t);
  });

  afterEach(() => t.close());

  /** A cash order delivered and remitted, which credits the seller's ledger. */
  async function remittedSale(seller: SignedInSeller, priceAmount: number) {
    const product = await makeProduct(t.dataSource, seller.shop, { priceAmount, stock: 1 });
    const { orderId } = await makeOrder(t, [{ productId: product.id }]);
    const [part] = await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId });
    const move = (action: string, body: object = {}) =>
      request(t.http)
        .post(`/api/seller/orders/${part.id}/${action}`)
        .set(seller.headers)
        .send(body)
        .expect(200);
    await move('confirm');
    await move('ship', { trackingNumber: 'RR000111222MA' });
    await move('deliver');
    await request(t.http)
      .post(`/api/admin/orders/${orderId}/remit`)
      .set(staff.headers)
      .send({ subOrderId: part.id })
      .expect(200);
  }

  const balanceOf = async (seller: SignedInSeller) =>
    (await request(t.http).get('/api/seller/ledger').set(seller.headers).expect(200)).body.balance
      .amount as number;

  const state = async () => ({
    batches: await t.dataSource.getRepository(PayoutBatchEntity).count(),
    payouts: await t.dataSource.getRepository(PayoutEntity).find({ order: { id: 'ASC' } }),
    ledger: await t.dataSource.getRepository(LedgerEntryEntity).count(),
  });

  it('pays every balance that reached the minimum, as a ledger debit, and records the transfer', async () => {
    await remittedSale(rich, 45000);
    await remittedSale(modest, 5000);
    expect(await balanceOf(rich)).toBe(48500 - 4850);
    expect(await balanceOf(modest)).toBe(8500 - 850);

    const created = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(201);
    expect(created.body).toMatchObject({
      minimumAmount: { amount: 20000, currency: 'MAD' },
      payouts: [
        {
          seller: { id: rich.shop.id, slug: rich.shop.slug },
          amount: { amount: 43650, currency: 'MAD' },
          status: 'pending',
          bankReference: null,
          paidAt: null,
        },
      ],
    });
    const payoutId = created.body.payouts[0].id;
    expect(await balanceOf(rich)).toBe(0);
    expect(await balanceOf(modest)).toBe(7650);
    const statement = await request(t.http).get('/api/seller/ledger').set(rich.headers).expect(200);
    expect(statement.body.items[0]).toMatchObject({
      kind: 'payout',
      amount: { amount: -43650 },
      payoutId,
    });

    const listed = await request(t.http)
      .get('/api/admin/payouts?status=pending')
      .set(staff.headers)
      .expect(200);
    expect(listed.body).toMatchObject({
      total: 1,
      items: [{ id: payoutId, batchId: created.body.id }],
    });

    const paid = await request(t.http)
      .post(`/api/admin/payouts/${payoutId}/mark-paid`)
      .set(staff.headers)
      .send({ bankReference: 'VIR-2025-11-000123' })
      .expect(200);
    expect(paid.body).toMatchObject({
      id: payoutId,
      status: 'paid',
      bankReference: 'VIR-2025-11-000123',
      paidAt: expect.any(String),
    });
    const row = await t.dataSource.getRepository(PayoutEntity).findOneByOrFail({ id: payoutId });
    expect(row.paidBy).toBe(staff.user.id);
    const paidList = await request(t.http)
      .get('/api/admin/payouts?status=paid')
      .set(staff.headers)
      .expect(200);
    expect(paidList.body.items.map((item: { id: string }) => item.id)).toEqual([payoutId]);
  });

  it('refuses what would pay twice or is not the chamber’s to do, changing nothing', async () => {
    await remittedSale(rich, 45000);
    const created = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(201);
    await request(t.http)
      .post(`/api/admin/payouts/${created.body.payouts[0].id}/mark-paid`)
      .set(staff.headers)
      .send({ bankReference: 'VIR-2025-11-000123' })
      .expect(200);
    const before = await state();
    expect(before.payouts).toHaveLength(1);
    const none = await request(t.http).post('/api/admin/payouts').set(staff.headers).expect(422);
    expect(none.body.message).toMatch(/payout minimum of 200\.00 MAD/);
    const [payout] = before.payouts;
    const again = await request(t.http)
      .post(`/api/admin/payouts/${payout.id}/mark-paid`)
      .set(staff.headers)
      .send({ bankReference: 'VIR-OTHER' })
      .expect(409);
    expect(again.body.message).toMatch(/already marked paid/);
    for (const body of [
      {},
      { bankReference: '' },
      { bankReference: '<script>' },
      { bankReference: 'X', amount: 1 },
    ]) {
      await request(t.http)
        .post(`/api/admin/payouts/${payout.id}/mark-paid`)
        .set(staff.headers)
        .send(body)
        .expect(400);
    }
    await request(t.http)
      .post('/api/admin/payouts/00000000-0000-4000-8000-000000000000/mark-paid')
      .set(staff.headers)
      .send({ bankReference: 'VIR-1' })
      .expect(404);
    await request(t.http).post('/api/admin/payouts').set(rich.headers).expect(403);
    await request(t.http).get('/api/admin/payouts').set(rich.headers).expect(403);
    await request(t.http).post('/api/admin/payouts').expect(401);
    expect(await state()).toEqual(before);
  });

  it('makes one batch when two are asked for at once', async () => {
    await remittedSale(modest, 30000);
    const before = await state();
    const responses = await Promise.all(
      [1, 2].map(() => request(t.http).post('/api/admin/payouts').set(staff.headers)),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
    const after = await state();
    expect(after.batches).toBe(before.batches + 1);
    expect(after.payouts).toHaveLength(before.payouts.length + 1);
    expect(await balanceOf(modest)).toBe(0);
  });
});
