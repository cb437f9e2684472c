import request from 'supertest';
import { SellerShippingEntity } from '../src/modules/cart/entities/seller-shipping.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import {
  signInAs,
  signInAsSeller,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import { makeOrder } from './support/buying';
import { makeMember, makeProduct } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The commission (10 %) and its split at amounts that fall exactly half-way between two
 * centimes. Every expected amount is worked out by hand in the comments: the rule is
 * "half a centime goes up" for the commission, and for a split "the spare centime goes to
 * the largest remainder, the shop first when remainders tie".
 */
describe('ledger rounding at half a centime', () => {
  let t: TestApp;
  let staff: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');
  });

  afterAll(() => t.close());

  /** A shop whose shipping in Morocco costs 25.00 MAD. */
  async function shop(kind: 'artisan' | 'cooperative'): Promise<SignedInSeller> {
    const seller = await signInAsSeller(t, { kind });
    await t.dataSource
      .getRepository(SellerShippingEntity)
      .update(seller.shop.id, { moroccoAmount: 2500, internationalAmount: 2500 });
    return seller;
  }

  /** A cash order, delivered by the seller and remitted by the chamber: the sale is booked. */
  async function remittedSale(seller: SignedInSeller, productIds: string[]) {
    const { orderId } = await makeOrder(
      t,
      productIds.map((productId) => ({ productId })),
    );
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
    return part;
  }

  const ledgerOf = (
    subOrderId: string,
  ): Promise<{ kind: string; member: string; amount: number }[]> =>
    t.dataSource.query(
      `SELECT e.kind, coalesce(m.name, 'shop') AS member, e.amount
         FROM ledger_entries e LEFT JOIN cooperative_members m ON m.id = e.member_id
        WHERE e.sub_order_id = $1 ORDER BY e.kind, e.member_id NULLS FIRST`,
      [subOrderId],
    );

  it('rounds a commission of 12.345 MAD up to 12.35 MAD', async () => {
    const potter = await shop('artisan');
    const plate = await makeProduct(t.dataSource, potter.shop, { priceAmount: 9845 });
    const part = await remittedSale(potter, [plate.id]);
    // 98.45 + 25.00 shipping = 123.45 MAD; 10 % is 12.345 MAD, half a centime: 12.35 MAD.
    expect(part.totalAmount).toBe(12345);
    expect(await ledgerOf(part.id)).toEqual([
      { kind: 'commission', member: 'shop', amount: -1235 },
      { kind: 'sale', member: 'shop', amount: 12345 },
    ]);
  });

  it('gives the spare centime of a commission split in two equal halves to the shop', async () => {
    const coop = await shop('cooperative');
    const weaver = await makeMember(t.dataSource, coop.shop, 'Itto Ait Lahcen');
    const rug = await makeProduct(t.dataSource, coop.shop, {
      priceAmount: 6175,
      madeByMemberId: weaver.id,
    });
    const basket = await makeProduct(t.dataSource, coop.shop, { priceAmount: 3675 });
    const part = await remittedSale(coop, [rug.id, basket.id]);
    // The member's rug is 61.75 MAD; the shop keeps the basket and the shipping,
    // 36.75 + 25.00 = 61.75 MAD. 10 % of 123.50 MAD is 12.35 MAD, exactly; split in two equal
    // shares it is 6.175 MAD each, half a centime both: the shop takes 6.18, the member 6.17.
    expect(part.totalAmount).toBe(12350);
    expect(await ledgerOf(part.id)).toEqual([
      { kind: 'commission', member: 'shop', amount: -618 },
      { kind: 'commission', member: 'Itto Ait Lahcen', amount: -617 },
      { kind: 'sale', member: 'shop', amount: 6175 },
      { kind: 'sale', member: 'Itto Ait Lahcen', amount: 6175 },
    ]);
  });

  it('rounds the commission half up, then splits it by the larger remainder', async () => {
    const coop = await shop('cooperative');
    const spinner = await makeMember(t.dataSource, coop.shop, 'Zahra Oubaha');
    const blanket = await makeProduct(t.dataSource, coop.shop, {
      priceAmount: 6173,
      madeByMemberId: spinner.id,
    });
    const bowl = await makeProduct(t.dataSource, coop.shop, { priceAmount: 3672 });
    const part = await remittedSale(coop, [blanket.id, bowl.id]);
    // Shop 36.72 + 25.00 = 61.72 MAD, member 61.73 MAD: 123.45 MAD, commission 12.345 → 12.35.
    // Shares of 12.35: 12.35 × 6172 / 12345 = 6.1745 and 12.35 × 6173 / 12345 = 6.1755:
    // 6.17 each, and the spare centime goes to the member, whose remainder is the larger.
    expect(part.totalAmount).toBe(12345);
    expect(await ledgerOf(part.id)).toEqual([
      { kind: 'commission', member: 'shop', amount: -617 },
      { kind: 'commission', member: 'Zahra Oubaha', amount: -618 },
      { kind: 'sale', member: 'shop', amount: 6172 },
      { kind: 'sale', member: 'Zahra Oubaha', amount: 6173 },
    ]);
  });
});
