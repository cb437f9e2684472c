import request from 'supertest';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { OrderStatusChangeEntity } from '../src/modules/orders/entities/order-status-change.entity';
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
import { makeProduct, makeSeller } from './support/factories';
import type { TestApp } from './support/test-app';

describe('sellers’ orders', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let potter: SignedInSeller;
  let weaver: SignedInSeller;
  let staff: SignedInUser;
  let bowl: ProductEntity;
  let rug: ProductEntity;

  beforeAll(async () => {
    env = await createPaymentsTestApp();
    t = env.t;
    potter = await signInAsSeller(t);
    weaver = await signInAsSeller(t, { province: 'chichaoua' });
    staff = await signInAs(t, 'chamber_staff');
    bowl = await makeProduct(t.dataSource, potter.shop, {
      titleFr: 'Bol',
      priceAmount: 9000,
      stock: 40,
    });
    rug = await makeProduct(t.dataSource, weaver.shop, {
      titleFr: 'Tapis',
      priceAmount: 90000,
      stock: 40,
    });
  });

  afterAll(() => env.close());

  /** A cash order with a part for each shop; returns the id of each shop's part. */
  async function cashOrder(email?: string) {
    const placed = await makeOrder(
      t,
      [{ productId: bowl.id }, { productId: rug.id }],
      email ? { email } : {},
    );
    const parts = await t.dataSource
      .getRepository(SubOrderEntity)
      .findBy({ orderId: placed.orderId });
    return {
      ...placed,
      potterPart: parts.find((part) => part.sellerId === potter.shop.id)!.id,
      weaverPart: parts.find((part) => part.sellerId === weaver.shop.id)!.id,
    };
  }

  const act = (seller: SignedInSeller, id: string, action: string, body: object = {}) =>
    request(t.http).post(`/api/seller/orders/${id}/${action}`).set(seller.headers).send(body);
  const subOrder = (id: string) =>
    t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id });
  const historyCount = () => t.dataSource.getRepository(OrderStatusChangeEntity).count();
  const stockOf = async (id: string) =>
    (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id })).stock;

  it('lists only the shop’s own parts, with the address but never the buyer’s email or other lines', async () => {
    const { orderNumber } = await cashOrder('secret.buyer@example.ma');
    // Each shop's owner is told of their part when the cash order is placed.
    const notices: { recipient: string; payload: string }[] = await t.dataSource.query(
      `SELECT recipient, payload::text AS payload FROM outbox_emails
        WHERE template = 'seller-new-order' AND payload->>'orderNumber' = $1 ORDER BY recipient`,
      [orderNumber],
    );
    expect(notices.map((notice) => notice.recipient).sort()).toEqual(
      [potter.user.email, weaver.user.email].sort(),
    );
    expect(notices.every((notice) => !notice.payload.includes('secret.buyer'))).toBe(true);
    const response = await request(t.http)
      .get('/api/seller/orders')
      .set(potter.headers)
      .expect(200);
    expect(response.body.total).toBeGreaterThanOrEqual(1);
    const [first] = response.body.items;
    expect(first).toMatchObject({
      orderNumber: expect.stringMatching(/^HRF-/),
      paymentMethod: 'cod',
      status: 'placed',
      nextStatuses: ['confirmed'],
      lines: [{ title: 'Bol', quantity: 1, unitPrice: { amount: 9000 } }],
      items: { amount: 9000 },
      shipping: { amount: 3500 },
      total: { amount: 12500 },
      shipTo: {
        name: 'Amina El Idrissi',
        phone: '+212 612 345 678',
        line1: '12 derb Sidi Bouloukat',
        line2: null,
        city: 'Marrakech',
        postalCode: '40000',
        country: 'MA',
      },
    });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('secret.buyer');
    expect(text).not.toContain('Tapis');
    expect(text).not.toContain(rug.id);
  });

  it('lists without a query per order, filters by status and pages', async () => {
    const solo = await signInAsSeller(t);
    const piece = await makeProduct(t.dataSource, solo.shop, { stock: 20 });
    await makeOrder(t, [{ productId: piece.id }]);
    t.queries.reset();
    await request(t.http).get('/api/seller/orders').set(solo.headers).expect(200);
    const forOne = t.queries.count;
    for (let i = 0; i < 5; i++) await makeOrder(t, [{ productId: piece.id }]);
    t.queries.reset();
    const all = await request(t.http).get('/api/seller/orders').set(solo.headers).expect(200);
    expect(t.queries.count).toBe(forOne);
    expect(all.body.total).toBe(6);

    const [latest] = all.body.items;
    await act(solo, latest.id, 'confirm').expect(200);
    const confirmed = await request(t.http)
      .get('/api/seller/orders?status=confirmed')
      .set(solo.headers)
      .expect(200);
    expect(confirmed.body.items.map((item: { id: string }) => item.id)).toEqual([latest.id]);
    const paged = await request(t.http)
      .get('/api/seller/orders?limit=4&page=2')
      .set(solo.headers)
      .expect(200);
    expect(paged.body).toMatchObject({ total: 6, page: 2, limit: 4 });
    expect(paged.body.items).toHaveLength(2);
    await request(t.http).get('/api/seller/orders?status=lost').set(solo.headers).expect(400);
  });

  it('answers 404 for another shop’s part, for reading and for every move, changing nothing', async () => {
    const { weaverPart } = await cashOrder();
    const before = await subOrder(weaverPart);
    const changes = await historyCount();
    await request(t.http).get(`/api/seller/orders/${weaverPart}`).set(potter.headers).expect(404);
    for (const action of ['accept', 'confirm', 'deliver', 'refuse', 'return']) {
      await act(potter, weaverPart, action).expect(404);
    }
    await act(potter, weaverPart, 'ship', { trackingNumber: 'RR1' }).expect(404);
    expect(await subOrder(weaverPart)).toEqual(before);
    expect(await historyCount()).toBe(changes);
  });

  it('keeps the seller routes for sellers only, refusing by role before any shop is looked up', async () => {
    const roleRefusal = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'Your account is not allowed to do this',
    };
    // A shopper with no shop: refused for the role, not for the missing shop.
    const shopper = await signInAs(t, 'shopper');
    const refused = await request(t.http)
      .get('/api/seller/orders')
      .set(shopper.headers)
      .expect(403);
    expect(refused.body).toEqual(roleRefusal);
    const asStaff = await request(t.http).get('/api/seller/orders').set(staff.headers).expect(403);
    expect(asStaff.body).toEqual(roleRefusal);

    // A shopper written down as the owner of an approved shop is refused all the same, for
    // reading that shop's orders and for moving them, and nothing changes.
    const owner = await signInAs(t, 'shopper');
    const shop = await makeSeller(t.dataSource);
    await t.dataSource.getRepository(SellerEntity).update(shop.id, { ownerUserId: owner.user.id });
    const jar = await makeProduct(t.dataSource, shop, { stock: 5 });
    const { orderId } = await makeOrder(t, [{ productId: jar.id }]);
    const [part] = await t.dataSource.getRepository(SubOrderEntity).findBy({ orderId });
    const before = await subOrder(part.id);
    const changes = await historyCount();
    for (const call of [
      () => request(t.http).get('/api/seller/orders').set(owner.headers),
      () => request(t.http).get(`/api/seller/orders/${part.id}`).set(owner.headers),
      () => request(t.http).post(`/api/seller/orders/${part.id}/confirm`).set(owner.headers),
    ]) {
      expect((await call().expect(403)).body).toEqual(roleRefusal);
    }
    expect(await subOrder(part.id)).toEqual(before);
    expect(await historyCount()).toBe(changes);

    await request(t.http).get('/api/seller/orders').expect(401);
  });

  it('follows the cash path to remittance, crediting the ledger only when the cash arrives', async () => {
    const { orderId, potterPart } = await cashOrder();
    await act(potter, potterPart, 'confirm').expect(200);
    const noTracking = await act(potter, potterPart, 'ship').expect(400);
    expect(noTracking.body.message).toMatch(/trackingNumber/);
    expect((await subOrder(potterPart)).status).toBe('confirmed');
    const shipped = await act(potter, potterPart, 'ship', {
      trackingNumber: 'RR123456789MA',
    }).expect(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', trackingNumber: 'RR123456789MA' });
    const delivered = await act(potter, potterPart, 'deliver').expect(200);
    expect(delivered.body.nextStatuses).toEqual([]);
    const ledger = () =>
      t.dataSource.query(
        'SELECT kind, amount FROM ledger_entries WHERE sub_order_id = $1 ORDER BY id',
        [potterPart],
      );
    expect(await ledger()).toEqual([]);
    // Remitting is the chamber's: the seller cannot.
    await act(potter, potterPart, 'remit').expect(404);
    const remitted = await request(t.http)
      .post(`/api/admin/orders/${orderId}/remit`)
      .set(staff.headers)
      .send({ subOrderId: potterPart })
      .expect(200);
    expect(
      remitted.body.subOrders.find((part: { id: string }) => part.id === potterPart).status,
    ).toBe('remitted');
    expect(await ledger()).toEqual([
      { kind: 'sale', amount: 12500 },
      { kind: 'commission', amount: -1250 },
    ]);
    const history = await t.dataSource.getRepository(OrderStatusChangeEntity).find({
      where: { subOrderId: potterPart },
      order: { id: 'ASC' },
    });
    expect(history.map((change) => `${change.toStatus}:${change.actorKind}`)).toEqual([
      'placed:shopper',
      'confirmed:seller',
      'shipped:seller',
      'delivered:seller',
      'remitted:staff',
    ]);
    expect(history[1].actorUserId).toBe(potter.user.id);
    expect(history[4].actorUserId).toBe(staff.user.id);
  });

  it('puts the stock back when a refused parcel returns', async () => {
    const { weaverPart } = await cashOrder();
    const stock = await stockOf(rug.id);
    const adminConfirm = await request(t.http)
      .post(`/api/admin/orders/${(await subOrder(weaverPart)).orderId}/confirm`)
      .set(staff.headers)
      .send({ subOrderId: weaverPart })
      .expect(200);
    expect(
      adminConfirm.body.subOrders.find((p: { id: string }) => p.id === weaverPart).status,
    ).toBe('confirmed');
    await act(weaver, weaverPart, 'ship', { trackingNumber: 'CP-4455' }).expect(200);
    await act(weaver, weaverPart, 'refuse').expect(200);
    expect(await stockOf(rug.id)).toBe(stock);
    const returned = await act(weaver, weaverPart, 'return').expect(200);
    expect(returned.body.status).toBe('returned');
    expect(await stockOf(rug.id)).toBe(stock + 1);
    // Returned is final: no second restock.
    await act(weaver, weaverPart, 'return').expect(409);
    expect(await stockOf(rug.id)).toBe(stock + 1);
  });

  it('refuses a move the status table does not allow (409), changing nothing', async () => {
    const { potterPart } = await cashOrder();
    const before = await subOrder(potterPart);
    const changes = await historyCount();
    const stock = await stockOf(bowl.id);
    for (const action of ['accept', 'deliver', 'refuse', 'return']) {
      const response = await act(potter, potterPart, action).expect(409);
      expect(response.body.message).toMatch(/^This order is placed; it cannot become /);
    }
    await act(potter, potterPart, 'ship', { trackingNumber: 'RR1' }).expect(409);
    const orderId = before.orderId;
    await request(t.http)
      .post(`/api/admin/orders/${orderId}/remit`)
      .set(staff.headers)
      .send({ subOrderId: potterPart })
      .expect(409);
    expect(await subOrder(potterPart)).toEqual(before);
    expect(await historyCount()).toBe(changes);
    expect(await stockOf(bowl.id)).toBe(stock);
  });

  it('follows the card path once paid: accept, ship with tracking, deliver', async () => {
    const placed = await makeOrder(t, [{ productId: bowl.id }], {
      paymentMethod: 'card',
      shipping: FRENCH_ADDRESS,
    });
    const [part] = await t.dataSource
      .getRepository(SubOrderEntity)
      .findBy({ orderId: placed.orderId });
    // Before payment the seller does not see it.
    await request(t.http).get(`/api/seller/orders/${part.id}`).set(potter.headers).expect(404);
    await act(potter, part.id, 'accept').expect(404);
    await env.stripe.pay(placed.paymentUrl!.split('/pay/')[1]);
    await eventually(
      () => subOrder(part.id),
      (row) => row.status === 'paid',
    );
    await env.stripe.webhooksIdle();

    const seen = await request(t.http)
      .get(`/api/seller/orders/${part.id}`)
      .set(potter.headers)
      .expect(200);
    expect(seen.body).toMatchObject({
      paymentMethod: 'card',
      status: 'paid',
      nextStatuses: ['accepted'],
      shipping: { amount: 25000 },
      shipTo: { country: 'FR', city: 'Lyon' },
    });
    await act(potter, part.id, 'ship', { trackingNumber: 'LX1' }).expect(409);
    await act(potter, part.id, 'accept').expect(200);
    await act(potter, part.id, 'ship', { trackingNumber: ' LX 998877 FR ' }).expect(200);
    const done = await act(potter, part.id, 'deliver').expect(200);
    expect(done.body).toMatchObject({ status: 'delivered', trackingNumber: 'LX 998877 FR' });
    await act(potter, part.id, 'confirm').expect(409);
  });

  describe('the chamber’s order list', () => {
    it('filters by status, payment method, seller and order number or email', async () => {
      const { orderId, orderNumber } = await cashOrder('filter.me@example.ma');
      const list = (query: string) =>
        request(t.http).get(`/api/admin/orders?${query}`).set(staff.headers).expect(200);
      const byNumber = await list(`q=${orderNumber}`);
      expect(byNumber.body.items.map((o: { id: string }) => o.id)).toEqual([orderId]);
      expect(byNumber.body.items[0]).toMatchObject({
        email: 'filter.me@example.ma',
        paymentMethod: 'cod',
        paymentStatus: 'cash_on_delivery',
        subOrders: expect.arrayContaining([
          expect.objectContaining({
            seller: expect.objectContaining({ id: potter.shop.id }),
            status: 'placed',
          }),
        ]),
      });
      expect((await list('q=filter.me')).body.items.map((o: { id: string }) => o.id)).toEqual([
        orderId,
      ]);
      const bySeller = await list(`sellerId=${weaver.shop.id}&status=placed&paymentMethod=cod`);
      expect(bySeller.body.items.map((o: { id: string }) => o.id)).toContain(orderId);
      const card = await list('paymentMethod=card');
      expect(
        card.body.items.every((o: { paymentMethod: string }) => o.paymentMethod === 'card'),
      ).toBe(true);
      const detail = await request(t.http)
        .get(`/api/admin/orders/${orderId}`)
        .set(staff.headers)
        .expect(200);
      expect(detail.body.email).toBe('filter.me@example.ma');
    });

    it('is for the chamber’s staff only', async () => {
      await request(t.http).get('/api/admin/orders').set(potter.headers).expect(403);
      await request(t.http).get('/api/admin/orders').expect(401);
      await request(t.http)
        .get('/api/admin/orders?paymentMethod=cash')
        .set(staff.headers)
        .expect(400);
    });

    it('answers 404 for a part of another order', async () => {
      const first = await cashOrder();
      const second = await cashOrder();
      const before = await subOrder(second.potterPart);
      await request(t.http)
        .post(`/api/admin/orders/${first.orderId}/confirm`)
        .set(staff.headers)
        .send({ subOrderId: second.potterPart })
        .expect(404);
      expect(await subOrder(second.potterPart)).toEqual(before);
    });
  });
});
