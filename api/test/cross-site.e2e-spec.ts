import request from 'supertest';
import { createHash, randomBytes } from 'node:crypto';
import { CartEntity } from '../src/modules/cart/entities/cart.entity';
import { CartItemEntity } from '../src/modules/cart/entities/cart-item.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { ProductImageEntity } from '../src/modules/catalog/entities/product-image.entity';
import { SessionEntity } from '../src/modules/accounts/entities/session.entity';
import { UserEntity } from '../src/modules/accounts/entities/user.entity';
import type { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import {
  BEARER_TRANSPORT,
  signInAs,
  signInAsSeller,
  TEST_PASSWORD,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import { addToCart, makeOrder, openCart } from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const STOREFRONT = 'https://shop.hirfa.test';
const HOSTILE = 'https://hirfa-promo.example';
const REASON = 'Les photos montrent un article importé, pas une pièce faite main.';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The `name=value` of a Set-Cookie header for `name`, if the answer set one. */
function cookieOf(response: request.Response, name: string): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return cookies.find((cookie) => cookie.startsWith(`${name}=`))?.split(';')[0];
}

describe('cross-site requests', () => {
  let t: TestApp;
  let staff: SignedInUser;
  let staffCookie: Record<string, string>;
  let seller: SignedInSeller;
  let shop: SellerEntity;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: STOREFRONT });
    staff = await signInAs(t, 'chamber_staff');
    // A browser: the same session, carried by the cookie instead of a Bearer header.
    staffCookie = { Cookie: `hirfa_session=${staff.token}` };
    seller = await signInAsSeller(t);
    shop = await makeSeller(t.dataSource, { name: 'Poterie de Safi' });
  });

  afterAll(() => t.close());

  const sessionsOf = (userId: string) =>
    t.dataSource.getRepository(SessionEntity).countBy({ userId });
  const users = () => t.dataSource.getRepository(UserEntity);
  const product = (id: string) => t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id });

  describe('sign-in and registration (login CSRF)', () => {
    it('refuses a form posted from another site to sign the visitor in: 403, no session, no cookie', async () => {
      const { user } = await signInAs(t, 'shopper');
      const before = await sessionsOf(user.id);
      // What a hidden auto-submitting <form method=post> on the attacker's page sends.
      const response = await request(t.http)
        .post('/api/auth/login')
        .set('Origin', HOSTILE)
        .type('form')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: expect.stringMatching(/another site/),
        code: 'request.cross_origin',
      });
      expect(cookieOf(response, 'hirfa_session')).toBeUndefined();
      expect(await sessionsOf(user.id)).toBe(before);
    });

    it('refuses a form-encoded or text/plain sign-in even with no Origin: 415, no session', async () => {
      const { user } = await signInAs(t, 'shopper');
      const before = await sessionsOf(user.id);
      const form = await request(t.http)
        .post('/api/auth/login')
        .type('form')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(415);
      expect(form.body).toMatchObject({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'request.unsupported_media_type',
        accepted: ['application/json'],
      });
      // A text/plain form (enctype="text/plain") can carry a body that looks like JSON.
      await request(t.http)
        .post('/api/auth/login')
        .set('Origin', STOREFRONT)
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ email: user.email, password: TEST_PASSWORD }))
        .expect(415);
      expect(cookieOf(form, 'hirfa_session')).toBeUndefined();
      expect(await sessionsOf(user.id)).toBe(before);
    });

    it('refuses a registration from another site or in a form, and creates no account', async () => {
      const email = `csrf-${randomBytes(4).toString('hex')}@example.ma`;
      const body = { email, password: 'tajine-safi-2026', name: 'Victime' };
      const before = await users().count();
      await request(t.http)
        .post('/api/auth/register')
        .set('Origin', HOSTILE)
        .send(body)
        .expect(403);
      await request(t.http)
        .post('/api/auth/register')
        .set('Referer', `${HOSTILE}/win-a-prize.html`)
        .send(body)
        .expect(403);
      await request(t.http).post('/api/auth/register').type('form').send(body).expect(415);
      expect(await users().count()).toBe(before);
      expect(await users().existsBy({ email })).toBe(false);
    });

    it('signs in from the storefront, from the API’s own origin and without any Origin', async () => {
      const { user } = await signInAs(t, 'shopper');
      const body = { email: user.email, password: TEST_PASSWORD };
      await request(t.http)
        .post('/api/auth/login')
        .set('Origin', STOREFRONT)
        .send(body)
        .expect(200);
      // The API serving the storefront itself, at whatever address it was reached.
      await request(t.http)
        .post('/api/auth/login')
        .set('Host', 'hirfa.lan:8080')
        .set('Origin', 'http://hirfa.lan:8080')
        .send(body)
        .expect(200);
      await request(t.http)
        .post('/api/auth/login')
        .set('Referer', `${STOREFRONT}/fr/connexion?next=%2F`)
        .send(body)
        .expect(200);
      await request(t.http).post('/api/auth/login').send(body).expect(200);
      // Vite's dev server proxies /api in development and tests; production does not trust it.
      await request(t.http)
        .post('/api/auth/login')
        .set('Origin', 'http://localhost:5173')
        .send(body)
        .expect(200);
      expect(await sessionsOf(user.id)).toBe(6);
    });
  });

  describe('the session token', () => {
    it('stays out of the sign-in and registration answers for cookie clients', async () => {
      const { user } = await signInAs(t, 'shopper');
      const login = await request(t.http)
        .post('/api/auth/login')
        .set('Origin', STOREFRONT)
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      expect(Object.keys(login.body).sort()).toEqual(['expiresAt', 'user']);
      const cookie = cookieOf(login, 'hirfa_session')!;
      expect(cookie).toMatch(/^hirfa_session=[A-Za-z0-9_-]{20,}$/);
      expect(JSON.stringify(login.body)).not.toContain(cookie.slice('hirfa_session='.length));
      await request(t.http).get('/api/auth/me').set('Cookie', cookie).expect(200);

      const registered = await request(t.http)
        .post('/api/auth/register')
        .send({
          email: `cookie-${randomBytes(4).toString('hex')}@example.ma`,
          password: 'tajine-safi-2026',
          name: 'Salma',
        })
        .expect(201);
      expect(registered.body).not.toHaveProperty('token');
      expect(cookieOf(registered, 'hirfa_session')).toBeDefined();
    });

    it('is given to a Bearer client that asks with X-Session-Transport: bearer', async () => {
      const { user } = await signInAs(t, 'shopper');
      const login = await request(t.http)
        .post('/api/auth/login')
        .set(BEARER_TRANSPORT)
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(200);
      expect(login.body.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      await request(t.http)
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${login.body.token}`)
        .expect(200);
      const registered = await request(t.http)
        .post('/api/auth/register')
        .set(BEARER_TRANSPORT)
        .send({
          email: `bearer-${randomBytes(4).toString('hex')}@example.ma`,
          password: 'tajine-safi-2026',
          name: 'Omar',
        })
        .expect(201);
      await request(t.http)
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${registered.body.token}`)
        .expect(200);
    });
  });

  describe('staff moderation with the staff cookie', () => {
    it('refuses hide and restore sent from a hostile Origin or Referer: 403, product unchanged', async () => {
      const vase = await makeProduct(t.dataSource, shop);
      const before = await product(vase.id);
      const hide = () =>
        request(t.http).post(`/api/admin/products/${vase.id}/hide`).set(staffCookie);
      for (const origin of [HOSTILE, 'null', `${STOREFRONT}.example`, 'http://shop.hirfa.test']) {
        const refused = await hide().set('Origin', origin).send({ reason: REASON }).expect(403);
        expect(refused.body.code).toBe('request.cross_origin');
      }
      await hide().set('Referer', `${HOSTILE}/`).send({ reason: REASON }).expect(403);
      // A text/plain form from a page with no referrer.
      await hide()
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ reason: REASON }))
        .expect(415);
      expect(await product(vase.id)).toEqual(before);

      // The same staff member from the storefront: hidden, then a hostile restore fails.
      await hide().set('Origin', STOREFRONT).send({ reason: REASON }).expect(200);
      const hidden = await product(vase.id);
      expect(hidden.status).not.toBe(before.status);
      await request(t.http)
        .post(`/api/admin/products/${vase.id}/restore`)
        .set(staffCookie)
        .set('Origin', HOSTILE)
        .expect(403);
      expect(await product(vase.id)).toEqual(hidden);
      // A body-less POST needs no content type.
      await request(t.http)
        .post(`/api/admin/products/${vase.id}/restore`)
        .set(staffCookie)
        .set('Origin', STOREFRONT)
        .expect(200);
      expect((await product(vase.id)).status).toBe(before.status);
    });
  });

  describe('guest carts with the cart cookie', () => {
    it('refuses cross-site and non-JSON writes: 403/415, cart unchanged', async () => {
      const plate = await makeProduct(t.dataSource, shop, { stock: 5 });
      const guest = await openCart(t);
      await addToCart(t, guest, plate.id, 1).expect(201);
      const items = () =>
        t.dataSource.getRepository(CartItemEntity).find({ where: { cartId: guest.cartId } });
      const before = await items();
      await request(t.http)
        .post(`/api/carts/${guest.cartId}/items`)
        .set(guest.headers)
        .set('Origin', HOSTILE)
        .send({ productId: plate.id, quantity: 2 })
        .expect(403);
      await request(t.http)
        .post(`/api/carts/${guest.cartId}/items`)
        .set(guest.headers)
        .type('form')
        .send({ productId: plate.id, quantity: '2' })
        .expect(415);
      await request(t.http)
        .patch(`/api/carts/${guest.cartId}/items/${before[0].id}`)
        .set(guest.headers)
        .set('Referer', `${HOSTILE}/cart`)
        .send({ quantity: 4 })
        .expect(403);
      await request(t.http)
        .delete(`/api/carts/${guest.cartId}/items/${before[0].id}`)
        .set(guest.headers)
        .set('Origin', HOSTILE)
        .expect(403);
      expect(await items()).toEqual(before);
    });
  });

  describe('photo uploads', () => {
    const png = () =>
      import('sharp').then(({ default: sharp }) =>
        sharp({ create: { width: 64, height: 64, channels: 3, background: '#b45309' } })
          .png()
          .toBuffer(),
      );

    it('take multipart on the upload route only, and only from the storefront', async () => {
      const mine = await makeProduct(t.dataSource, seller.shop);
      const images = () =>
        t.dataSource.getRepository(ProductImageEntity).countBy({ productId: mine.id });
      const upload = () =>
        request(t.http).post(`/api/seller/products/${mine.id}/images`).set(seller.headers);
      const bytes = await png();
      const imagesBefore = await images();
      const crossSite = await upload()
        .set('Origin', HOSTILE)
        .attach('file', bytes, 'photo.png')
        .expect(403);
      expect(crossSite.body.code).toBe('request.cross_origin');
      const json = await upload().send({ alt: 'not a photo' }).expect(415);
      expect(json.body.accepted).toEqual(['multipart/form-data']);
      expect(await images()).toBe(imagesBefore);

      // Any other route refuses multipart: nothing is created.
      const count = await t.dataSource
        .getRepository(ProductEntity)
        .countBy({ sellerId: seller.shop.id });
      await request(t.http)
        .post('/api/seller/products')
        .set(seller.headers)
        .field('titleFr', 'Tajine')
        .expect(415);
      expect(
        await t.dataSource.getRepository(ProductEntity).countBy({ sellerId: seller.shop.id }),
      ).toBe(count);

      await upload().set('Origin', STOREFRONT).attach('file', bytes, 'photo.png').expect(201);
      expect(await images()).toBe(imagesBefore + 1);
    });
  });

  it('leaves the Stripe webhook to its signature check, whatever its body and Origin', async () => {
    const response = await request(t.http)
      .post('/api/payments/stripe/webhook')
      .set('Origin', HOSTILE)
      .set('Content-Type', 'text/plain')
      .send('{"type":"checkout.session.completed"}')
      .expect(400);
    expect(response.body.code).not.toBe('request.cross_origin');
    expect(response.body.message).toMatch(/Stripe/);
  });

  describe('the cart token', () => {
    it('is made by the server: a client-chosen cookie is replaced and no cart gets it', async () => {
      const chosen = randomBytes(32).toString('base64url');
      const response = await request(t.http)
        .post('/api/carts')
        .set('Cookie', `hirfa_cart=${chosen}`)
        .expect(201);
      const issued = cookieOf(response, 'hirfa_cart')!.slice('hirfa_cart='.length);
      expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(issued).not.toBe(chosen);
      const carts = t.dataSource.getRepository(CartEntity);
      expect(await carts.existsBy({ tokenHash: sha256(chosen) })).toBe(false);
      expect(await carts.findOneByOrFail({ tokenHash: sha256(issued) })).toMatchObject({
        id: response.body.id,
      });
      // The chosen token reaches nothing afterwards either.
      await request(t.http)
        .get(`/api/carts/${response.body.id}`)
        .set('Cookie', `hirfa_cart=${chosen}`)
        .expect(404);
    });

    it('is kept once its cart became an order, so the guest still reaches that order', async () => {
      const bowl = await makeProduct(t.dataSource, shop, { stock: 4 });
      const { buyer, orderId } = await makeOrder(t, [{ productId: bowl.id }]);
      const again = await request(t.http).post('/api/carts').set(buyer.headers).expect(201);
      expect(again.body.id).not.toBe(buyer.cartId);
      expect(cookieOf(again, 'hirfa_cart')).toBeUndefined();
      await request(t.http).get(`/api/orders/${orderId}`).set(buyer.headers).expect(200);
    });
  });
});
