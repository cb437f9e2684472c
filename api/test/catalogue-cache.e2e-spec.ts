import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { makeProduct, makeSeller } from './support/factories';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';

describe('catalogue cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CATALOGUE_CACHE_SECONDS: '30' });
    const seller = await makeSeller(t.dataSource, { slug: 'atelier-cache', name: 'Atelier Cache' });
    await makeProduct(t.dataSource, seller, { slug: 'plat-cache', titleFr: 'Plat bleu', stock: 4 });
  });
  afterAll(() => t.close());

  const list = () => request(t.http).get('/api/products').query({ q: 'plat' }).expect(200);

  it('answers a repeated listing with one small query instead of three', async () => {
    await list();
    t.queries.reset();
    const again = await list();
    expect(again.body.total).toBe(1);
    expect(t.queries.queries).toEqual([
      'SELECT last_value::text AS version FROM catalogue_version',
    ]);
  });

  it('sees any write to a product at once, however it was made', async () => {
    await list();
    await t.dataSource.getRepository(ProductEntity).update({ slug: 'plat-cache' }, { stock: 1 });
    expect((await list()).body.items[0].stock).toBe(1);

    await t.dataSource.query(`UPDATE products SET price_amount = 9900 WHERE slug = 'plat-cache'`);
    expect((await list()).body.items[0].price.amount).toBe(9900);
  });

  it('drops a seller’s products from the cached listing once the seller is suspended', async () => {
    expect((await list()).body.total).toBe(1);
    await t.dataSource
      .getRepository(SellerEntity)
      .update({ slug: 'atelier-cache' }, { status: 'suspended' });
    expect((await list()).body.total).toBe(0);
  });
});
