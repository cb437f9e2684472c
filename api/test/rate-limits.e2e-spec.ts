import request from 'supertest';
import { loadConfig, type AppConfig } from '../src/config/configuration';
import { RateLimitStore } from '../src/common/rate-limit/rate-limit.store';
import { UserEntity } from '../src/modules/accounts/entities/user.entity';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { signInAs } from './support/accounts';
import { addToCart, openCart, placeOrder, type Buyer } from './support/buying';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/** The limits a deployment gets when it sets nothing. */
const DEFAULTS = loadConfig({ NODE_ENV: 'test' }).rateLimits;

/** The defaults written back as settings, overriding the high limits of the other tests. */
function defaultSettings(limits: AppConfig['rateLimits']): Record<string, string> {
  const text = ({ limit, windowSeconds }: { limit: number; windowSeconds: number }) =>
    `${limit}/${windowSeconds}s`;
  return {
    RATE_LIMIT_CHECKOUT_PER_IP: text(limits.checkoutPerIp),
    RATE_LIMIT_GUEST_CHECKOUT_PER_IP: text(limits.guestCheckoutPerIp),
    RATE_LIMIT_CHECKOUT_PER_EMAIL: text(limits.checkoutPerEmail),
    RATE_LIMIT_CART_PER_IP: text(limits.cartPerIp),
    RATE_LIMIT_REGISTER_PER_IP: text(limits.registerPerIp),
  };
}

let addressCounter = 10;
/** A fresh client address; requests come from loopback, which TRUST_PROXY trusts by default. */
const newAddress = () => ({ 'X-Forwarded-For': `198.51.100.${addressCounter++}` });

function expectRateLimited(response: request.Response): void {
  expect(response.status).toBe(429);
  expect(response.body).toMatchObject({
    statusCode: 429,
    error: 'Too Many Requests',
    code: 'rate_limited',
  });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
}

const registration = (email: string) => ({
  email,
  password: 'tajine-safi-2026',
  name: 'Visiteur Pressé',
});

describe('rate limits shared by every API process (real defaults)', () => {
  let t: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    t = await createTestApp(defaultSettings(DEFAULTS));
    // A second API process on the same database, as behind a load balancer.
    second = await createTestApp(defaultSettings(DEFAULTS), { databaseUrl: t.databaseUrl });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const usersLike = (pattern: string) =>
    t.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.email LIKE :pattern', { pattern })
      .getCount();

  it('has defaults a shopper never meets and a burst of 40 sign-ups does', () => {
    expect(DEFAULTS.registerPerIp.limit).toBeLessThan(40);
    expect(DEFAULTS.registerPerIp.limit).toBeGreaterThanOrEqual(3);
    expect(DEFAULTS.checkoutPerEmail.limit).toBeGreaterThanOrEqual(3);
    expect(DEFAULTS.guestCheckoutPerIp.limit).toBeGreaterThanOrEqual(5);
    expect(DEFAULTS.checkoutPerIp.limit).toBeGreaterThanOrEqual(10);
    expect(DEFAULTS.cartPerIp.limit).toBeGreaterThanOrEqual(20);
  });

  it('refuses a burst of 40 registrations from one address past the limit, and creates nothing past it', async () => {
    const address = newAddress();
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request(t.http)
          .post('/api/auth/register')
          .set(address)
          .send(registration(`burst-${i}@example.ma`)),
      ),
    );
    const elapsed = Date.now() - started;
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 429);
    expect(created).toHaveLength(DEFAULTS.registerPerIp.limit);
    expect(refused).toHaveLength(40 - DEFAULTS.registerPerIp.limit);
    refused.forEach(expectRateLimited);
    expect(await usersLike('burst-%')).toBe(DEFAULTS.registerPerIp.limit);
    // The window is the setting's: the wait is at most that long.
    expect(Number(refused[0].headers['retry-after'])).toBeLessThanOrEqual(
      DEFAULTS.registerPerIp.windowSeconds,
    );
    // Another address is not slowed down by this one.
    await request(t.http)
      .post('/api/auth/register')
      .set(newAddress())
      .send(registration('burst-elsewhere@example.ma'))
      .expect(201);
    console.info(`40 registrations from one address in ${elapsed} ms`);
  });

  it('counts together across two API processes on one database', async () => {
    const address = newAddress();
    const limit = DEFAULTS.registerPerIp.limit;
    for (let i = 0; i < limit; i++) {
      const app = i % 2 === 0 ? t : second;
      await request(app.http)
        .post('/api/auth/register')
        .set(address)
        .send(registration(`shared-${i}@example.ma`))
        .expect(201);
    }
    expectRateLimited(
      await request(t.http)
        .post('/api/auth/register')
        .set(address)
        .send(registration('shared-over-a@example.ma')),
    );
    expectRateLimited(
      await request(second.http)
        .post('/api/auth/register')
        .set(address)
        .send(registration('shared-over-b@example.ma')),
    );
    expect(await usersLike('shared-%')).toBe(limit);
  });

  it('counts 50 simultaneous hits on one key one by one: exactly the limit pass', async () => {
    const store = t.app.get(RateLimitStore);
    const otherStore = second.app.get(RateLimitStore);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? store : otherStore).increment('throttle:race', 60_000, 10, 60_000),
      ),
    );
    const totals = results.map((r) => r.totalHits).sort((a, b) => a - b);
    expect(totals).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(10);
    expect(results.filter((r) => r.isBlocked).every((r) => r.timeToBlockExpire > 0)).toBe(true);
  });

  it('starts a new window once the old one is over, and cleans up ended windows', async () => {
    const address = newAddress();
    for (let i = 0; i < DEFAULTS.registerPerIp.limit; i++) {
      await request(t.http)
        .post('/api/auth/register')
        .set(address)
        .send(registration(`window-${i}@example.ma`))
        .expect(201);
    }
    expectRateLimited(
      await request(t.http)
        .post('/api/auth/register')
        .set(address)
        .send(registration('window-over@example.ma')),
    );
    const key = `throttle:register-ip:${address['X-Forwarded-For']}`;
    // The window ends (moved into the past rather than waited for).
    await t.dataSource.query(
      `UPDATE rate_limit_hits SET expires_at = now() - interval '2 minutes' WHERE key = $1`,
      [key],
    );
    await request(t.http)
      .post('/api/auth/register')
      .set(address)
      .send(registration('window-again@example.ma'))
      .expect(201);
    const [{ hits }] = await t.dataSource.query(`SELECT hits FROM rate_limit_hits WHERE key = $1`, [
      key,
    ]);
    expect(hits).toBe(1);

    await t.dataSource.query(
      `INSERT INTO rate_limit_hits (key, hits, expires_at)
       VALUES ('throttle:ended', 3, now() - interval '2 minutes')`,
    );
    await t.app.get(RateLimitStore).deleteExpired();
    const left = await t.dataSource.query(
      `SELECT key FROM rate_limit_hits WHERE key IN ('throttle:ended', $1)`,
      [key],
    );
    expect(left).toEqual([{ key }]);
  });

  describe('carts and checkouts', () => {
    let product: ProductEntity;
    const stockOf = async () =>
      (await t.dataSource.getRepository(ProductEntity).findOneByOrFail({ id: product.id })).stock;
    const ordersTo = async (email: string) =>
      Number(
        (
          await t.dataSource.query(`SELECT count(*) AS n FROM orders WHERE lower(email) = $1`, [
            email,
          ])
        )[0].n,
      );
    const mailsTo = async (email: string) =>
      Number(
        (
          await t.dataSource.query(
            `SELECT count(*) AS n FROM outbox_emails WHERE lower(recipient) = $1`,
            [email],
          )
        )[0].n,
      );

    beforeAll(async () => {
      const shop = await makeSeller(t.dataSource);
      product = await makeProduct(t.dataSource, shop, { priceAmount: 5000, stock: 10_000 });
    });

    /** A guest's cart with one piece, opened from its own address unless told otherwise. */
    async function guestCart(address = newAddress()): Promise<Buyer> {
      const buyer = await openCart(t, address);
      await addToCart(t, buyer, product.id).expect(201);
      return buyer;
    }

    it('limits the order emails sent to one address, whatever the sender address and case', async () => {
      const victim = 'victime@example.ma';
      const limit = DEFAULTS.checkoutPerEmail.limit;
      for (let i = 0; i < limit; i++) {
        const email = i % 2 === 0 ? victim : `  Victime@Example.MA `;
        await placeOrder(t, await guestCart(), { email }).expect(201);
      }
      expect(await ordersTo(victim)).toBe(limit);
      const mailsBefore = await mailsTo(victim);
      const stockBefore = await stockOf();

      const refused = await placeOrder(t, await guestCart(), { email: 'VICTIME@example.ma' });
      expectRateLimited(refused);
      expect(await ordersTo(victim)).toBe(limit);
      expect(await mailsTo(victim)).toBe(mailsBefore);
      expect(await stockOf()).toBe(stockBefore);
      // Another recipient from the same kind of visitor is not affected.
      await placeOrder(t, await guestCart(), { email: 'autre@example.ma' }).expect(201);
    });

    it('limits guest checkouts per address, but not signed-in shoppers behind it', async () => {
      const address = newAddress();
      const limit = DEFAULTS.guestCheckoutPerIp.limit;
      for (let i = 0; i < limit; i++) {
        await placeOrder(t, await guestCart(address), { email: `guest-${i}@example.ma` }).expect(
          201,
        );
      }
      const stockBefore = await stockOf();
      const refused = await placeOrder(t, await guestCart(address), {
        email: 'guest-over@example.ma',
      });
      expectRateLimited(refused);
      expect(await ordersTo('guest-over@example.ma')).toBe(0);
      expect(await stockOf()).toBe(stockBefore);

      // A signed-in shopper on the same address (a shared carrier address) still checks out.
      const shopper = await signInAs(t, 'shopper');
      const buyer = await openCart(t, { ...shopper.headers, ...address });
      await addToCart(t, buyer, product.id).expect(201);
      await placeOrder(t, buyer, { email: shopper.user.email }).expect(201);
    });

    it('limits every checkout per address, signed in or not', async () => {
      const address = newAddress();
      const shopper = await signInAs(t, 'shopper');
      const headers = { ...shopper.headers, ...address };
      // Attempts count, whatever their outcome: here a cart that does not exist (404).
      for (let i = 0; i < DEFAULTS.checkoutPerIp.limit; i++) {
        await request(t.http)
          .post('/api/checkout')
          .set(headers)
          .send({ cartId: '00000000-0000-4000-8000-000000000000' })
          .expect((r) => expect(r.status).not.toBe(429));
      }
      const buyer = await openCart(t, headers);
      await addToCart(t, buyer, product.id).expect(201);
      const stockBefore = await stockOf();
      expectRateLimited(await placeOrder(t, buyer, { email: shopper.user.email }));
      expect(await ordersTo(shopper.user.email)).toBe(0);
      expect(await stockOf()).toBe(stockBefore);
      // The same shopper from another address goes through.
      await placeOrder(t, buyer, { email: shopper.user.email }, newAddress()).expect(201);
    });

    it('limits cart creation per address', async () => {
      const address = newAddress();
      const count = async () =>
        Number((await t.dataSource.query(`SELECT count(*) AS n FROM carts`))[0].n);
      const responses = await Promise.all(
        Array.from({ length: DEFAULTS.cartPerIp.limit }, () =>
          request(t.http).post('/api/carts').set(address),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(DEFAULTS.cartPerIp.limit).fill(201));
      const before = await count();
      expectRateLimited(await request(t.http).post('/api/carts').set(address));
      expect(await count()).toBe(before);
      await request(t.http).post('/api/carts').set(newAddress()).expect(201);
    });
  });
});
