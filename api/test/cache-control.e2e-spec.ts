import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { signInAs, signInAsSeller, type SignedInUser } from './support/accounts';
import { addToCart, makeOrder, openCart, type Buyer } from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('Cache-Control on personal answers', () => {
  let t: TestApp;
  let shopper: SignedInUser;
  let staff: SignedInUser;
  let shop: SellerEntity;
  let guest: Buyer;
  let productSlug: string;

  beforeAll(async () => {
    t = await createTestApp();
    shopper = await signInAs(t, 'shopper');
    staff = await signInAs(t, 'chamber_staff');
    shop = await makeSeller(t.dataSource, { name: 'Tissage de Chichaoua' });
    const rug = await makeProduct(t.dataSource, shop, { stock: 5 });
    productSlug = rug.slug;
    guest = await openCart(t);
    await addToCart(t, guest, rug.id, 1).expect(201);
  });

  afterAll(() => t.close());

  const sessionCookie = () => ({ Cookie: `hirfa_session=${shopper.token}` });

  it('lets anonymous catalogue answers keep their caching', async () => {
    for (const path of [
      '/api/products',
      `/api/products/${productSlug}`,
      '/api/taxonomy',
      `/api/sellers/${shop.slug}`,
      '/api/health',
    ]) {
      const response = await request(t.http).get(path).expect(200);
      expect([path, response.headers['cache-control']]).not.toEqual([path, 'no-store']);
      expect(response.headers.etag).toBeDefined();
    }
  });

  it('marks every answer to a request with a session cookie, a cart cookie or a Bearer token', async () => {
    const credentials: Record<string, string>[] = [
      sessionCookie(),
      guest.headers,
      shopper.headers,
      // Whatever the credential is worth: an expired or forged one is personal too.
      { Cookie: 'hirfa_session=forged-session-token-that-looks-real' },
    ];
    for (const headers of credentials) {
      for (const path of ['/api/products', `/api/products/${productSlug}`, '/api/taxonomy']) {
        const response = await request(t.http).get(path).set(headers).expect(200);
        expect([path, headers, response.headers['cache-control']]).toEqual([
          path,
          headers,
          'no-store',
        ]);
      }
    }
  });

  it('marks the account, cart, checkout, order, seller and chamber areas, errors included', async () => {
    const seller = await signInAsSeller(t);
    const { buyer, orderId } = await makeOrder(t, [
      { productId: (await makeProduct(t.dataSource, shop)).id },
    ]);
    const answers: [string, request.Test, number][] = [
      ['me', request(t.http).get('/api/auth/me').set(shopper.headers), 200],
      ['me anonymous', request(t.http).get('/api/auth/me'), 401],
      ['me, other case', request(t.http).get('/api/Auth/Me'), 401],
      ['cart', request(t.http).get(`/api/carts/${guest.cartId}`).set(guest.headers), 200],
      ['new guest cart', request(t.http).post('/api/carts'), 201],
      ['checkout refusal', request(t.http).post('/api/checkout').send({}), 400],
      ['guest order', request(t.http).get(`/api/orders/${orderId}`).set(buyer.headers), 200],
      ['orders anonymous', request(t.http).get('/api/orders'), 401],
      ['seller products', request(t.http).get('/api/seller/products').set(seller.headers), 200],
      ['seller application', request(t.http).get('/api/seller-applications/mine'), 401],
      ['chamber products', request(t.http).get('/api/admin/products').set(staff.headers), 200],
      ['chamber anonymous', request(t.http).get('/api/admin/products'), 401],
    ];
    for (const [name, call, status] of answers) {
      const response = await call;
      expect([name, response.status, response.headers['cache-control']]).toEqual([
        name,
        status,
        'no-store',
      ]);
    }
  });

  it('leaves photos alone: immutable files, whether or not the visitor has a cart', async () => {
    mkdirSync(t.config.mediaDir, { recursive: true });
    writeFileSync(join(t.config.mediaDir, 'probe.webp'), 'not really a photo');
    const response = await request(t.http).get('/media/probe.webp').set(guest.headers).expect(200);
    expect(response.headers['cache-control']).toMatch(/immutable/);
  });
});

describe('/api/docs', () => {
  // What production needs to start, beyond NODE_ENV; none of it is reached by these tests.
  const PRODUCTION = {
    NODE_ENV: 'production',
    STRIPE_SECRET_KEY: 'sk_test_hirfa_docs',
    STRIPE_WEBHOOK_SECRET: 'whsec_hirfa_docs',
    PUBLIC_URL: 'https://hirfa.example',
  };

  it('is off in production by default', async () => {
    const t = await createTestApp(PRODUCTION);
    try {
      expect(t.config.apiDocs).toBe(false);
      await request(t.http).get('/api/docs').expect(404);
      await request(t.http).get('/api/docs-json').expect(404);
      // The API itself still answers.
      await request(t.http).get('/api/health').expect(200);
    } finally {
      await t.close();
    }
  });

  it('is served in production with API_DOCS=true', async () => {
    const t = await createTestApp({ ...PRODUCTION, API_DOCS: 'true' });
    try {
      await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
      const spec = await request(t.http).get('/api/docs-json').expect(200);
      expect(Object.keys(spec.body.paths)).toContain('/api/auth/login');
    } finally {
      await t.close();
    }
  });

  it('is served outside production unless API_DOCS=false', async () => {
    const t = await createTestApp({ API_DOCS: 'false' });
    try {
      await request(t.http).get('/api/docs').expect(404);
    } finally {
      await t.close();
    }
  });
});
