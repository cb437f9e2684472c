import { hash } from '@node-rs/argon2';
import request from 'supertest';
import { randomBytes } from 'node:crypto';
import type { ProvinceCode, SellerKind, SellerStatus, UserRole } from '@hirfa/shared';
import { SellerEntity } from '../../src/modules/sellers/entities/seller.entity';
import { makeSeller } from './factories';
import { UserEntity } from '../../src/modules/accounts/entities/user.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';

/** Asks sign-in and registration for the session token in the body, as Bearer clients do. */
export const BEARER_TRANSPORT = { 'X-Session-Transport': 'bearer' } as const;
let passwordHash: Promise<string> | undefined;

export interface SignedInUser {
  user: UserEntity;
  token: string;
  /** Headers for supertest: `.set(auth.headers)`. */
  headers: { Authorization: string };
}

/** Creates a user with the given role straight in the database, then signs in through the API. */
export async function signInAs(
  t: TestApp,
  role: UserRole,
  overrides: Partial<Pick<UserEntity, 'email' | 'name'>> = {},
): Promise<SignedInUser> {
  passwordHash ??= hash(TEST_PASSWORD);
  const email = overrides.email ?? `${role}-${randomBytes(4).toString('hex')}@test.hirfa.ma`;
  const user = await t.dataSource.getRepository(UserEntity).save({
    email,
    name: overrides.name ?? `Test ${role}`,
    role,
    passwordHash: await passwordHash,
    preferredLanguage: 'fr',
  });
  const response = await request(t.http)
    .post('/api/auth/login')
    .set(BEARER_TRANSPORT)
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  const token: string = response.body.token;
  return { user, token, headers: { Authorization: `Bearer ${token}` } };
}

export type SignedInSeller = SignedInUser & { shop: SellerEntity };

/** A signed-in owner of an approved (or otherwise) shop: artisan, or cooperative admin. */
export async function signInAsSeller(
  t: TestApp,
  options: { kind?: SellerKind; status?: SellerStatus; province?: ProvinceCode } = {},
): Promise<SignedInSeller> {
  const kind = options.kind ?? 'artisan';
  const auth = await signInAs(t, kind === 'cooperative' ? 'cooperative_admin' : 'artisan');
  const shop = await makeSeller(t.dataSource, {
    kind,
    status: options.status ?? 'approved',
    province: options.province ?? 'safi',
    craft: kind === 'cooperative' ? 'argan' : 'pottery',
  });
  await t.dataSource.getRepository(SellerEntity).update(shop.id, { ownerUserId: auth.user.id });
  return { ...auth, shop };
}
