import { verify as verifyPassword } from '@node-rs/argon2';
import request from 'supertest';
import { SessionEntity } from '../src/modules/accounts/entities/session.entity';
import { UserEntity } from '../src/modules/accounts/entities/user.entity';
import { signInAs, TEST_PASSWORD, type SignedInUser } from './support/accounts';
import { createTestApp, type TestApp } from './support/test-app';

// Every password check still runs argon2; the wrapper only counts the checks.
jest.mock('@node-rs/argon2', () => {
  const actual = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});

/** The default of LOGIN_MAX_FAILURES_PER_ACCOUNT: wrong passwords per account and address. */
const PER_ACCOUNT = 5;
const NEW_PASSWORD = 'new-secret-2026';

function expectRateLimited(response: request.Response): void {
  expect(response.status).toBe(429);
  expect(response.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

const tally = (responses: request.Response[]) =>
  responses.reduce<Record<number, number>>((counts, r) => {
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    return counts;
  }, {});

describe('changing the password: the current one is checked within the sign-in limits', () => {
  const verify = jest.mocked(verifyPassword);
  let t: TestApp;
  beforeAll(async () => {
    // Behind one proxy, so that each test speaks from addresses of its own.
    t = await createTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  const changePassword = (
    who: SignedInUser,
    currentPassword: string,
    forwardedFor: string,
    newPassword = NEW_PASSWORD,
  ) =>
    request(t.http)
      .post('/api/auth/me/password')
      .set(who.headers)
      .set('X-Forwarded-For', forwardedFor)
      .send({ currentPassword, newPassword });
  const login = (email: string, password: string, forwardedFor: string) =>
    request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email, password });

  /** The account's row and sessions as they are now, to show that a refusal changed nothing. */
  const snapshot = async (userId: string) => ({
    passwordHash: (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId }))
      .passwordHash,
    sessions: await t.dataSource.getRepository(SessionEntity).countBy({ userId }),
  });

  it('refuses with 429, without checking, past LOGIN_MAX_FAILURES_PER_ACCOUNT wrong current passwords; nothing changes', async () => {
    const thief = await signInAs(t, 'shopper');
    const before = await snapshot(thief.user.id);
    for (let i = 0; i < PER_ACCOUNT; i++) {
      await changePassword(thief, `guess-${i}`, '203.0.113.60').expect(403);
    }

    verify.mockClear();
    // Even the right current password is not checked from that address now.
    expectRateLimited(await changePassword(thief, TEST_PASSWORD, '203.0.113.60'));
    expectRateLimited(await changePassword(thief, 'guess-next', '203.0.113.60'));
    expect(verify).not.toHaveBeenCalled();

    const after = await snapshot(thief.user.id);
    expect(after).toEqual(before);
    expect(await verifyPassword(after.passwordHash, TEST_PASSWORD)).toBe(true);
    await request(t.http).get('/api/auth/me').set(thief.headers).expect(200);
    // The same counters as sign-in: that address may not try the account's password there either.
    expectRateLimited(await login(thief.user.email, TEST_PASSWORD, '203.0.113.60'));
    expect(await snapshot(thief.user.id)).toEqual(before);
  });

  it('checks at most LOGIN_MAX_FAILURES_PER_ACCOUNT of 30 parallel guesses of the current password', async () => {
    const thief = await signInAs(t, 'shopper');
    const before = await snapshot(thief.user.id);
    verify.mockClear();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => changePassword(thief, `guess-${i}`, '203.0.113.61')),
    );
    expect(tally(responses)).toEqual({ 403: PER_ACCOUNT, 429: 30 - PER_ACCOUNT });
    expect(verify).toHaveBeenCalledTimes(PER_ACCOUNT);
    responses.filter((r) => r.status === 429).forEach(expectRateLimited);
    expect(await snapshot(thief.user.id)).toEqual(before);
  });

  it('counts wrong sign-ins and wrong current passwords together', async () => {
    const thief = await signInAs(t, 'shopper');
    const before = await snapshot(thief.user.id);
    for (let i = 0; i < PER_ACCOUNT - 2; i++) {
      await login(thief.user.email, `guess-${i}`, '203.0.113.62').expect(401);
    }
    await changePassword(thief, 'guess-a', '203.0.113.62').expect(403);
    await changePassword(thief, 'guess-b', '203.0.113.62').expect(403);
    expectRateLimited(await changePassword(thief, TEST_PASSWORD, '203.0.113.62'));
    expect(await snapshot(thief.user.id)).toEqual(before);
  });

  it('changes the password when the right current one comes before the limit', async () => {
    const owner = await signInAs(t, 'shopper');
    const other = await login(owner.user.email, TEST_PASSWORD, '198.51.100.63')
      .set('X-Session-Transport', 'bearer')
      .expect(200);
    const before = await snapshot(owner.user.id);
    for (let i = 0; i < PER_ACCOUNT - 1; i++) {
      await changePassword(owner, `slip-${i}`, '198.51.100.63').expect(403);
    }
    expect(await snapshot(owner.user.id)).toEqual(before);

    await changePassword(owner, TEST_PASSWORD, '198.51.100.63').expect(204);

    const after = await snapshot(owner.user.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    // Every other session is signed out; this one goes on.
    expect(after.sessions).toBe(1);
    await request(t.http)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${other.body.token}`)
      .expect(401);
    await request(t.http).get('/api/auth/me').set(owner.headers).expect(200);
    // The right password cleared this address's slips: sign-in with the new one works at once.
    await login(owner.user.email, NEW_PASSWORD, '198.51.100.63').expect(200);
  });

  it('never refuses the owner from their own address while another address is locked out', async () => {
    const owner = await signInAs(t, 'shopper');
    for (let i = 0; i < PER_ACCOUNT; i++) {
      await changePassword(owner, `guess-${i}`, '203.0.113.64').expect(403);
    }
    expectRateLimited(await changePassword(owner, TEST_PASSWORD, '203.0.113.64'));

    await changePassword(owner, TEST_PASSWORD, '198.51.100.64').expect(204);
    const after = await snapshot(owner.user.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
  });
});
