import request from 'supertest';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { CodConfirmationExpiryService } from '../src/modules/order-cancellation/cod-confirmation-expiry.service';
import { OrderEntity } from '../src/modules/orders/entities/order.entity';
import { SubOrderEntity } from '../src/modules/orders/entities/sub-order.entity';
import { PaymentEntity } from '../src/modules/payments/entities/payment.entity';
import { createStripe } from '../src/modules/payments/stripe.client';
import {
  signInAs,
  signInAsSeller,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import {
  addToCart,
  createPaymentsTestApp,
  eventually,
  openCart,
  placeOrder,
  type Buyer,
  type PaymentsTestApp,
} from './support/buying';
import { makeProduct } from './support/factories';
import type { TestApp } from './support/test-app';

const HOUR = 3_600_000;

interface PlacedOrder {
  buyer: Buyer;
  orderId: string;
  orderNumber: string;
  paymentUrl: string | null;
  /** Each shop's part, by the shop's id. */
  parts: Map<string, string>;
}

describe('cancelling orders', () => {
  let env: PaymentsTestApp;
  let t: TestApp;
  let potter: SignedInSeller;
  let weaver: SignedInSeller;
  let staff: SignedInUser;
  let sweep: CodConfirmationExpiryService;

  beforeAll(async () => {
    // Many checkouts come from one address here; the per-IP limits are tested elsewhere.
    env = await createPaymentsTestApp({
      RATE_LIMIT_CHECKOUT_PER_IP: '1000/10min',
      RATE_LIMIT_GUEST_CHECKOUT_PER_IP: '1000/10min',
      RATE_LIMIT_CART_PER_IP: '1000/10min',
    });
    t = env.t;
    potter = await signInAsSeller(t);
    weaver = await signInAsSeller(t, { province: 'chichaoua' });
    staff = await signInAs(t, 'chamber_staff');
    sweep = t.app.get(CodConfirmationExpiryService);
  });

  afterAll(() => env.close());

  const bowlOf = (shop: SignedInSeller, stock = 10) =>
    makeProduct(t.dataSource, shop.shop, { titleFr: 'Bol', priceAmount: 9000, stock });

  async function order(
    lines: { productId: string; quantity?: number }[],
    options: { headers?: Record<string, string>; card?: boolean } = {},
  ): Promise<PlacedOrder> {
    const buyer = await openCart(t, options.headers);
    for (const line of lines) {
      await addToCart(t, buyer, line.productId, line.quantity ?? 1).expect(201);
    }
    const body = options.card ? { paymentMethod: 'card' as const } : {};
    const answer = await placeOrder(t, buyer, body);
    if (answer.status !== 201) {
      throw new Error(`Checkout answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    const placed = { buyer, ...(answer.body as Omit<PlacedOrder, 'buyer' | 'parts'>) };
    const rows = await t.dataSource
      .getRepository(SubOrderEntity)
      .findBy({ orderId: placed.orderId });
    return { ...placed, parts: new Map(rows.map((row) => [row.sellerId, row.id])) };
  }

  /** Everything a cancellation touches, read back from the database. */
  async function snapshot(orderId: string, productIds: string[]) {
    const { number } = await t.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: orderId });
    const statuses: { id: string; status: string }[] = await t.dataSource.query(
      `SELECT id, status FROM sub_orders WHERE order_id = $1 ORDER BY id`,
      [orderId],
    );
    const stock: { id: string; stock: number }[] = await t.dataSource.query(
      `SELECT id, stock FROM products WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [productIds],
    );
    const [{ count: history }] = await t.dataSource.query(
      `SELECT count(*)::integer AS count FROM order_status_changes c
         JOIN sub_orders s ON s.id = c.sub_order_id WHERE s.order_id = $1`,
      [orderId],
    );
    const [{ count: emails }] = await t.dataSource.query(
      `SELECT count(*)::integer AS count FROM outbox_emails WHERE payload->>'orderNumber' = $1`,
      [number],
    );
    const payment = await t.dataSource.getRepository(PaymentEntity).findOneBy({ orderId });
    return { statuses, stock, history, emails, payment: payment?.status ?? null };
  }

  const stockOf = async (id: string) =>
    (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id })).stock;
  const statusOf = async (id: string) =>
    (await t.dataSource.getRepository(SubOrderEntity).findOneByOrFail({ id })).status;
  const cancelChanges = (subOrderId: string) =>
    t.dataSource.query(
      `SELECT from_status, to_status, actor_kind, actor_user_id, note
         FROM order_status_changes WHERE sub_order_id = $1 AND to_status = 'cancelled'`,
      [subOrderId],
    ) as Promise<
      {
        from_status: string;
        to_status: string;
        actor_kind: string;
        actor_user_id: string | null;
        note: string | null;
      }[]
    >;
  const emailsOf = (orderNumber: string, template: string) =>
    t.dataSource.query(
      `SELECT recipient, payload FROM outbox_emails
        WHERE template = $2 AND payload->>'orderNumber' = $1 ORDER BY recipient`,
      [orderNumber, template],
    ) as Promise<{ recipient: string; payload: Record<string, unknown> }[]>;

  const sellerCancel = (seller: { headers: Record<string, string> }, id: string, body: object) =>
    request(t.http).post(`/api/seller/orders/${id}/cancel`).set(seller.headers).send(body);
  const staffCancel = (id: string, body: object, headers: Record<string, string> = staff.headers) =>
    request(t.http).post(`/api/admin/orders/${id}/cancel`).set(headers).send(body);
  const buyerCancel = (id: string, headers: Record<string, string>, body: object) =>
    request(t.http).post(`/api/orders/${id}/cancel`).set(headers).send(body);

  describe('by the seller', () => {
    it('cancels a placed cash part of their shop: history, stock once, emails to both', async () => {
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const placed = await order([{ productId: bowl.id, quantity: 3 }, { productId: rug.id }]);
      const part = placed.parts.get(potter.shop.id)!;
      expect(await stockOf(bowl.id)).toBe(7);

      const response = await sellerCancel(potter, part, { reason: '  Pièce cassée au four  ' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: part, status: 'cancelled', nextStatuses: [] });

      expect(await stockOf(bowl.id)).toBe(10);
      expect(await stockOf(rug.id)).toBe(9);
      expect(await statusOf(placed.parts.get(weaver.shop.id)!)).toBe('placed');
      expect(await cancelChanges(part)).toEqual([
        {
          from_status: 'placed',
          to_status: 'cancelled',
          actor_kind: 'seller',
          actor_user_id: potter.user.id,
          note: 'Pièce cassée au four',
        },
      ]);
      const [toBuyer] = await emailsOf(placed.orderNumber, 'order-cancelled');
      const { email } = await t.dataSource
        .getRepository(OrderEntity)
        .findOneByOrFail({ id: placed.orderId });
      expect(toBuyer.recipient).toBe(email);
      expect(toBuyer.payload).toMatchObject({
        cancelledBy: 'seller',
        reason: 'Pièce cassée au four',
        total: { amount: 3 * 9000 + 3500 },
      });
      const toSellers = await emailsOf(placed.orderNumber, 'seller-order-cancelled');
      expect(toSellers.map((email) => email.recipient)).toEqual([potter.user.email]);

      // Again: refused, and the stock is not given back twice.
      const before = await snapshot(placed.orderId, [bowl.id, rug.id]);
      const again = await sellerCancel(potter, part, { reason: 'Encore une fois' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'order.not_cancellable' });
      expect(await snapshot(placed.orderId, [bowl.id, rug.id])).toEqual(before);
    });

    it('cancels a confirmed cash part, and gives a unique piece back once', async () => {
      const unique = await bowlOf(potter, 1);
      const placed = await order([{ productId: unique.id }]);
      const part = placed.parts.get(potter.shop.id)!;
      await request(t.http)
        .post(`/api/seller/orders/${part}/confirm`)
        .set(potter.headers)
        .expect(200);
      expect(await stockOf(unique.id)).toBe(0);

      await sellerCancel(potter, part, { reason: 'Adresse introuvable' }).expect(200);
      expect(await stockOf(unique.id)).toBe(1);
      expect((await cancelChanges(part))[0]).toMatchObject({ from_status: 'confirmed' });
    });

    it('refuses another shop’s part, a shipped part, a bad reason or a stranger, changing nothing', async () => {
      const bowl = await bowlOf(potter);
      const placed = await order([{ productId: bowl.id }]);
      const part = placed.parts.get(potter.shop.id)!;
      const shipped = await order([{ productId: bowl.id }]);
      const shippedPart = shipped.parts.get(potter.shop.id)!;
      await request(t.http)
        .post(`/api/seller/orders/${shippedPart}/confirm`)
        .set(potter.headers)
        .expect(200);
      await request(t.http)
        .post(`/api/seller/orders/${shippedPart}/ship`)
        .set(potter.headers)
        .send({ trackingNumber: 'RR123456789MA' })
        .expect(200);
      const shopper = await signInAs(t, 'shopper');
      const before = await snapshot(placed.orderId, [bowl.id]);
      const shippedBefore = await snapshot(shipped.orderId, [bowl.id]);

      const weaverTry = await sellerCancel(weaver, part, { reason: 'Pas à moi' });
      expect(weaverTry.status).toBe(404);
      const late = await sellerCancel(potter, shippedPart, { reason: 'Trop tard' });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'order.not_cancellable', status: 'shipped' });
      for (const body of [
        {},
        { reason: '' },
        { reason: '  ab  ' },
        { reason: 'x'.repeat(501) },
        { reason: 42 },
        { reason: 'Valable', extra: true },
      ]) {
        const bad = await sellerCancel(potter, part, body);
        expect(bad.status).toBe(400);
        expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      }
      await sellerCancel({ headers: {} }, part, { reason: 'Anonyme' }).expect(401);
      await sellerCancel(shopper, part, { reason: 'Acheteur' }).expect(403);
      await sellerCancel(potter, 'not-a-uuid', { reason: 'Mauvais id' }).expect(400);

      expect(await snapshot(placed.orderId, [bowl.id])).toEqual(before);
      expect(await snapshot(shipped.orderId, [bowl.id])).toEqual(shippedBefore);
      // A reason of exactly the limits is taken.
      await sellerCancel(potter, part, { reason: 'x'.repeat(500) }).expect(200);
    });
  });

  describe('by the chamber', () => {
    it('cancels every part of an order, or the one it names', async () => {
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const whole = await order([{ productId: bowl.id }, { productId: rug.id }]);
      const response = await staffCancel(whole.orderId, { reason: 'Commande frauduleuse' });
      expect(response.status).toBe(200);
      expect(response.body.subOrders.map((part: { status: string }) => part.status)).toEqual([
        'cancelled',
        'cancelled',
      ]);
      expect([await stockOf(bowl.id), await stockOf(rug.id)]).toEqual([10, 10]);
      for (const part of whole.parts.values()) {
        expect(await cancelChanges(part)).toEqual([
          expect.objectContaining({ actor_kind: 'staff', actor_user_id: staff.user.id }),
        ]);
      }
      expect(await emailsOf(whole.orderNumber, 'order-cancelled')).toHaveLength(1);
      expect(
        (await emailsOf(whole.orderNumber, 'seller-order-cancelled')).map((e) => e.recipient),
      ).toEqual([potter.user.email, weaver.user.email].sort());

      const one = await order([{ productId: bowl.id }, { productId: rug.id }]);
      await staffCancel(one.orderId, {
        reason: 'Le tapisserie est fermée',
        subOrderId: one.parts.get(weaver.shop.id),
      }).expect(200);
      expect(await statusOf(one.parts.get(weaver.shop.id)!)).toBe('cancelled');
      expect(await statusOf(one.parts.get(potter.shop.id)!)).toBe('placed');
      expect([await stockOf(bowl.id), await stockOf(rug.id)]).toEqual([9, 10]);
    });

    it('refuses a part of another order, a shipped part, and anyone but staff', async () => {
      const bowl = await bowlOf(potter);
      const placed = await order([{ productId: bowl.id }]);
      const other = await order([{ productId: bowl.id }]);
      const part = placed.parts.get(potter.shop.id)!;
      const before = await snapshot(placed.orderId, [bowl.id]);

      await staffCancel(other.orderId, { reason: 'Mauvaise commande', subOrderId: part }).expect(
        404,
      );
      await staffCancel('3f1c7a7e-1f7b-4c55-9a9e-3a8b4c1d2e3f', { reason: 'Inconnue' }).expect(404);
      await staffCancel(placed.orderId, { reason: 'Vendeur' }, potter.headers).expect(403);
      await staffCancel(placed.orderId, { reason: 'Anonyme' }, {}).expect(401);
      await staffCancel(placed.orderId, { reason: 'no' }).expect(400);
      expect(await snapshot(placed.orderId, [bowl.id])).toEqual(before);

      await request(t.http)
        .post(`/api/seller/orders/${part}/confirm`)
        .set(potter.headers)
        .expect(200);
      await request(t.http)
        .post(`/api/seller/orders/${part}/ship`)
        .set(potter.headers)
        .send({ trackingNumber: 'RR000000001MA' })
        .expect(200);
      const shipped = await snapshot(placed.orderId, [bowl.id]);
      const late = await staffCancel(placed.orderId, { reason: 'Trop tard' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('order.not_cancellable');
      expect(await snapshot(placed.orderId, [bowl.id])).toEqual(shipped);
    });
  });

  describe('by the buyer', () => {
    it('lets a guest cancel the order of their cart cookie, and nobody else', async () => {
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const placed = await order([{ productId: bowl.id }, { productId: rug.id, quantity: 2 }]);
      const stranger = await order([{ productId: bowl.id }]);
      const before = await snapshot(placed.orderId, [bowl.id, rug.id]);

      await buyerCancel(placed.orderId, stranger.buyer.headers, { reason: 'Pas la mienne' }).expect(
        404,
      );
      await buyerCancel(placed.orderId, {}, { reason: 'Anonyme' }).expect(404);
      await buyerCancel(placed.orderId, placed.buyer.headers, { reason: ' x ' }).expect(400);
      expect(await snapshot(placed.orderId, [bowl.id, rug.id])).toEqual(before);

      const response = await buyerCancel(placed.orderId, placed.buyer.headers, {
        reason: 'Je me suis trompée de couleur',
      });
      expect(response.status).toBe(200);
      expect(
        response.body.subOrders.every((p: { status: string }) => p.status === 'cancelled'),
      ).toBe(true);
      expect(await stockOf(bowl.id)).toBe(9); // the stranger's order still holds one
      expect(await stockOf(rug.id)).toBe(10);
      for (const part of placed.parts.values()) {
        expect(await cancelChanges(part)).toEqual([
          expect.objectContaining({ actor_kind: 'shopper', actor_user_id: null }),
        ]);
      }
      const [toBuyer] = await emailsOf(placed.orderNumber, 'order-cancelled');
      // The buyer's own words go to the sellers, not back to the address typed at checkout.
      expect(toBuyer.payload).toMatchObject({ cancelledBy: 'shopper', reason: null });
      const toSellers = await emailsOf(placed.orderNumber, 'seller-order-cancelled');
      expect(toSellers).toHaveLength(2);
      expect(toSellers[0].payload).toMatchObject({ reason: 'Je me suis trompée de couleur' });
    });

    it('lets a signed-in buyer cancel their order, not another account’s', async () => {
      const bowl = await bowlOf(potter);
      const shopper = await signInAs(t, 'shopper');
      const other = await signInAs(t, 'shopper');
      const placed = await order([{ productId: bowl.id }], { headers: shopper.headers });
      const before = await snapshot(placed.orderId, [bowl.id]);

      await buyerCancel(placed.orderId, other.headers, { reason: 'Pas la mienne' }).expect(404);
      expect(await snapshot(placed.orderId, [bowl.id])).toEqual(before);

      await buyerCancel(placed.orderId, shopper.headers, { reason: 'Plus besoin' }).expect(200);
      expect(await stockOf(bowl.id)).toBe(10);
      expect(await cancelChanges(placed.parts.get(potter.shop.id)!)).toEqual([
        expect.objectContaining({ actor_kind: 'shopper', actor_user_id: shopper.user.id }),
      ]);
    });

    it('refuses the whole order once one part has shipped, changing nothing', async () => {
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const placed = await order([{ productId: bowl.id }, { productId: rug.id }]);
      const part = placed.parts.get(potter.shop.id)!;
      await request(t.http)
        .post(`/api/seller/orders/${part}/confirm`)
        .set(potter.headers)
        .expect(200);
      await request(t.http)
        .post(`/api/seller/orders/${part}/ship`)
        .set(potter.headers)
        .send({ trackingNumber: 'RR000000002MA' })
        .expect(200);
      const before = await snapshot(placed.orderId, [bowl.id, rug.id]);

      const late = await buyerCancel(placed.orderId, placed.buyer.headers, { reason: 'Trop tard' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('order.not_cancellable');
      expect(await snapshot(placed.orderId, [bowl.id, rug.id])).toEqual(before);
    });
  });

  describe('card orders', () => {
    const stripe = () => createStripe(t.config);

    it('cancels an unpaid card order whole, closing its payment session first', async () => {
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const placed = await order([{ productId: bowl.id }, { productId: rug.id }], { card: true });
      expect([await stockOf(bowl.id), await stockOf(rug.id)]).toEqual([9, 9]);
      const sessionId = placed.paymentUrl!.split('/pay/')[1];

      // Staff naming one part still cancel all of it: one payment covers the whole order.
      await staffCancel(placed.orderId, {
        reason: 'Demande du client par téléphone',
        subOrderId: placed.parts.get(potter.shop.id),
      }).expect(200);
      expect([await stockOf(bowl.id), await stockOf(rug.id)]).toEqual([10, 10]);
      const after = await snapshot(placed.orderId, [bowl.id, rug.id]);
      expect(after.statuses.map((part) => part.status)).toEqual(['cancelled', 'cancelled']);
      expect(after.payment).toBe('expired');
      expect((await stripe().checkout.sessions.retrieve(sessionId)).status).toBe('expired');
      // The sellers never heard of an unpaid order; only the buyer is told.
      expect(await emailsOf(placed.orderNumber, 'order-cancelled')).toHaveLength(1);
      expect(await emailsOf(placed.orderNumber, 'seller-order-cancelled')).toHaveLength(0);
      // The page cannot take the money any more.
      expect((await env.stripe.pay(sessionId)).status).not.toBe(200);
    });

    it('refuses to cancel a paid card order (refunded by the chamber instead), changing nothing', async () => {
      const bowl = await bowlOf(potter);
      const placed = await order([{ productId: bowl.id }], { card: true });
      const sessionId = placed.paymentUrl!.split('/pay/')[1];
      expect((await env.stripe.pay(sessionId)).status).toBe(200);
      const part = placed.parts.get(potter.shop.id)!;
      await eventually(
        () => statusOf(part),
        (status) => status === 'paid',
      );
      await env.stripe.webhooksIdle();
      const before = await snapshot(placed.orderId, [bowl.id]);

      for (const response of [
        await sellerCancel(potter, part, { reason: 'Rupture' }),
        await staffCancel(placed.orderId, { reason: 'Fraude' }),
        await buyerCancel(placed.orderId, placed.buyer.headers, { reason: 'Plus besoin' }),
      ]) {
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('order.refund_required');
      }
      await request(t.http)
        .post(`/api/seller/orders/${part}/accept`)
        .set(potter.headers)
        .expect(200);
      const accepted = await sellerCancel(potter, part, { reason: 'Rupture' });
      expect(accepted.body.code).toBe('order.refund_required');
      const { statuses, stock, emails, payment } = await snapshot(placed.orderId, [bowl.id]);
      expect({ stock, emails, payment }).toEqual({
        stock: before.stock,
        emails: before.emails,
        payment: before.payment,
      });
      expect(statuses.map((row) => row.status)).toEqual(['accepted']);
    });
  });

  describe('expiry of unconfirmed cash orders', () => {
    it(`cancels parts still placed after COD_CONFIRMATION_HOURS, once, as the system`, async () => {
      expect(t.config.codConfirmationHours).toBe(48);
      const bowl = await bowlOf(potter);
      const rug = await bowlOf(weaver);
      const placed = await order([{ productId: bowl.id }, { productId: rug.id, quantity: 2 }]);
      await request(t.http)
        .post(`/api/seller/orders/${placed.parts.get(weaver.shop.id)}/confirm`)
        .set(weaver.headers)
        .expect(200);
      const potterPart = placed.parts.get(potter.shop.id)!;

      const early = await sweep.expireUnconfirmed(new Date(Date.now() + 47 * HOUR));
      expect(early.cancelled).not.toContain(potterPart);
      expect(await statusOf(potterPart)).toBe('placed');

      const due = await sweep.expireUnconfirmed(new Date(Date.now() + 49 * HOUR));
      expect(due.cancelled).toContain(potterPart);
      expect(await statusOf(potterPart)).toBe('cancelled');
      // The confirmed part is someone's promise to deliver: it stays.
      expect(await statusOf(placed.parts.get(weaver.shop.id)!)).toBe('confirmed');
      expect(await stockOf(bowl.id)).toBe(10);
      expect(await stockOf(rug.id)).toBe(8);
      expect(await cancelChanges(potterPart)).toEqual([
        {
          from_status: 'placed',
          to_status: 'cancelled',
          actor_kind: 'system',
          actor_user_id: null,
          note: 'Not confirmed within 48 hours',
        },
      ]);
      const [toBuyer] = await emailsOf(placed.orderNumber, 'order-cancelled');
      expect(toBuyer.payload).toMatchObject({ cancelledBy: 'system', reason: null });
      expect(
        (await emailsOf(placed.orderNumber, 'seller-order-cancelled')).map((e) => e.recipient),
      ).toEqual([potter.user.email]);

      const before = await snapshot(placed.orderId, [bowl.id, rug.id]);
      const again = await sweep.expireUnconfirmed(new Date(Date.now() + 49 * HOUR));
      expect(again.cancelled).not.toContain(potterPart);
      expect(await snapshot(placed.orderId, [bowl.id, rug.id])).toEqual(before);
    });

    it('gives one effect when several processes sweep at once', async () => {
      const bowl = await bowlOf(potter, 50);
      const orders: PlacedOrder[] = [];
      for (let i = 0; i < 6; i++) orders.push(await order([{ productId: bowl.id, quantity: 2 }]));
      expect(await stockOf(bowl.id)).toBe(38);
      const parts = orders.map((placed) => placed.parts.get(potter.shop.id)!);

      const later = new Date(Date.now() + 49 * HOUR);
      const results = await Promise.all([1, 2, 3, 4].map(() => sweep.expireUnconfirmed(later)));
      const cancelled = results
        .flatMap((result) => result.cancelled)
        .filter((id) => parts.includes(id));
      expect(cancelled.sort()).toEqual([...parts].sort());
      expect(results.every((result) => result.failed.length === 0)).toBe(true);
      expect(await stockOf(bowl.id)).toBe(50);
      for (const part of parts) expect(await cancelChanges(part)).toHaveLength(1);
      for (const placed of orders) {
        expect(await emailsOf(placed.orderNumber, 'order-cancelled')).toHaveLength(1);
      }
    });
  });

  describe('races', () => {
    it('two cancels at once: one wins, the other is refused, stock back once', async () => {
      const bowl = await bowlOf(potter, 1);
      for (let round = 0; round < 3; round++) {
        const placed = await order([{ productId: bowl.id }]);
        const part = placed.parts.get(potter.shop.id)!;
        const answers = await Promise.all([
          sellerCancel(potter, part, { reason: 'Le vendeur annule' }),
          staffCancel(placed.orderId, { reason: 'La Chambre annule' }),
          buyerCancel(placed.orderId, placed.buyer.headers, { reason: 'Le client annule' }),
        ]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
        expect(
          answers
            .filter((a) => a.status === 409)
            .every((a) => a.body.code === 'order.not_cancellable'),
        ).toBe(true);
        expect(await cancelChanges(part)).toHaveLength(1);
        expect(await stockOf(bowl.id)).toBe(1);
        expect(await emailsOf(placed.orderNumber, 'order-cancelled')).toHaveLength(1);
      }
    });

    it('a cancel racing a shipment: exactly one of them happens', async () => {
      const bowl = await bowlOf(potter, 20);
      const seen = new Set<string>();
      for (let round = 0; round < 6; round++) {
        const placed = await order([{ productId: bowl.id }]);
        const part = placed.parts.get(potter.shop.id)!;
        await request(t.http)
          .post(`/api/seller/orders/${part}/confirm`)
          .set(potter.headers)
          .expect(200);
        const stockBefore = await stockOf(bowl.id);
        const [ship, cancel] = await Promise.all([
          request(t.http)
            .post(`/api/seller/orders/${part}/ship`)
            .set(potter.headers)
            .send({ trackingNumber: `RR00000000${round}MA` }),
          staffCancel(placed.orderId, { reason: 'Course avec l’envoi' }),
        ]);
        expect([ship.status, cancel.status].sort()).toEqual([200, 409]);
        const status = await statusOf(part);
        seen.add(status);
        if (cancel.status === 200) {
          expect(status).toBe('cancelled');
          expect(await stockOf(bowl.id)).toBe(stockBefore + 1);
        } else {
          expect(status).toBe('shipped');
          expect(cancel.body.code).toBe('order.not_cancellable');
          expect(await stockOf(bowl.id)).toBe(stockBefore);
          expect(await emailsOf(placed.orderNumber, 'order-cancelled')).toHaveLength(0);
        }
      }
      expect([...seen].every((status) => ['cancelled', 'shipped'].includes(status))).toBe(true);
    });

    it('a cancel racing the expiry sweep: cancelled once', async () => {
      const bowl = await bowlOf(potter, 1);
      for (let round = 0; round < 3; round++) {
        const placed = await order([{ productId: bowl.id }]);
        const part = placed.parts.get(potter.shop.id)!;
        const [answer, swept] = await Promise.all([
          sellerCancel(potter, part, { reason: 'Le vendeur annule' }),
          sweep.expireUnconfirmed(new Date(Date.now() + 49 * HOUR)),
        ]);
        const changes = await cancelChanges(part);
        expect(changes).toHaveLength(1);
        if (answer.status === 200) {
          expect(changes[0].actor_kind).toBe('seller');
          expect(swept.cancelled).not.toContain(part);
        } else {
          expect(answer.status).toBe(409);
          expect(changes[0].actor_kind).toBe('system');
          expect(swept.cancelled).toContain(part);
        }
        expect(await stockOf(bowl.id)).toBe(1);
        expect(await emailsOf(placed.orderNumber, 'order-cancelled')).toHaveLength(1);
      }
    });
  });
});
