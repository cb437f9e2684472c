import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { assertSeedAllowed, seedDemo, SeedRefusedError } from '../src/database/seeds/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/seeds/demo-accounts';
import { loadConfig } from '../src/config/configuration';
import { PROVINCE_CODES } from '@hirfa/shared';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('adds at least 25 sellers, cooperatives with members and 120 products with images', async () => {
    const report = await seedDemo(t.dataSource, { mediaDir: t.config.mediaDir });
    expect(report.users).toBe(4);
    expect(report.sellers).toBeGreaterThanOrEqual(25);
    expect(report.members).toBeGreaterThan(0);
    expect(report.products).toBeGreaterThanOrEqual(120);
    expect(report.images).toBeGreaterThanOrEqual(report.products);

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
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM sellers)::int AS sellers,
                  (SELECT count(*) FROM cooperative_members)::int AS members,
                  (SELECT count(*) FROM products)::int AS products,
                  (SELECT count(*) FROM product_images)::int AS images`,
        )
      )[0];
    const before = await count();
    const report = await seedDemo(t.dataSource, { mediaDir: t.config.mediaDir });
    expect(report).toEqual({ users: 0, sellers: 0, members: 0, products: 0, images: 0 });
    expect(await count()).toEqual(before);
  });

  it('grows to a larger catalogue for benchmarks, keeping what exists', async () => {
    const report = await seedDemo(t.dataSource, { mediaDir: t.config.mediaDir, products: 400 });
    expect(report.products).toBe(400 - 150);
    const listed = await request(t.http).get('/api/products?limit=1').expect(200);
    expect(listed.body.total).toBe(400);
  });

  it('refuses to run in production', () => {
    expect(() => assertSeedAllowed(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      SeedRefusedError,
    );
    expect(() => assertSeedAllowed(loadConfig({ NODE_ENV: 'development' }))).not.toThrow();
  });
});
