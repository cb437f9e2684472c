import request from 'supertest';
import type {
  CreateSellerApplicationRequest,
  SellerApplication,
  SellerApplicationDetail,
  SellerApplicationQueue,
} from '@hirfa/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { signInAs, type SignedInUser } from './support/accounts';

const artisanApplication = (
  overrides: Partial<CreateSellerApplicationRequest> = {},
): CreateSellerApplicationRequest => ({
  kind: 'artisan',
  name: 'Atelier Fakhar',
  province: 'safi',
  craft: 'pottery',
  workshopAddress: 'Colline des potiers, Safi',
  phone: '06 12 34 56 78',
  bio: { fr: 'Potier depuis trois générations sur la colline des potiers.' },
  artisanCardNumber: 'SF-2024-118',
  artisanCardExpiresOn: '2099-12-31',
  ...overrides,
});

const cooperativeApplication = (
  overrides: Partial<CreateSellerApplicationRequest> = {},
): CreateSellerApplicationRequest => ({
  kind: 'cooperative',
  name: 'Coopérative Tifaout',
  province: 'essaouira',
  craft: 'argan',
  workshopAddress: 'Douar Tidzi, Essaouira',
  phone: '+212524123456',
  bio: { ar: 'تعاونية نسائية لإنتاج زيت الأركان', en: 'A women’s argan oil cooperative.' },
  registrationNumber: 'COOP-ESS-2019-44',
  members: [
    { name: 'Aicha Ait Baha', craft: 'argan' },
    { name: 'Fatima Oubella', craft: 'weaving' },
  ],
  ...overrides,
});

describe('seller applications', () => {
  let t: TestApp;
  let staff: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signInAs(t, 'chamber_staff', { name: 'Youssef El Amrani' });
  });
  afterAll(() => t.close());

  /** Everything a refused request must leave as it was. */
  async function databaseState() {
    const [sellers, members, changes, roles] = await Promise.all([
      t.dataSource.query('SELECT * FROM sellers ORDER BY id'),
      t.dataSource.query('SELECT * FROM cooperative_members ORDER BY id'),
      t.dataSource.query('SELECT * FROM seller_status_changes ORDER BY id'),
      t.dataSource.query('SELECT id, role FROM users ORDER BY id'),
    ]);
    return { sellers, members, changes, roles };
  }

  async function expectUnchanged(
    action: () => Promise<unknown>,
    before?: Awaited<ReturnType<typeof databaseState>>,
  ): Promise<void> {
    const state = before ?? (await databaseState());
    await action();
    expect(await databaseState()).toEqual(state);
  }

  const apply = (who: SignedInUser, body: object) =>
    request(t.http).post('/api/seller-applications').set(who.headers).send(body);
  const mine = (who: SignedInUser) =>
    request(t.http).get('/api/seller-applications/mine').set(who.headers);
  const act = (path: string, body: object = {}, who: SignedInUser = staff) =>
    request(t.http).post(`/api/admin/${path}`).set(who.headers).send(body);
  const roleOf = async (who: SignedInUser): Promise<string> =>
    (await t.dataSource.query('SELECT role FROM users WHERE id = $1', [who.user.id]))[0].role;
  const historyOf = async (sellerId: string): Promise<{ to_status: string }[]> =>
    t.dataSource.query('SELECT * FROM seller_status_changes WHERE seller_id = $1 ORDER BY id', [
      sellerId,
    ]);

  async function submittedApplication(
    body: CreateSellerApplicationRequest = artisanApplication(),
  ): Promise<{ applicant: SignedInUser; id: string }> {
    const applicant = await signInAs(t, 'shopper');
    const response = await apply(applicant, body).expect(201);
    return { applicant, id: response.body.id };
  }

  // One scenario: each step starts from the state the step before it left.
  it('takes an artisan through the whole lifecycle, from application to reinstatement', async () => {
    let applicant: SignedInUser;
    let id: string;

    // Takes an application and sends it to the chamber.
    {
      applicant = await signInAs(t, 'shopper', { name: 'Abdelkader Benali' });
      const response = await apply(applicant, artisanApplication()).expect(201);
      const application: SellerApplication = response.body;
      id = application.id;
      expect(application).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        status: 'submitted',
        kind: 'artisan',
        name: 'Atelier Fakhar',
        province: 'safi',
        craft: 'pottery',
        workshopAddress: 'Colline des potiers, Safi',
        phone: '+212612345678',
        bio: { fr: 'Potier depuis trois générations sur la colline des potiers.' },
        artisanCardNumber: 'SF-2024-118',
        artisanCardExpiresOn: '2099-12-31',
        registrationNumber: null,
        members: [],
        submittedAt: expect.any(String),
        approvedAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        shopSlug: null,
        editable: false,
        history: [{ status: 'submitted', at: expect.any(String), reason: null }],
      });
      expect(await roleOf(applicant)).toBe('shopper');
    }

    // Shows it in the chamber’s queue and file.
    {
      const queue: SellerApplicationQueue = (
        await request(t.http)
          .get('/api/admin/seller-applications')
          .query({ status: 'submitted' })
          .set(staff.headers)
          .expect(200)
      ).body;
      expect(queue.items.map((item) => item.id)).toContain(id);
      const detail: SellerApplicationDetail = (
        await request(t.http)
          .get(`/api/admin/seller-applications/${id}`)
          .set(staff.headers)
          .expect(200)
      ).body;
      expect(detail.owner).toEqual({
        id: applicant.user.id,
        name: 'Abdelkader Benali',
        email: applicant.user.email,
      });
      expect(detail.slug).toBeNull();
      expect(detail.history).toEqual([
        {
          from: null,
          status: 'submitted',
          at: expect.any(String),
          reason: null,
          by: { id: applicant.user.id, name: 'Abdelkader Benali' },
        },
      ]);
    }

    // Lets staff reject with a reason the applicant sees, without the staff member’s name.
    {
      const reason = 'La carte d’artisan jointe est illisible.';
      const rejected: SellerApplicationDetail = (
        await act(`seller-applications/${id}/reject`, { reason }).expect(200)
      ).body;
      expect(rejected.status).toBe('rejected');
      expect(rejected.history.at(-1)).toEqual({
        from: 'submitted',
        status: 'rejected',
        at: expect.any(String),
        reason,
        by: { id: staff.user.id, name: 'Youssef El Amrani' },
      });

      const seen: SellerApplication = (await mine(applicant).expect(200)).body;
      expect(seen.status).toBe('rejected');
      expect(seen.editable).toBe(true);
      expect(seen.history).toEqual([
        { status: 'submitted', at: expect.any(String), reason: null },
        { status: 'rejected', at: expect.any(String), reason },
      ]);
      expect(JSON.stringify(seen)).not.toContain(staff.user.id);
      expect(JSON.stringify(seen)).not.toContain('Youssef');
    }

    // Lets the applicant fix and resubmit.
    {
      const edited: SellerApplication = (
        await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(applicant.headers)
          .send({ artisanCardNumber: 'SF-2024-119', bio: { fr: 'Potier.', ar: 'فخار' } })
          .expect(200)
      ).body;
      expect(edited).toMatchObject({
        status: 'rejected',
        artisanCardNumber: 'SF-2024-119',
        bio: { fr: 'Potier.', ar: 'فخار' },
        name: 'Atelier Fakhar',
      });
      const submitted: SellerApplication = (
        await request(t.http)
          .post('/api/seller-applications/mine/submit')
          .set(applicant.headers)
          .expect(200)
      ).body;
      expect(submitted.status).toBe('submitted');
      expect(submitted.history.map((change) => change.status)).toEqual([
        'submitted',
        'rejected',
        'submitted',
      ]);
    }

    // Approves: a slug from the name, the approval date and the artisan role.
    {
      const approved: SellerApplicationDetail = (
        await act(`seller-applications/${id}/approve`, {
          note: 'Carte vérifiée au guichet.',
        }).expect(200)
      ).body;
      expect(approved).toMatchObject({ status: 'approved', slug: 'atelier-fakhar' });
      expect(approved.approvedAt).not.toBeNull();
      expect(approved.history.at(-1)).toMatchObject({
        from: 'submitted',
        status: 'approved',
        reason: 'Carte vérifiée au guichet.',
        by: { id: staff.user.id },
      });

      expect(await roleOf(applicant)).toBe('artisan');
      const me = await request(t.http).get('/api/auth/me').set(applicant.headers).expect(200);
      expect(me.body.role).toBe('artisan');

      const seen: SellerApplication = (await mine(applicant).expect(200)).body;
      expect(seen).toMatchObject({
        status: 'approved',
        shopSlug: 'atelier-fakhar',
        editable: false,
      });
      // The approval note is for the chamber.
      expect(seen.history.at(-1)).toEqual({
        status: 'approved',
        at: expect.any(String),
        reason: null,
      });
      await request(t.http).get('/api/sellers/atelier-fakhar').expect(200);
    }

    // Suspends with a reason and reinstates, keeping the role and the slug.
    {
      const reason = 'Plaintes répétées de clients non livrés.';
      const suspended = await act(`sellers/${id}/suspend`, { reason }).expect(200);
      expect(suspended.body).toMatchObject({ status: 'suspended', slug: 'atelier-fakhar' });
      expect(await roleOf(applicant)).toBe('artisan');
      const seen: SellerApplication = (await mine(applicant).expect(200)).body;
      expect(seen).toMatchObject({ status: 'suspended', shopSlug: null });
      expect(seen.history.at(-1)).toEqual({ status: 'suspended', at: expect.any(String), reason });
      await request(t.http).get('/api/sellers/atelier-fakhar').expect(404);

      const approvedAt = suspended.body.approvedAt;
      const reinstated = await act(`sellers/${id}/reinstate`).expect(200);
      expect(reinstated.body).toMatchObject({
        status: 'approved',
        slug: 'atelier-fakhar',
        approvedAt,
      });
      expect(await roleOf(applicant)).toBe('artisan');
      expect((await historyOf(id)).map((change) => change.to_status)).toEqual([
        'submitted',
        'rejected',
        'submitted',
        'approved',
        'suspended',
        'approved',
      ]);
    }
  });

  describe('drafts and cooperatives', () => {
    it('keeps a draft until the applicant submits it', async () => {
      const applicant = await signInAs(t, 'shopper');
      const draft: SellerApplication = (
        await apply(applicant, { ...artisanApplication(), submit: false }).expect(201)
      ).body;
      expect(draft).toMatchObject({ status: 'draft', submittedAt: null, editable: true });
      expect(draft.history).toEqual([{ status: 'draft', at: expect.any(String), reason: null }]);
      const submitted = await request(t.http)
        .post('/api/seller-applications/mine/submit')
        .set(applicant.headers)
        .expect(200);
      expect(submitted.body.status).toBe('submitted');
      expect(submitted.body.submittedAt).not.toBeNull();
    });

    it('stores a cooperative’s members, replaces them on edit and gives the cooperative_admin role', async () => {
      const applicant = await signInAs(t, 'shopper');
      const draft: SellerApplication = (
        await apply(applicant, { ...cooperativeApplication(), submit: false }).expect(201)
      ).body;
      expect(draft.members.map(({ name, craft }) => ({ name, craft }))).toEqual([
        { name: 'Aicha Ait Baha', craft: 'argan' },
        { name: 'Fatima Oubella', craft: 'weaving' },
      ]);
      const edited: SellerApplication = (
        await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(applicant.headers)
          .send({ members: [{ name: 'Khadija Ouhmad', craft: 'argan' }] })
          .expect(200)
      ).body;
      expect(edited.members.map((member) => member.name)).toEqual(['Khadija Ouhmad']);
      const stored = await t.dataSource.query(
        'SELECT name FROM cooperative_members WHERE seller_id = $1',
        [draft.id],
      );
      expect(stored).toEqual([{ name: 'Khadija Ouhmad' }]);

      await request(t.http)
        .post('/api/seller-applications/mine/submit')
        .set(applicant.headers)
        .expect(200);
      const approved = await act(`seller-applications/${draft.id}/approve`).expect(200);
      expect(approved.body).toMatchObject({ status: 'approved', slug: 'cooperative-tifaout' });
      expect(await roleOf(applicant)).toBe('cooperative_admin');
    });

    it('drops a cooperative’s members when the draft becomes an artisan’s', async () => {
      const applicant = await signInAs(t, 'shopper');
      const draft = await apply(applicant, { ...cooperativeApplication(), submit: false }).expect(
        201,
      );
      const edited: SellerApplication = (
        await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(applicant.headers)
          .send({
            kind: 'artisan',
            artisanCardNumber: 'ESS-77',
            artisanCardExpiresOn: '2099-01-01',
          })
          .expect(200)
      ).body;
      expect(edited).toMatchObject({ kind: 'artisan', registrationNumber: null, members: [] });
      const stored = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM cooperative_members WHERE seller_id = $1',
        [draft.body.id],
      );
      expect(stored).toEqual([{ n: 0 }]);
    });

    it('gives clashing names numbered slugs, and a short id to names with no latin letters', async () => {
      const first = await submittedApplication(artisanApplication({ name: 'Dar Lfekhar' }));
      const second = await submittedApplication(artisanApplication({ name: 'Dâr LFEKHAR' }));
      const arabic = await submittedApplication(artisanApplication({ name: 'دار الفخار' }));
      await act(`seller-applications/${first.id}/approve`).expect(200);
      const clash = await act(`seller-applications/${second.id}/approve`).expect(200);
      expect(clash.body.slug).toBe('dar-lfekhar-2');
      const noLatin = await act(`seller-applications/${arabic.id}/approve`).expect(200);
      expect(noLatin.body.slug).toBe(`atelier-${arabic.id.replace(/-/g, '').slice(0, 8)}`);
    });
  });

  describe('refusals leave everything as it was', () => {
    let shopper: SignedInUser;
    let pending: { applicant: SignedInUser; id: string };

    beforeAll(async () => {
      shopper = await signInAs(t, 'shopper');
      pending = await submittedApplication(artisanApplication({ name: 'Atelier Nassij' }));
    });

    it('answers 401 without a session', async () => {
      await expectUnchanged(async () => {
        await request(t.http)
          .post('/api/seller-applications')
          .send(artisanApplication())
          .expect(401);
        await request(t.http).get('/api/seller-applications/mine').expect(401);
        await request(t.http).patch('/api/seller-applications/mine').send({}).expect(401);
        await request(t.http).post('/api/seller-applications/mine/submit').expect(401);
        await request(t.http).get('/api/admin/seller-applications').expect(401);
        await request(t.http)
          .post(`/api/admin/seller-applications/${pending.id}/approve`)
          .expect(401);
        await request(t.http).get('/api/admin/stats').expect(401);
      });
    });

    it('answers 403 to a shopper on every chamber route', async () => {
      await expectUnchanged(async () => {
        const { id } = pending;
        await request(t.http)
          .get('/api/admin/seller-applications')
          .set(shopper.headers)
          .expect(403);
        await request(t.http)
          .get(`/api/admin/seller-applications/${id}`)
          .set(shopper.headers)
          .expect(403);
        await act(`seller-applications/${id}/approve`, {}, shopper).expect(403);
        await act(`seller-applications/${id}/reject`, { reason: 'Pas sérieux.' }, shopper).expect(
          403,
        );
        await act(`sellers/${id}/suspend`, { reason: 'Pas sérieux.' }, shopper).expect(403);
        await act(`sellers/${id}/reinstate`, {}, shopper).expect(403);
        await request(t.http).get('/api/admin/stats').set(shopper.headers).expect(403);
        // Approving one's own application is no way round it either.
        await act(`seller-applications/${id}/approve`, {}, pending.applicant).expect(403);
      });
    });

    it('answers 403 when chamber staff try to apply', async () => {
      await expectUnchanged(async () => {
        const response = await apply(staff, artisanApplication()).expect(403);
        expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
      });
    });

    it('refuses a second application with 409', async () => {
      await expectUnchanged(async () => {
        const response = await apply(pending.applicant, cooperativeApplication()).expect(409);
        expect(response.body.message).toMatch(/already have a seller application/);
      });
    });

    it('refuses edits while the application is with the chamber', async () => {
      await expectUnchanged(async () => {
        const response = await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(pending.applicant.headers)
          .send({ name: 'Atelier Nassij Marrakech' })
          .expect(409);
        expect(response.body.message).toMatch(/submitted; it can be changed only as a draft/);
        await request(t.http)
          .post('/api/seller-applications/mine/submit')
          .set(pending.applicant.headers)
          .expect(409);
      });
    });

    it('answers 404 to someone who has not applied', async () => {
      await expectUnchanged(async () => {
        await mine(shopper).expect(404);
        await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(shopper.headers)
          .send({ name: 'Autre nom' })
          .expect(404);
        await request(t.http)
          .post('/api/seller-applications/mine/submit')
          .set(shopper.headers)
          .expect(404);
      });
    });

    it.each(['status', 'approvedAt', 'ownerUserId', 'commissionRate', 'role', 'slug'])(
      'refuses the unknown field %s with 400',
      async (field) => {
        const draftOwner = await signInAs(t, 'shopper');
        await apply(draftOwner, { ...artisanApplication(), submit: false }).expect(201);
        await expectUnchanged(async () => {
          const value = field === 'ownerUserId' ? staff.user.id : 'approved';
          const created = await apply(shopper, { ...artisanApplication(), [field]: value }).expect(
            400,
          );
          expect(created.body.message).toContain(`property ${field} should not exist`);
          await request(t.http)
            .patch('/api/seller-applications/mine')
            .set(draftOwner.headers)
            .send({ [field]: value })
            .expect(400);
        });
      },
    );

    it('refuses unknown fields inside the bio and the members', async () => {
      await expectUnchanged(async () => {
        await apply(
          shopper,
          artisanApplication({ bio: { fr: 'Potier', de: 'Töpfer' } as never }),
        ).expect(400);
        const members = [{ name: 'Aicha', craft: 'argan', userId: staff.user.id }];
        await apply(shopper, cooperativeApplication({ members } as never)).expect(400);
      });
    });

    it.each([
      ['a cooperative without members', cooperativeApplication({ members: [] }), ['members']],
      [
        'a cooperative without registration',
        cooperativeApplication({ registrationNumber: undefined }),
        ['registrationNumber'],
      ],
      [
        'an artisan without a card',
        artisanApplication({ artisanCardNumber: undefined, artisanCardExpiresOn: undefined }),
        ['artisanCardNumber', 'artisanCardExpiresOn'],
      ],
      [
        'an artisan with members',
        artisanApplication({ members: [{ name: 'Aicha', craft: 'argan' }] }),
        ['members'],
      ],
      [
        'a cooperative with an artisan card',
        cooperativeApplication({ artisanCardNumber: 'SF-1' }),
        ['artisanCardNumber'],
      ],
      ['a bio in no language', artisanApplication({ bio: { fr: '  ' } }), ['bio']],
    ])('refuses %s with 400 and details', async (_label, body, fields) => {
      await expectUnchanged(async () => {
        const response = await apply(shopper, body).expect(400);
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(
          fields,
        );
      });
    });

    it.each([
      ['a foreign phone number', { phone: '+33612345678' }, 'phone'],
      ['an unknown province', { province: 'casablanca' }, 'province'],
      ['an unknown craft', { craft: 'plastic' }, 'craft'],
      ['a one-letter name', { name: 'A' }, 'name'],
      ['a bio over 1000 characters', { bio: { fr: 'x'.repeat(1001) } }, 'bio.fr'],
      ['an impossible date', { artisanCardExpiresOn: '2030-02-30' }, 'artisanCardExpiresOn'],
      ['an unknown kind', { kind: 'company' }, 'kind'],
    ])('refuses %s with 400', async (_label, override, field) => {
      await expectUnchanged(async () => {
        const response = await apply(shopper, { ...artisanApplication(), ...override }).expect(400);
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(
          field,
        );
      });
    });

    it('refuses an edit that empties a required field', async () => {
      const applicant = await signInAs(t, 'shopper');
      await apply(applicant, { ...artisanApplication(), submit: false }).expect(201);
      await expectUnchanged(async () => {
        const response = await request(t.http)
          .patch('/api/seller-applications/mine')
          .set(applicant.headers)
          .send({ workshopAddress: null })
          .expect(400);
        expect(response.body.details).toEqual([
          { field: 'workshopAddress', messages: ['workshopAddress is required'] },
        ]);
      });
    });

    it('requires a reason of 5 to 1000 characters to reject or suspend', async () => {
      await expectUnchanged(async () => {
        const { id } = pending;
        await act(`seller-applications/${id}/reject`).expect(400);
        await act(`seller-applications/${id}/reject`, { reason: 'Non' }).expect(400);
        await act(`seller-applications/${id}/reject`, { reason: 'x'.repeat(1001) }).expect(400);
        await act(`seller-applications/${id}/reject`, { reason: '      ' }).expect(400);
        await act(`sellers/${id}/suspend`, {}).expect(400);
      });
    });

    it('refuses moves the table does not allow with 409', async () => {
      await expectUnchanged(async () => {
        const { id } = pending;
        const suspend = await act(`sellers/${id}/suspend`, {
          reason: 'Essai de suspension',
        }).expect(409);
        expect(suspend.body.message).toBe(
          'This seller is submitted; only an approved seller can be suspended',
        );
        const reinstate = await act(`sellers/${id}/reinstate`).expect(409);
        expect(reinstate.body.message).toBe(
          'This seller is submitted; only a suspended seller can be reinstated',
        );
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await expectUnchanged(async () => {
        const unknown = '0b7e2c1a-8f1e-4c52-9d3a-2f6a4b5c6d7e';
        await request(t.http)
          .get(`/api/admin/seller-applications/${unknown}`)
          .set(staff.headers)
          .expect(404);
        await act(`seller-applications/${unknown}/approve`).expect(404);
        await act(`sellers/${unknown}/suspend`, { reason: 'Inconnu au bataillon' }).expect(404);
        const malformed = await act('seller-applications/not-a-uuid/approve').expect(400);
        expect(malformed.body.details).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
        await request(t.http)
          .get('/api/admin/seller-applications/42')
          .set(staff.headers)
          .expect(400);
      });
    });

    it('refuses to approve an artisan whose card has expired with 422', async () => {
      const expired = await submittedApplication(
        artisanApplication({ name: 'Atelier Périmé', artisanCardExpiresOn: '2020-06-30' }),
      );
      await expectUnchanged(async () => {
        const response = await act(`seller-applications/${expired.id}/approve`).expect(422);
        expect(response.body.message).toMatch(/expired on 2020-06-30/);
      });
      expect(await roleOf(expired.applicant)).toBe('shopper');
    });

    it('refuses a second approval with 409 and records one approval', async () => {
      const { id, applicant } = await submittedApplication(
        artisanApplication({ name: 'Atelier Deux Fois' }),
      );
      await act(`seller-applications/${id}/approve`).expect(200);
      await expectUnchanged(async () => {
        const again = await act(`seller-applications/${id}/approve`).expect(409);
        expect(again.body).toEqual({
          statusCode: 409,
          error: 'Conflict',
          message: 'This seller is approved; only a submitted seller can be approved',
        });
        await act(`seller-applications/${id}/reject`, { reason: 'Trop tard pour ça' }).expect(409);
      });
      const approvals = (await historyOf(id)).filter((change) => change.to_status === 'approved');
      expect(approvals).toHaveLength(1);
      expect(await roleOf(applicant)).toBe('artisan');
    });
  });

  it('lets only one of two simultaneous approvals through', async () => {
    const { id, applicant } = await submittedApplication(
      artisanApplication({ name: 'Atelier Concurrent' }),
    );
    const otherStaff = await signInAs(t, 'chamber_staff');
    const responses = await Promise.all([
      act(`seller-applications/${id}/approve`),
      act(`seller-applications/${id}/approve`, {}, otherStaff),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const changes = await historyOf(id);
    expect(changes.map((change) => change.to_status)).toEqual(['submitted', 'approved']);
    const [row] = await t.dataSource.query('SELECT status, slug FROM sellers WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'approved', slug: 'atelier-concurrent' });
    expect(await roleOf(applicant)).toBe('artisan');
  });

  it('lets only one of a rejection and an approval through', async () => {
    const { id } = await submittedApplication(artisanApplication({ name: 'Atelier Indécis' }));
    const responses = await Promise.all([
      act(`seller-applications/${id}/approve`),
      act(`seller-applications/${id}/reject`, { reason: 'Dossier incomplet.' }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(await historyOf(id)).toHaveLength(2);
  });
});
