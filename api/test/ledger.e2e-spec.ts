import request from 'supertest';
import type { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { LedgerEntryEntity } from '../src/modules/ledger/entities/ledger-entry.entity';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { RefundEntity } from '../src/modules/payments/entities/refund.entity';
import type { CooperativeMemberEntity } from '../src/modules/sellers/entities/cooperative-member.entity';
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
import { makeMember, makeProduct } from './support/factories';
import type { TestApp } from './support/test-app';

describe('the sellers’ ledger and refunds', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let potter: SignedInSeller;
  let coop: SignedInSeller;
  let staff: SignedInUser;
  let fatima: CooperativeMemberEntity;
  let khadija: CooperativeMemberEntity;
  let vase: ProductEntity;
  let oil: ProductEntity;
  let soap: ProductEntity;
  let basket: ProductEntity;

  beforeAll(async () => {
    env = await createPaymentsTestApp();
    t = env.t;
    potter = await signInAsSeller(t);
    coop = await signInAsSeller(t, { kind: 'cooperative', province: 'essaouira' });
    staff = await signInAs(t, 'chamber_staff');
    fatima = await makeMember(t.dataSource, coop.shop, 'Fatima Ait Ali');
    khadija = await makeMember(t.dataSource, coop.shop, 'Khadija Oufkir');
    vase = await makeProduct(t.dataSource, potter.shop, { priceAmount: 45000, stock: 50 });
    oil = await makeProduct(t.dataSource, coop.shop, {
      priceAmount: 9550,
      stock: 50,
      madeByMemberId: fatima.id,
    });
    soap = await makeProduct(t.dataSource, coop.shop, {
      priceAmount: 3333,
      stock: 50,
      madeByMemberId: khadija.id,
    });
    basket = await makeProduct(t.dataSource, coop.shop, { priceAmount: 5000, stock: 50 });
  });

  afterAll(() => env.close());

  /** A card order for both shops, paid through the local Stripe server. */
  async function paidOrder() {
    const placed = await makeOrder(
      t,
      [
        { productId: vase.id },
        { productId: oil.id, quantity: 2 },
        { productId: soap.id },
        { productId: basket.id },
      ],
      { paymentMethod: 'card', shipping: FRENCH_ADDRESS },
    );
    await env.stripe.pay(placed.paymentUrl!.split('/pay/')[1]);
    const parts = await eventually(
      () => t.dataSource.getRepository(SubOrderEntity).findBy({ orderId: placed.orderId }),
      (rows) => rows.every((row) => row.status === 'paid'),
    );
    await env.stripe.webhooksIdle();
    return {
      ...placed,
      potterPart: parts.find((part) => part.sellerId === potter.shop.id)!,
      coopPart: parts.find((part) => part.sellerId === coop.shop.id)!,
    };
  }

  const entriesOf = (subOrderId: string) =>
    t.dataSource
      .getRepository(LedgerEntryEntity)
      .find({ where: { subOrderId }, order: { id: 'ASC' } });
  const total = (entries: { amount: number }[]) => entries.reduce((sum, e) => sum + e.amount, 0);
  const ofKind = (entries: LedgerEntryEntity[], kind: LedgerEntryEntity['kind']) =>
    entries.filter((entry) => entry.kind === kind);
  const refund = (orderId: string, body: object, headers: Record<string, string> = staff.headers) =>
    request(t.http).post(`/api/admin/orders/${orderId}/refund`).set(headers).send(body);

  it('credits each paid part with its sale and debits the commission, summing to the order', async () => {
    const { orderId, potterPart, coopPart } = await paidOrder();
    const order = await t.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const potterEntries = await entriesOf(potterPart.id);
    const coopEntries = await entriesOf(coopPart.id);

    expect(total(ofKind(potterEntries, 'sale'))).toBe(potterPart.totalAmount);
    expect(total(ofKind(coopEntries, 'sale'))).toBe(coopPart.totalAmount);
    expect(total([...ofKind(potterEntries, 'sale'), ...ofKind(coopEntries, 'sale')])).toBe(
      order.totalAmount,
    );
    expect(total(ofKind(potterEntries, 'commission'))).toBe(
      -Math.round(potterPart.totalAmount / 10),
    );
    // 2 × 95.50 + 33.33 + 50.00 + 250.00 shipping = 524.33 MAD; 10 % is 52.433 → 52.43.
    expect(coopPart.totalAmount).toBe(52433);
    expect(total(ofKind(coopEntries, 'commission'))).toBe(-5243);

    // The cooperative's sale is split between the shop and the member who made each line.
    const byMember = Object.fromEntries(
      ofKind(coopEntries, 'sale').map((entry) => [entry.memberId ?? 'shop', entry.amount]),
    );
    expect(byMember).toEqual({ shop: 5000 + 25000, [fatima.id]: 19100, [khadija.id]: 3333 });
    const commissionByMember = ofKind(coopEntries, 'commission').map((entry) => entry.amount);
    expect(commissionByMember.every((amount) => amount < 0)).toBe(true);
    expect(
      ofKind(coopEntries, 'commission')
        .map((entry) => entry.memberId)
        .sort(),
    ).toEqual([null, fatima.id, khadija.id].sort());

    const statement = await request(t.http).get('/api/seller/ledger').set(coop.headers).expect(200);
    const all = await t.dataSource
      .getRepository(LedgerEntryEntity)
      .findBy({ sellerId: coop.shop.id });
    const credits = total(all.filter((entry) => entry.amount > 0));
    const debits = -total(all.filter((entry) => entry.amount < 0));
    expect(statement.body.balance).toEqual({ amount: credits - debits, currency: 'MAD' });
    expect(statement.body.total).toBe(all.length);
    const ids = statement.body.items.map((item: { id: string }) => Number(item.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(statement.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'sale',
          amount: { amount: 19100, currency: 'MAD' },
          memberName: 'Fatima Ait Ali',
          orderNumber: order.number,
          subOrderId: coopPart.id,
        }),
      ]),
    );
    const potterStatement = await request(t.http)
      .get('/api/seller/ledger?limit=1')
      .set(potter.headers)
      .expect(200);
    expect(potterStatement.body.items).toHaveLength(1);
    expect(JSON.stringify(potterStatement.body)).not.toContain('Fatima');
    await request(t.http).get('/api/seller/ledger').set(staff.headers).expect(403);
  });

  it('takes a confirmed partial refund back from the sale’s shares, with its commission', async () => {
    const { orderId, coopPart } = await paidOrder();
    const response = await refund(orderId, {
      subOrderId: coopPart.id,
      amount: 10001,
      reason: 'One bottle arrived broken',
    }).expect(202);
    expect(response.body.refunds).toEqual([
      expect.objectContaining({
        orderId,
        subOrderId: coopPart.id,
        amount: { amount: 10001, currency: 'MAD' },
        status: expect.stringMatching(/^(pending|succeeded)$/),
        reason: 'One bottle arrived broken',
      }),
    ]);
    const refundId = response.body.refunds[0].id;
    await eventually(
      () => t.dataSource.getRepository(RefundEntity).findOneByOrFail({ id: refundId }),
      (row) => row.status === 'succeeded',
    );
    await env.stripe.webhooksIdle();
    const entries = await entriesOf(coopPart.id);
    expect(total(ofKind(entries, 'refund'))).toBe(-10001);
    // 10 % of 100.01 MAD, rounded: 10.00 MAD of commission comes back.
    expect(total(ofKind(entries, 'commission_refund'))).toBe(1000);
    expect(ofKind(entries, 'refund').every((entry) => entry.refundId === refundId)).toBe(true);
    const part = await t.dataSource
      .getRepository(SubOrderEntity)
      .findOneByOrFail({ id: coopPart.id });
    expect(part).toMatchObject({ status: 'paid', refundedAmount: 10001 });

    // The rest, then: the part is refunded in full and the seller keeps nothing of it.
    await refund(orderId, {
      subOrderId: coopPart.id,
      reason: 'Order cancelled by the buyer',
    }).expect(202);
    const refunded = await eventually(
      () => t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id: coopPart.id }),
      (row) => row.status === 'refunded',
    );
    await env.stripe.webhooksIdle();
    expect(refunded.refundedAmount).toBe(refunded.totalAmount);
    const after = await entriesOf(coopPart.id);
    expect(total(after)).toBe(0);
    expect(total(ofKind(after, 'refund'))).toBe(-refunded.totalAmount);
    expect(total(ofKind(after, 'commission_refund'))).toBe(-total(ofKind(after, 'commission')));
    for (const member of [null, fatima.id, khadija.id]) {
      expect(total(after.filter((entry) => entry.memberId === member))).toBe(0);
    }
    const history = await t.dataSource.query(
      `SELECT from_status, to_status, actor_kind, note FROM order_status_changes
        WHERE sub_order_id = $1 ORDER BY id DESC LIMIT 1`,
      [coopPart.id],
    );
    expect(history).toEqual([
      {
        from_status: 'paid',
        to_status: 'refunded',
        actor_kind: 'payment',
        note: 'Order cancelled by the buyer',
      },
    ]);
  });

  it('refunds a whole order, one refund per seller', async () => {
    const { orderId, potterPart, coopPart } = await paidOrder();
    const response = await refund(orderId, { reason: 'Shipment lost by the carrier' }).expect(202);
    expect(response.body.refunds.map((r: { subOrderId: string }) => r.subOrderId).sort()).toEqual(
      [potterPart.id, coopPart.id].sort(),
    );
    await eventually(
      () => t.dataSource.getRepository(SubOrderEntity).findBy({ orderId }),
      (rows) => rows.every((row) => row.status === 'refunded'),
    );
    await env.stripe.webhooksIdle();
    expect(total(await entriesOf(potterPart.id))).toBe(0);
    expect(total(await entriesOf(coopPart.id))).toBe(0);
  });

  it('refuses what cannot be refunded, changing nothing', async () => {
    const { orderId, potterPart, coopPart } = await paidOrder();
    const cash = await makeOrder(t, [{ productId: vase.id }]);
    const unpaid = await makeOrder(t, [{ productId: vase.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    const other = await paidOrder();
    const state = async () => ({
      refunds: await t.dataSource.getRepository(RefundEntity).count(),
      ledger: await t.dataSource.getRepository(LedgerEntryEntity).count(),
      parts: await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId }),
    });
    const before = await state();
    const reason = 'Because';
    expect((await refund(cash.orderId, { reason }).expect(422)).body.message).toMatch(
      /Cash on delivery/,
    );
    expect((await refund(unpaid.orderId, { reason }).expect(422)).body.message).toMatch(
      /not been paid/,
    );
    expect((await refund(orderId, { amount: 100, reason }).expect(422)).body.message).toMatch(
      /several sellers/,
    );
    await refund(orderId, {
      subOrderId: potterPart.id,
      amount: potterPart.totalAmount + 1,
      reason,
    }).expect(422);
    await refund(orderId, { subOrderId: other.potterPart.id, reason }).expect(404);
    await refund('00000000-0000-4000-8000-000000000000', { reason }).expect(404);
    for (const body of [
      { subOrderId: coopPart.id, amount: 0, reason },
      { subOrderId: coopPart.id, amount: 10.5, reason },
      { subOrderId: coopPart.id, amount: '100', reason },
      { subOrderId: coopPart.id },
      { subOrderId: coopPart.id, reason, currency: 'EUR' },
      { subOrderId: 'part-1', reason },
    ]) {
      await refund(orderId, body).expect(400);
    }
    await refund(orderId, { reason }, potter.headers).expect(403);
    await refund(orderId, { reason }, {}).expect(401);
    expect(await state()).toEqual(before);
  });

  it('refunds at most what was paid when two refunds race', async () => {
    const { orderId, potterPart } = await paidOrder();
    const responses = await Promise.all(
      [1, 2].map(() => refund(orderId, { subOrderId: potterPart.id, reason: 'Double click' })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([202, 409]);
    await eventually(
      () => t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id: potterPart.id }),
      (row) => row.status === 'refunded',
    );
    await env.stripe.webhooksIdle();
    const rows = await t.dataSource
      .getRepository(RefundEntity)
      .findBy({ subOrderId: potterPart.id });
    expect(rows).toHaveLength(1);
    const again = await refund(orderId, { subOrderId: potterPart.id, reason: 'Again' }).expect(409);
    expect(again.body.message).toMatch(/refunded/);
  });
});
