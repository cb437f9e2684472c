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

  /** Each test's own cooperative, applied for by its own applicant; approved unless told not. */
  async function cooperativeShop(name: string, approve = true): Promise<SellerEntity> {
    const applicant = await signInAs(t, 'shopper');
    const created = await request(t.http)
      .post('/api/seller-applications')
      .set(applicant.headers)
      .send({ ...cooperative, name })
      .expect(201);
    if (approve) await act(`seller-applications/${created.body.id}/approve`).expect(200);
    return t.dataSource.getRepository(SellerEntity).findOneByOrFail({ id: created.body.id });
  }

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');
  });
  afterAll(() => t.close());

  it('has no page while the application waits for the chamber', async () => {
    const waiting = await cooperativeShop('Coopérative Tamount', false);
    const [row] = await t.dataSource.query('SELECT slug FROM sellers WHERE id = $1', [waiting.id]);
    expect(row.slug).toBeNull();
    await shop('cooperative-tamount').expect(404);
  });

  it('opens the page once approved, with the chamber’s verification and the members', async () => {
    const seller = await cooperativeShop('Coopérative Tafyoucht');
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
    await cooperativeShop('Coopérative Tiwizi');
    const arabic = await shop('cooperative-tiwizi', { lang: 'ar' }).expect(200);
    expect(arabic.body).toMatchObject({ bio: 'تعاونية نسائية', bioLanguage: 'ar' });
    const english = await shop('cooperative-tiwizi')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(200);
    expect(english.body).toMatchObject({
      bio: 'Coopérative de femmes qui pressent l’argan à la main.',
      bioLanguage: 'fr',
    });
  });

  it('closes the page and hides its products while suspended, and reopens them on reinstatement', async () => {
    const seller = await cooperativeShop('Coopérative Ajddig');
    await makeProduct(t.dataSource, seller, { slug: 'huile-argan-ajddig' });
    expect(await listedSellers()).toContain('cooperative-ajddig');
    await act(`sellers/${seller.id}/suspend`, {
      reason: 'Produits non conformes signalés.',
    }).expect(200);
    await shop('cooperative-ajddig').expect(404);
    expect(await listedSellers()).not.toContain('cooperative-ajddig');
    await request(t.http).get('/api/products/huile-argan-ajddig').expect(404);

    await act(`sellers/${seller.id}/reinstate`).expect(200);
    await shop('cooperative-ajddig').expect(200);
    expect(await listedSellers()).toContain('cooperative-ajddig');
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
