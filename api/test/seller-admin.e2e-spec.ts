import request from 'supertest';
import type {
  ChamberStats,
  CreateSellerApplicationRequest,
  SellerApplicationQueue,
} from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAs, type SignedInUser } from './support/accounts';
import { makeProduct, makeSeller } from './support/factories';

const artisan = (
  overrides: Partial<CreateSellerApplicationRequest>,
): CreateSellerApplicationRequest => ({
  kind: 'artisan',
  name: 'Atelier',
  province: 'safi',
  craft: 'pottery',
  workshopAddress: 'Colline des potiers, Safi',
  phone: '0612345678',
  bio: { fr: 'Artisan de la région.' },
  artisanCardNumber: 'SF-0001',
  artisanCardExpiresOn: '2099-12-31',
  ...overrides,
});

describe('the chamber’s queue and statistics', () => {
  let t: TestApp;
  let staff: SignedInUser;
  const ids: Record<'fakhar' | 'tifaout' | 'draa' | 'jeld', string> = {
    fakhar: '',
    tifaout: '',
    draa: '',
    jeld: '',
  };

  async function applyAs(
    name: string,
    body: CreateSellerApplicationRequest & { submit?: boolean },
  ): Promise<string> {
    const applicant = await signInAs(t, 'shopper', { name });
    const response = await request(t.http)
      .post('/api/seller-applications')
      .set(applicant.headers)
      .send(body)
      .expect(201);
    return response.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff');

    ids.fakhar = await applyAs(
      'Abdelkader Benali',
      artisan({ name: 'Atelier Fakhar Benali', artisanCardNumber: 'SF-2024-118' }),
    );
    ids.tifaout = await applyAs('Fatima Ait Ouaziz', {
      kind: 'cooperative',
      name: 'Coopérative Tifaout',
      province: 'essaouira',
      craft: 'argan',
      workshopAddress: 'Douar Tidzi, Essaouira',
      phone: '0524123456',
      bio: { ar: 'تعاونية الأركان' },
      registrationNumber: 'COOP-ESS-2019-44',
      members: [{ name: 'Aicha Ait Baha', craft: 'argan' }],
    });
    ids.draa = await applyAs('Hamid Draa', {
      ...artisan({ name: 'Maroquinerie Draa', province: 'marrakech', craft: 'leather' }),
      submit: false,
    });
    ids.jeld = await applyAs(
      'Said Ouazzani',
      artisan({ name: 'Atelier Jeld 100%', province: 'marrakech', craft: 'leather' }),
    );
    await request(t.http)
      .post(`/api/admin/seller-applications/${ids.jeld}/reject`)
      .set(staff.headers)
      .send({ reason: 'Numéro de carte introuvable au registre.' })
      .expect(200);

    // Submission times chosen so the queue order does not depend on request timing.
    const submittedAt = async (id: string, at: string) =>
      t.dataSource.query('UPDATE sellers SET submitted_at = $2 WHERE id = $1', [id, at]);
    await submittedAt(ids.tifaout, '2026-01-05T09:00:00Z');
    await submittedAt(ids.fakhar, '2026-01-06T09:00:00Z');
    await submittedAt(ids.jeld, '2026-01-07T09:00:00Z');

    const potter = await makeSeller(t.dataSource, { province: 'safi', craft: 'pottery' });
    const tiler = await makeSeller(t.dataSource, { province: 'safi', craft: 'pottery' });
    const coop = await makeSeller(t.dataSource, {
      kind: 'cooperative',
      province: 'essaouira',
      craft: 'argan',
    });
    const suspended = await makeSeller(t.dataSource, {
      province: 'safi',
      craft: 'pottery',
      status: 'suspended',
    });
    await makeProduct(t.dataSource, potter, { images: 0 });
    await makeProduct(t.dataSource, potter, { images: 0 });
    await makeProduct(t.dataSource, potter, { images: 0, status: 'hidden' });
    await makeProduct(t.dataSource, tiler, { images: 0, craft: 'zellige' });
    await makeProduct(t.dataSource, coop, { images: 0 });
    await makeProduct(t.dataSource, suspended, { images: 0 });
  });
  afterAll(() => t.close());

  const queue = (query: Record<string, string | number> = {}) =>
    request(t.http).get('/api/admin/seller-applications').query(query).set(staff.headers);
  const idsOf = (page: SellerApplicationQueue) => page.items.map((item) => item.id);
  /** Statements since the last reset that read sellers (the session lookup is not counted). */
  const sellerQueries = () => t.queries.queries.filter((sql) => /\bsellers\b/.test(sql)).length;

  it('lists the oldest submission first, drafts and sellers never submitted last', async () => {
    const page: SellerApplicationQueue = (await queue().expect(200)).body;
    expect(page).toMatchObject({ total: 8, page: 1, limit: 24 });
    expect(idsOf(page).slice(0, 3)).toEqual([ids.tifaout, ids.fakhar, ids.jeld]);
    expect(page.items[0]).toEqual({
      id: ids.tifaout,
      status: 'submitted',
      kind: 'cooperative',
      name: 'Coopérative Tifaout',
      province: 'essaouira',
      craft: 'argan',
      owner: { id: expect.any(String), name: 'Fatima Ait Ouaziz', email: expect.any(String) },
      submittedAt: '2026-01-05T09:00:00.000Z',
      createdAt: expect.any(String),
    });
  });

  it('filters by status, province, craft and kind', async () => {
    expect(idsOf((await queue({ status: 'submitted' }).expect(200)).body)).toEqual([
      ids.tifaout,
      ids.fakhar,
    ]);
    expect(idsOf((await queue({ status: 'draft' }).expect(200)).body)).toEqual([ids.draa]);
    expect(idsOf((await queue({ status: 'rejected' }).expect(200)).body)).toEqual([ids.jeld]);
    const marrakech = (await queue({ province: 'marrakech', craft: 'leather' }).expect(200)).body;
    expect(idsOf(marrakech)).toEqual([ids.jeld, ids.draa]);
    const cooperatives = (await queue({ kind: 'cooperative', status: 'submitted' }).expect(200))
      .body;
    expect(idsOf(cooperatives)).toEqual([ids.tifaout]);
  });

  it('searches names, card and registration numbers and owners, taking % literally', async () => {
    expect(idsOf((await queue({ q: 'fakhar' }).expect(200)).body)).toEqual([ids.fakhar]);
    expect(idsOf((await queue({ q: 'SF-2024' }).expect(200)).body)).toEqual([ids.fakhar]);
    expect(idsOf((await queue({ q: 'coop-ess' }).expect(200)).body)).toEqual([ids.tifaout]);
    expect(idsOf((await queue({ q: 'ouazzani' }).expect(200)).body)).toEqual([ids.jeld]);
    expect(idsOf((await queue({ q: '100%' }).expect(200)).body)).toEqual([ids.jeld]);
    expect((await queue({ q: '%' }).expect(200)).body.items).toHaveLength(1);
    expect((await queue({ q: '   ' }).expect(200)).body.total).toBe(8);
  });

  it('pages through the queue', async () => {
    const second: SellerApplicationQueue = (await queue({ limit: 1, page: 2 }).expect(200)).body;
    expect(second).toMatchObject({ total: 8, page: 2, limit: 1 });
    expect(idsOf(second)).toEqual([ids.fakhar]);
    const beyond: SellerApplicationQueue = (await queue({ page: 50 }).expect(200)).body;
    expect(beyond).toMatchObject({ total: 8, items: [] });
  });

  it('runs the same number of queries for one row as for fifty', async () => {
    t.queries.reset();
    await queue({ limit: 1 }).expect(200);
    const forOne = t.queries.count;
    const sellerQueriesForOne = sellerQueries();
    t.queries.reset();
    const all = await queue({ limit: 50 }).expect(200);
    expect(all.body.items).toHaveLength(8);
    expect(t.queries.count).toBe(forOne);
    // The count and the page, owners joined.
    expect(sellerQueriesForOne).toBe(2);
    expect(sellerQueries()).toBe(2);
  });

  it('refuses bad queue parameters', async () => {
    await queue({ limit: 101 }).expect(400);
    await queue({ status: 'pending' }).expect(400);
    await queue({ province: 'casablanca' }).expect(400);
    await queue({ sort: 'name' }).expect(400);
    await queue({ q: 'x'.repeat(101) }).expect(400);
  });

  it('counts sellers per status, and approved sellers and visible products per province and craft', async () => {
    t.queries.reset();
    const stats: ChamberStats = (
      await request(t.http).get('/api/admin/stats').set(staff.headers).expect(200)
    ).body;
    expect(sellerQueries()).toBe(2);
    expect(stats.sellersByStatus).toEqual({
      draft: 1,
      submitted: 2,
      approved: 3,
      rejected: 1,
      suspended: 1,
    });
    expect(stats.byProvince).toHaveLength(8);
    const province = (code: string) => stats.byProvince.find((row) => row.province === code);
    expect(province('safi')).toEqual({ province: 'safi', approvedSellers: 2, activeProducts: 3 });
    expect(province('essaouira')).toEqual({
      province: 'essaouira',
      approvedSellers: 1,
      activeProducts: 1,
    });
    expect(province('marrakech')).toEqual({
      province: 'marrakech',
      approvedSellers: 0,
      activeProducts: 0,
    });
    const craft = (slug: string) => stats.byCraft.find((row) => row.craft === slug);
    expect(craft('pottery')).toEqual({ craft: 'pottery', approvedSellers: 2, activeProducts: 2 });
    expect(craft('zellige')).toEqual({ craft: 'zellige', approvedSellers: 0, activeProducts: 1 });
    expect(craft('argan')).toEqual({ craft: 'argan', approvedSellers: 1, activeProducts: 1 });
    expect(craft('leather')).toEqual({ craft: 'leather', approvedSellers: 0, activeProducts: 0 });
  });

  it('keeps the statistics for the chamber', async () => {
    const artisanUser = await signInAs(t, 'artisan');
    await request(t.http).get('/api/admin/stats').set(artisanUser.headers).expect(403);
    await request(t.http)
      .get('/api/admin/seller-applications')
      .set(artisanUser.headers)
      .expect(403);
  });
});
