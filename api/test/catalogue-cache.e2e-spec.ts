import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { makeProduct, makeSeller } from './support/factories';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { CatalogueCacheService } from '../src/modules/catalog/catalogue-cache.service';

describe('catalogue cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CATALOGUE_CACHE_SECONDS: '30' });
  });
  afterAll(() => t.close());

  // Each test lists a product of its own, found by a word no other test's product has.
  async function ownProduct(word: string) {
    const seller = await makeSeller(t.dataSource, { slug: `atelier-${word}` });
    return makeProduct(t.dataSource, seller, { slug: `${word}-cache`, titleFr: `${word} bleu` });
  }
  const list = (word: string) =>
    request(t.http).get('/api/products').query({ q: word }).expect(200);

  it('answers a repeated listing with one small query instead of three', async () => {
    await ownProduct('plat');
    await list('plat');
    t.queries.reset();
    const again = await list('plat');
    expect(again.body.total).toBe(1);
    expect(t.queries.queries).toEqual([
      'SELECT last_value::text AS version FROM catalogue_version',
    ]);
  });

  it('sees any write to a product at once, however it was made', async () => {
    const jarre = await ownProduct('jarre');
    expect((await list('jarre')).body.items[0].stock).toBe(3);
    await t.dataSource.getRepository(ProductEntity).update({ id: jarre.id }, { stock: 1 });
    expect((await list('jarre')).body.items[0].stock).toBe(1);

    await t.dataSource.query(`UPDATE products SET price_amount = 9900 WHERE id = $1`, [jarre.id]);
    expect((await list('jarre')).body.items[0].price.amount).toBe(9900);
  });

  it('drops a seller’s products from the cached listing once the seller is suspended', async () => {
    const tajine = await ownProduct('tajine');
    expect((await list('tajine')).body.total).toBe(1);
    await t.dataSource
      .getRepository(SellerEntity)
      .update({ id: tajine.sellerId }, { status: 'suspended' });
    expect((await list('tajine')).body.total).toBe(0);
  });
});

describe('catalogue cache bound in bytes', () => {
  const maxBytes = 40_000;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      CATALOGUE_CACHE_SECONDS: '30',
      CATALOGUE_CACHE_MAX_BYTES: String(maxBytes),
    });
    const seller = await makeSeller(t.dataSource, { slug: 'atelier-octets', name: 'Atelier' });
    for (let i = 0; i < 6; i += 1) {
      await makeProduct(t.dataSource, seller, {
        slug: `plat-octets-${i}`,
        titleFr: `Plat bleu ${i}`,
        stock: 2,
      });
    }
  });
  afterAll(() => t.close());

  it('never holds more than CATALOGUE_CACHE_MAX_BYTES, however many distinct queries come', async () => {
    const cache = t.app.get(CatalogueCacheService);
    let kept = 0;
    for (let minPrice = 0; minPrice < 60; minPrice += 1) {
      const response = await request(t.http)
        .get('/api/products')
        .query({ q: 'plat', minPrice })
        .expect(200);
      expect(response.body.total).toBe(6);
      expect(cache.usage.bytes).toBeLessThanOrEqual(maxBytes);
      kept = Math.max(kept, cache.usage.entries);
    }
    // Answers are kept, only fewer of them than the 60 queries asked.
    expect(kept).toBeGreaterThan(1);
    expect(cache.usage.entries).toBeLessThan(60);
  });
});
