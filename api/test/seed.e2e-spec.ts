import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import {
  assertSeedAllowed,
  seedDemo,
  SeedRefusedError,
  type SeedReport,
} from '../src/database/seeds/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/seeds/demo-accounts';
import { loadConfig } from '../src/config/configuration';
import { PROVINCE_CODES } from '@hirfa/shared';

describe('demo seed', () => {
  // Seeded once here and only read by the tests; a test that seeds again uses a database of its own.
  let t: TestApp;
  let first: SeedReport;
  beforeAll(async () => {
    t = await createTestApp();
    first = await seedDemo(t.dataSource, { mediaDir: t.config.mediaDir });
  });
  afterAll(() => t.close());

  const count = async (app: TestApp) =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM sellers)::int AS sellers,
                (SELECT count(*) FROM cooperative_members)::int AS members,
                (SELECT count(*) FROM products)::int AS products,
                (SELECT count(*) FROM product_images)::int AS images`,
      )
    )[0];

  it('adds at least 25 sellers, cooperatives with members and 120 products with images', async () => {
    expect(first.users).toBe(4);
    expect(first.sellers).toBeGreaterThanOrEqual(25);
    expect(first.members).toBeGreaterThan(0);
    expect(first.products).toBeGreaterThanOrEqual(120);
    expect(first.images).toBeGreaterThanOrEqual(first.products);
    expect(await count(t)).toEqual({
      users: first.users,
      sellers: first.sellers,
      members: first.members,
      products: first.products,
      images: first.images,
    });

    const [{ count: cooperatives }] = await t.dataSource.query(
      `SELECT count(DISTINCT s.id)::int AS count FROM sellers s
         JOIN cooperative_members m ON m.seller_id = s.id WHERE s.kind = 'cooperative'`,
    );
    expect(cooperatives).toBeGreaterThanOrEqual(5);
    const provinces: { province_code: string }[] = await t.dataSource.query(
      'SELECT DISTINCT province_code FROM products',
    );
    expect(provinces.map((row) => row.province_code).sort()).toEqual([...PROVINCE_CODES].sort());
    const [{ missing }] = await t.dataSource.query(
      `SELECT count(*)::int AS missing FROM products
        WHERE title_fr IS NULL OR title_ar IS NULL OR title_en IS NULL`,
    );
    expect(missing).toBe(0);
  });

  it('writes the images it refers to, as WebP files served under /media', async () => {
    const [image] = await t.dataSource.query('SELECT url, thumb_url FROM product_images LIMIT 1');
    const file = join(t.config.mediaDir, image.url.replace(/^\/media\//, ''));
    expect(existsSync(file)).toBe(true);
    const served = await request(t.http).get(image.url).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
  });

  it('creates the four demo logins, which can sign in', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ email: account.email, password: DEMO_PASSWORD })
        .expect(200);
      expect(response.body.user.role).toBe(account.role);
    }
    const owners = await t.dataSource.query(
      `SELECT u.email, s.kind FROM sellers s JOIN users u ON u.id = s.owner_user_id ORDER BY u.email`,
    );
    expect(owners).toEqual([
      { email: 'artisan@demo.hirfa.ma', kind: 'artisan' },
      { email: 'coop@demo.hirfa.ma', kind: 'cooperative' },
    ]);
  });

  it('is idempotent: a second run adds nothing', async () => {
    const before = await count(t);
    const report = await seedDemo(t.dataSource, { mediaDir: t.config.mediaDir });
    expect(report).toEqual({ users: 0, sellers: 0, members: 0, products: 0, images: 0 });
    expect(await count(t)).toEqual(before);
  });

  it('grows to a larger catalogue for benchmarks, keeping what exists', async () => {
    const own = await createTestApp();
    try {
      const seeded = await seedDemo(own.dataSource, { mediaDir: own.config.mediaDir });
      expect(seeded.products).toBe(150);
      const productsNow = () =>
        own.dataSource.query(
          'SELECT id, slug, price_amount, stock, updated_at FROM products ORDER BY id',
        );
      const kept = await productsNow();
      const report = await seedDemo(own.dataSource, {
        mediaDir: own.config.mediaDir,
        products: 400,
      });
      expect(report.products).toBe(400 - 150);
      const listed = await request(own.http).get('/api/products?limit=1').expect(200);
      expect(listed.body.total).toBe(400);
      const after: { id: string }[] = await productsNow();
      const keptIds = new Set(kept.map((row: { id: string }) => row.id));
      expect(after.filter((row) => keptIds.has(row.id))).toEqual(kept);
    } finally {
      await own.close();
    }
  });

  it('refuses to run in production', () => {
    const production = loadConfig({ NODE_ENV: 'production', PAYMENTS: 'local' });
    expect(() => assertSeedAllowed(production)).toThrow(SeedRefusedError);
    expect(() => assertSeedAllowed(loadConfig({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
