import request from 'supertest';
import type { ModeratedProduct, ProductPage, SellerProduct } from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import {
  signInAs,
  signInAsSeller,
  type SignedInSeller,
  type SignedInUser,
} from './support/accounts';
import { makeProduct } from './support/factories';
import { ProductEntity } from '../src/modules/catalog/entities/product.entity';
import { ProductModerationEventEntity } from '../src/modules/catalog/entities/product-moderation-event.entity';

const REASON = 'Les photos montrent un article importé, pas une pièce faite main.';

describe('product moderation (/api/admin/products/:id/hide|restore)', () => {
  let t: TestApp;
  let staff: SignedInUser;
  let seller: SignedInSeller;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');
    seller = await signInAsSeller(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const products = () => t.dataSource.getRepository(ProductEntity);
  const events = () => t.dataSource.getRepository(ProductModerationEventEntity);
  const snapshot = (id: string) => products().findOneByOrFail({ id });

  async function isPublic(product: ProductEntity): Promise<boolean> {
    const list = await request(t.http).get('/api/products?limit=100').expect(200);
    const listed = (list.body as ProductPage).items.some((item) => item.id === product.id);
    const detail = await request(t.http).get(`/api/products/${product.slug}`);
    expect(detail.status === 200).toBe(listed);
    return listed;
  }

  const hide = (
    product: { id: string },
    as: Pick<SignedInUser, 'headers'> = staff,
    reason = REASON,
  ) =>
    request(t.http).post(`/api/admin/products/${product.id}/hide`).set(as.headers).send({ reason });

  const restore = (product: { id: string }, as: Pick<SignedInUser, 'headers'> = staff) =>
    request(t.http).post(`/api/admin/products/${product.id}/restore`).set(as.headers);

  const sellerView = (product: { id: string }) =>
    request(t.http)
      .get(`/api/seller/products/${product.id}`)
      .set(seller.headers)
      .expect(200)
      .then((response) => response.body as SellerProduct);

  it('hides a product with a reason: gone publicly, the seller sees why, and restores it', async () => {
    const product = await makeProduct(t.dataSource, seller.shop);
    expect(await isPublic(product)).toBe(true);

    const hidden = await hide(product).expect(200);
    expect(hidden.body).toEqual({
      id: product.id,
      slug: product.slug,
      sellerId: seller.shop.id,
      visible: false,
      moderation: { hidden: true, reason: REASON, at: expect.any(String) },
    } satisfies ModeratedProduct);
    expect(await isPublic(product)).toBe(false);

    const seen = await sellerView(product);
    expect(seen.visible).toBe(false);
    expect(seen.moderation).toEqual({
      hidden: true,
      reason: REASON,
      at: hidden.body.moderation.at,
    });

    const restored = await restore(product).expect(200);
    expect(restored.body).toMatchObject({
      visible: true,
      moderation: { hidden: false, reason: null, at: null },
    });
    expect(await isPublic(product)).toBe(true);
    expect((await sellerView(product)).moderation.hidden).toBe(false);

    const history = await events().find({
      where: { productId: product.id },
      order: { createdAt: 'ASC' },
    });
    expect(
      history.map(({ action, reason, staffUserId }) => ({ action, reason, staffUserId })),
    ).toEqual([
      { action: 'hide', reason: REASON, staffUserId: staff.user.id },
      { action: 'restore', reason: null, staffUserId: staff.user.id },
    ]);
  });

  it('does not let the seller show a hidden product again, but lets them edit it', async () => {
    const product = await makeProduct(t.dataSource, seller.shop, { stock: 3 });
    await hide(product).expect(200);
    const before = await snapshot(product.id);

    const refused = await request(t.http)
      .patch(`/api/seller/products/${product.id}`)
      .set(seller.headers)
      .send({ visible: true, stock: 9 })
      .expect(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringContaining(REASON),
    });
    expect(await snapshot(product.id)).toEqual(before);
    expect(await isPublic(product)).toBe(false);

    const edited = await request(t.http)
      .patch(`/api/seller/products/${product.id}`)
      .set(seller.headers)
      .send({ stock: 2, description: { fr: 'Pièce tournée à Safi, photos refaites.' } })
      .expect(200);
    expect(edited.body).toMatchObject({ stock: 2, visible: false, moderation: { hidden: true } });
    expect(await isPublic(product)).toBe(false);
  });

  it('keeps a product hidden after the restore when the seller had hidden it', async () => {
    const before = await makeProduct(t.dataSource, seller.shop, { status: 'hidden' });
    await hide(before).expect(200);
    await restore(before).expect(200);
    expect((await snapshot(before.id)).status).toBe('hidden');

    const during = await makeProduct(t.dataSource, seller.shop);
    await hide(during).expect(200);
    await request(t.http)
      .patch(`/api/seller/products/${during.id}`)
      .set(seller.headers)
      .send({ visible: false })
      .expect(200);
    await restore(during).expect(200);
    expect((await sellerView(during)).visible).toBe(false);
    expect(await isPublic(during)).toBe(false);
  });

  it('refuses everyone but the chamber’s staff, changing nothing', async () => {
    const product = await makeProduct(t.dataSource, seller.shop);
    const before = await snapshot(product.id);
    const shopper = await signInAs(t, 'shopper');
    const admin = await signInAs(t, 'cooperative_admin');

    await hide(product, seller).expect(403);
    await hide(product, shopper).expect(403);
    await hide(product, admin).expect(403);
    await request(t.http)
      .post(`/api/admin/products/${product.id}/hide`)
      .send({ reason: REASON })
      .expect(401);

    await hide(product).expect(200);
    const moderated = await snapshot(product.id);
    await restore(product, seller).expect(403);
    await restore(product, shopper).expect(403);
    expect(await snapshot(product.id)).toEqual(moderated);
    expect(before.moderatedAt).toBeNull();
  });

  it('asks for a reason of 5 to 1000 characters and nothing else', async () => {
    const product = await makeProduct(t.dataSource, seller.shop);
    const before = await snapshot(product.id);
    for (const body of [
      {},
      { reason: 'Non' },
      { reason: '      ' },
      { reason: 'x'.repeat(1001) },
      { reason: 42 },
      { reason: REASON, notifySeller: false },
    ]) {
      await request(t.http)
        .post(`/api/admin/products/${product.id}/hide`)
        .set(staff.headers)
        .send(body)
        .expect(400);
    }
    expect(await snapshot(product.id)).toEqual(before);
    expect(await events().countBy({ productId: product.id })).toBe(0);
  });

  it('answers 409 to a decision already taken, and 404 to an unknown product', async () => {
    const product = await makeProduct(t.dataSource, seller.shop);
    await restore(product).expect(409);
    await hide(product).expect(200);
    const moderated = await snapshot(product.id);
    const again = await hide(product, staff, 'Une autre raison, plus tard.').expect(409);
    expect(again.body.message).toMatch(/already hidden/);
    expect(await snapshot(product.id)).toEqual(moderated);
    expect(await events().countBy({ productId: product.id })).toBe(1);

    await hide({ id: '5d0c7a8e-0f6b-4a51-9f3e-1b2c3d4e5f60' }).expect(404);
    await restore({ id: '5d0c7a8e-0f6b-4a51-9f3e-1b2c3d4e5f60' }).expect(404);
  });

  it('lists products for moderation, hidden ones on their own, with a title search', async () => {
    const kept = await makeProduct(t.dataSource, seller.shop, {
      titleFr: 'Lanterne en laiton ciselé',
    });
    const hidden = await makeProduct(t.dataSource, seller.shop, { titleFr: 'Lanterne importée' });
    await hide(hidden).expect(200);

    const onlyHidden = await request(t.http)
      .get('/api/admin/products')
      .query({ hidden: 'true', q: 'lanterne' })
      .set(staff.headers)
      .expect(200);
    expect(onlyHidden.body.items.map((item: { id: string }) => item.id)).toEqual([hidden.id]);
    expect(onlyHidden.body.items[0]).toMatchObject({
      title: 'Lanterne importée',
      seller: { slug: seller.shop.slug, name: seller.shop.name, status: 'approved' },
      moderation: { hidden: true, reason: REASON },
    });

    const shown = await request(t.http)
      .get('/api/admin/products')
      .query({ hidden: 'false', q: 'LANTERNE' })
      .set(staff.headers)
      .expect(200);
    expect(shown.body.items.map((item: { id: string }) => item.id)).toEqual([kept.id]);

    const wildcard = await request(t.http)
      .get('/api/admin/products')
      .query({ q: '%' })
      .set(staff.headers)
      .expect(200);
    expect(wildcard.body.total).toBe(0);
  });

  it('keeps the moderation list to chamber staff, with valid filters', async () => {
    await request(t.http).get('/api/admin/products').expect(401);
    await request(t.http).get('/api/admin/products').set(seller.headers).expect(403);
    await request(t.http)
      .get('/api/admin/products')
      .query({ hidden: 'maybe' })
      .set(staff.headers)
      .expect(400);
  });
});
