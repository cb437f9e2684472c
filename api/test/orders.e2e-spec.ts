import request from 'supertest';
import type { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import type { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { signInAs, type SignedInUser } from './support/accounts';
import { addToCart, makeOrder, openCart, placeOrder } from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('a buyer’s orders', () => {
  let t: TestApp;
  let seller: SellerEntity;
  let other: SellerEntity;
  let weaver: SellerEntity;
  let product: ProductEntity;
  let lantern: ProductEntity;
  let rug: ProductEntity;

  // Shops and products only: each test signs in a buyer of its own, so no test sees another's orders.
  beforeAll(async () => {
    // Listing pages needs one buyer with more open orders and units than a buyer may hold.
    t = await createTestApp({
      MAX_OPEN_ORDERS_PER_BUYER: '20',
      MAX_UNITS_PER_PRODUCT_PER_BUYER: '20',
    });
    seller = await makeSeller(t.dataSource, { name: 'Poterie Safi' });
    other = await makeSeller(t.dataSource, { name: 'Dinanderie Marrakech', craft: 'dinanderie' });
    weaver = await makeSeller(t.dataSource, { name: 'Tapis Chichaoua', craft: 'weaving' });
    product = await makeProduct(t.dataSource, seller, {
      titleFr: 'Plat',
      priceAmount: 20000,
      stock: 100,
    });
    lantern = await makeProduct(t.dataSource, other, { titleFr: 'Lanterne', stock: 100 });
    rug = await makeProduct(t.dataSource, weaver, {
      titleFr: 'Tapis',
      priceAmount: 90000,
      stock: 100,
    });
  });

  afterAll(() => t.close());

  async function signedInOrder(
    user: SignedInUser,
    lines: { product: ProductEntity; quantity?: number }[] = [{ product }],
  ) {
    const buyer = await openCart(t, user.headers);
    for (const line of lines) {
      await addToCart(t, buyer, line.product.id, line.quantity ?? 1).expect(201);
    }
    return (await placeOrder(t, buyer, { email: user.user.email }).expect(201)).body;
  }

  it('lists the caller’s orders, newest first, paginated, in a fixed number of queries', async () => {
    const shopper = await signInAs(t, 'shopper');
    // One order of one part...
    const first = await signedInOrder(shopper);
    t.queries.reset();
    const one = await request(t.http).get('/api/orders').set(shopper.headers).expect(200);
    const queriesForOne = t.queries.count;
    expect(one.body.total).toBe(1);
    expect(one.body.items.map((order: { statuses: string[] }) => order.statuses)).toEqual([
      ['placed'],
    ]);

    // ...then three more of three parts each (three shops): nine parts on one page.
    const threeParts = [{ product, quantity: 2 }, { product: lantern }, { product: rug }];
    const second = await signedInOrder(shopper, threeParts);
    const third = await signedInOrder(shopper, threeParts);
    const last = await signedInOrder(shopper, threeParts);
    t.queries.reset();
    const page = await request(t.http).get('/api/orders?limit=3').set(shopper.headers).expect(200);
    expect(t.queries.count).toBe(queriesForOne);
    expect(page.body).toMatchObject({ total: 4, page: 1, limit: 3 });
    expect(page.body.items.map((order: { id: string }) => order.id)).toEqual([
      last.orderId,
      third.orderId,
      second.orderId,
    ]);
    for (const order of page.body.items) {
      expect(order).toMatchObject({
        total: { amount: 2 * 20000 + 25000 + 90000 + 3 * 3500, currency: 'MAD' },
        itemCount: 4,
        statuses: ['placed', 'placed', 'placed'],
      });
    }
    const next = await request(t.http)
      .get('/api/orders?limit=3&page=2')
      .set(shopper.headers)
      .expect(200);
    expect(next.body.items).toEqual([
      {
        id: first.orderId,
        number: first.orderNumber,
        createdAt: expect.any(String),
        paymentMethod: 'cod',
        paymentStatus: 'cash_on_delivery',
        total: { amount: 20000 + 3500, currency: 'MAD' },
        itemCount: 1,
        statuses: ['placed'],
      },
    ]);
    await request(t.http).get('/api/orders?limit=101').set(shopper.headers).expect(400);
    await request(t.http).get('/api/orders').expect(401);
  });

  it('shows one order with each seller’s part, its lines and its history', async () => {
    const shopper = await signInAs(t, 'shopper');
    const { orderId, orderNumber } = await signedInOrder(shopper);
    const response = await request(t.http)
      .get(`/api/orders/${orderId}`)
      .set(shopper.headers)
      .expect(200);
    expect(response.body).toMatchObject({
      id: orderId,
      number: orderNumber,
      email: shopper.user.email,
      paymentMethod: 'cod',
      paymentStatus: 'cash_on_delivery',
      paymentUrl: null,
      paidAt: null,
      shippingAddress: { name: 'Amina El Idrissi', city: 'Marrakech', country: 'MA' },
      items: { amount: 20000, currency: 'MAD' },
      shipping: { amount: 3500, currency: 'MAD' },
      total: { amount: 23500, currency: 'MAD' },
      subOrders: [
        {
          seller: { slug: seller.slug, name: 'Poterie Safi', kind: 'artisan' },
          status: 'placed',
          lines: [
            {
              productId: product.id,
              productSlug: product.slug,
              title: 'Plat',
              unitPrice: { amount: 20000, currency: 'MAD' },
              quantity: 1,
              lineTotal: { amount: 20000, currency: 'MAD' },
              madeBy: null,
            },
          ],
          refunded: { amount: 0, currency: 'MAD' },
          trackingNumber: null,
          history: [
            { from: null, to: 'placed', actor: 'shopper', note: null, at: expect.any(String) },
          ],
        },
      ],
    });
  });

  it('hides another buyer’s order (404) and lists only the caller’s', async () => {
    const shopper = await signInAs(t, 'shopper');
    const { orderId } = await signedInOrder(shopper);
    const stranger = await signInAs(t, 'shopper');
    await request(t.http).get(`/api/orders/${orderId}`).set(stranger.headers).expect(404);
    await request(t.http).get(`/api/orders/${orderId}`).expect(404);
    const list = await request(t.http).get('/api/orders').set(stranger.headers).expect(200);
    expect(list.body).toMatchObject({ items: [], total: 0 });
    await request(t.http).get('/api/orders/not-a-uuid').set(shopper.headers).expect(400);
  });

  it('lets a guest read the order placed from their cart cookie, and nobody else', async () => {
    const shopper = await signInAs(t, 'shopper');
    const { buyer, orderId } = await makeOrder(t, [{ productId: product.id }]);
    const own = await request(t.http).get(`/api/orders/${orderId}`).set(buyer.headers).expect(200);
    expect(own.body.id).toBe(orderId);
    const otherGuest = await openCart(t);
    await request(t.http).get(`/api/orders/${orderId}`).set(otherGuest.headers).expect(404);
    await request(t.http).get(`/api/orders/${orderId}`).set(shopper.headers).expect(404);

    // The next cart keeps the same cookie, so the guest still reads the order afterwards.
    const next = await request(t.http).post('/api/carts').set(buyer.headers).expect(201);
    expect(next.body.id).not.toBe(buyer.cartId);
    expect(next.headers['set-cookie']).toBeUndefined();
    await request(t.http).get(`/api/orders/${orderId}`).set(buyer.headers).expect(200);
  });
});
