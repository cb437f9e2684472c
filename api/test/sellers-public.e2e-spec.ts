import request from 'supertest';
import type { CreateSellerApplicationRequest, ProductPage, SellerShop } from '@hirfa/shared';
import { SellerEntity } from '../src/modules/sellers/entities/seller.entity';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAs, type SignedInUser } from './support/accounts';
import { makeProduct, makeSeller } from './support/factories';

const cooperative: CreateSellerApplicationRequest = {
  kind: 'cooperative',
  name: 'Coopérative Tafyoucht',
  province: 'essaouira',
  craft: 'argan',
  workshopAddress: 'Route de Marrakech, Essaouira',
  phone: '0524 78 90 12',
  bio: { fr: 'Coopérative de femmes qui pressent l’argan à la main.', ar: 'تعاونية نسائية' },
  registrationNumber: 'COOP-ESS-2011-07',
  members: [
    { name: 'Zahra Ouchen', craft: 'argan' },
    { name: 'Mina Aït Lahcen', craft: 'basketry' },
  ],
};

describe('public shop pages (GET /api/sellers/:slug)', () => {
  let t: TestApp;
  let staff: SignedInUser;
  let sellerId: string;

  const shop = (slug: string, query: Record<string, string> = {}) =>
    request(t.http).get(`/api/sellers/${slug}`).query(query);
  const listedSellers = async (): Promise<string[]> => {
    const page: ProductPage = (
      await request(t.http).get('/api/products').query({ limit: 100 }).expect(200)
    ).body;
    return page.items.map((item) => item.seller.slug);
  };
  const act = (path: string, body: object = {}) =>
    request(t.http).post(`/api/admin/${path}`).set(staff.headers).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');
    const applicant = await signInAs(t, 'shopper');
    const created = await request(t.http)
      .post('/api/seller-applications')
      .set(applicant.headers)
      .send(cooperative)
      .expect(201);
    sellerId = created.body.id;
  });
  afterAll(() => t.close());

  it('has no page while the application waits for the chamber', async () => {
    const [row] = await t.dataSource.query('SELECT slug FROM sellers WHERE id = $1', [sellerId]);
    expect(row.slug).toBeNull();
    await shop('cooperative-tafyoucht').expect(404);
  });

  it('opens the page once approved, with the chamber’s verification and the members', async () => {
    await act(`seller-applications/${sellerId}/approve`).expect(200);
    const seller = await t.dataSource.getRepository(SellerEntity).findOneByOrFail({ id: sellerId });
    await makeProduct(t.dataSource, seller, { slug: 'huile-argan-tafyoucht' });
    await makeProduct(t.dataSource, seller, { slug: 'savon-argan-tafyoucht' });
    await makeProduct(t.dataSource, seller, { slug: 'panier-cache', status: 'hidden' });

    const page: SellerShop = (await shop('cooperative-tafyoucht', { lang: 'fr' }).expect(200)).body;
    expect(page).toEqual({
      slug: 'cooperative-tafyoucht',
      name: 'Coopérative Tafyoucht',
      kind: 'cooperative',
      province: 'essaouira',
      craft: 'argan',
      bio: 'Coopérative de femmes qui pressent l’argan à la main.',
      bioLanguage: 'fr',
      verified: { by: 'chamber-of-crafts', since: seller.approvedAt!.toISOString() },
      members: [
        { name: 'Mina Aït Lahcen', craft: 'basketry' },
        { name: 'Zahra Ouchen', craft: 'argan' },
      ],
      productCount: 2,
    });
    expect(page).not.toHaveProperty('phone');
    expect(page).not.toHaveProperty('registrationNumber');
    expect(await listedSellers()).toContain('cooperative-tafyoucht');
  });

  it('picks the bio in the reader’s language, with a fallback', async () => {
    const arabic = await shop('cooperative-tafyoucht', { lang: 'ar' }).expect(200);
    expect(arabic.body).toMatchObject({ bio: 'تعاونية نسائية', bioLanguage: 'ar' });
    const english = await shop('cooperative-tafyoucht')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(english.body).toMatchObject({
      bio: 'Coopérative de femmes qui pressent l’argan à la main.',
      bioLanguage: 'fr',
    });
  });

  it('closes the page and hides its products while suspended, and reopens them on reinstatement', async () => {
    await act(`sellers/${sellerId}/suspend`, { reason: 'Produits non conformes signalés.' }).expect(
      200,
    );
    await shop('cooperative-tafyoucht').expect(404);
    expect(await listedSellers()).not.toContain('cooperative-tafyoucht');
    await request(t.http).get('/api/products/huile-argan-tafyoucht').expect(404);

    await act(`sellers/${sellerId}/reinstate`).expect(200);
    await shop('cooperative-tafyoucht').expect(200);
    expect(await listedSellers()).toContain('cooperative-tafyoucht');
  });

  it('shows no page for drafts, submitted, rejected or suspended sellers', async () => {
    for (const status of ['draft', 'submitted', 'rejected', 'suspended'] as const) {
      await makeSeller(t.dataSource, { slug: `atelier-${status}`, status });
      await shop(`atelier-${status}`).expect(404);
    }
    await makeSeller(t.dataSource, { slug: 'atelier-ouvert' });
    const artisan = await shop('atelier-ouvert').expect(200);
    expect(artisan.body).toMatchObject({ kind: 'artisan', members: [], productCount: 0 });
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    const missing = await shop('personne-ici').expect(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'No shop is open at "personne-ici"',
    });
    await shop('Not_A_Slug').expect(400);
    await shop('cooperative-tafyoucht', { lang: 'de' }).expect(400);
  });
});
