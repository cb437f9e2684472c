import { verify as verifyPassword } from '@node-rs/argon2';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import request from 'supertest';
import { SessionEntity } from '../src/modules/accounts/entities/session.entity';
import { signInAs, TEST_PASSWORD } from './support/accounts';
import { createTestApp, type TestApp } from './support/test-app';

// Every password check still runs argon2; the wrapper only counts the checks.
jest.mock('@node-rs/argon2', () => {
  const actual = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});

/** The defaults of LOGIN_MAX_FAILURES_PER_ACCOUNT and LOGIN_MAX_FAILURES_PER_IP. */
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;

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

describe('sign-in limits', () => {
  const verify = jest.mocked(verifyPassword);

  describe('behind one reverse proxy (TRUST_PROXY=1)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: '1' });
    });
    afterAll(() => t.close());

    const login = (email: string, password: string, forwardedFor: string) =>
      request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', forwardedFor)
        .send({ email, password });
    const sessionsOf = (userId: string) =>
      t.dataSource.getRepository(SessionEntity).countBy({ userId });
    const failuresOf = async (email: string) =>
      Number(
        (
          await t.dataSource.query(`SELECT count(*) AS n FROM login_failures WHERE email = $1`, [
            email,
          ])
        )[0].n,
      );

    it('checks at most LOGIN_MAX_FAILURES_PER_ACCOUNT of 30 parallel wrong passwords on one account', async () => {
      const { user } = await signInAs(t, 'shopper');
      verify.mockClear();
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 30 }, () => login(user.email, 'wrong-password', '203.0.113.10')),
      );
      const elapsed = Date.now() - started;
      const counts = tally(responses);
      expect(counts).toEqual({ 401: PER_ACCOUNT, 429: 30 - PER_ACCOUNT });
      expect(verify).toHaveBeenCalledTimes(PER_ACCOUNT);
      expect(await failuresOf(user.email)).toBe(PER_ACCOUNT);
      responses.filter((r) => r.status === 429).forEach(expectRateLimited);
      console.info(
        `30 parallel wrong passwords: ${verify.mock.calls.length} checked, ` +
          `${counts[429]} refused with 429, in ${elapsed} ms`,
      );

      // That address stays locked out of this account, even with the right password…
      const before = await sessionsOf(user.id);
      verify.mockClear();
      expectRateLimited(await login(user.email, TEST_PASSWORD, '203.0.113.10'));
      expect(verify).not.toHaveBeenCalled();
      expect(await sessionsOf(user.id)).toBe(before);
      // …while the owner, elsewhere, signs in.
      await login(user.email, TEST_PASSWORD, '203.0.113.11').expect(200);
      expect(await sessionsOf(user.id)).toBe(before + 1);
    });

    it('slows down an address past LOGIN_MAX_FAILURES_PER_IP, and no other address', async () => {
      const { user } = await signInAs(t, 'shopper');
      for (let i = 0; i < PER_ADDRESS; i++) {
        await login(`guess-${i}@example.ma`, 'wrong-password', '203.0.113.20').expect(401);
      }
      const before = await sessionsOf(user.id);
      verify.mockClear();
      expectRateLimited(await login(user.email, TEST_PASSWORD, '203.0.113.20'));
      // What the client writes in the header before our proxy's own entry changes nothing.
      expectRateLimited(await login(user.email, TEST_PASSWORD, '10.9.9.9, 203.0.113.20'));
      expect(verify).not.toHaveBeenCalled();
      expect(await sessionsOf(user.id)).toBe(before);

      await login(user.email, TEST_PASSWORD, '203.0.113.21').expect(200);
      await login('guess-0@example.ma', 'wrong-password', '203.0.113.22').expect(401);
      expect(await sessionsOf(user.id)).toBe(before + 1);
    });

    it('checks at most LOGIN_MAX_FAILURES_PER_IP of 30 parallel guesses on 30 accounts from one address', async () => {
      verify.mockClear();
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          login(`spray-${i}@example.ma`, 'wrong-password', '203.0.113.25'),
        ),
      );
      expect(tally(responses)).toEqual({ 401: PER_ADDRESS, 429: 30 - PER_ADDRESS });
      expect(verify).toHaveBeenCalledTimes(PER_ADDRESS);
    });

    it('signs the owner in from another address after 20 bad passwords from one address', async () => {
      const { user } = await signInAs(t, 'shopper');
      verify.mockClear();
      const responses: request.Response[] = [];
      for (let i = 0; i < 20; i++)
        responses.push(await login(user.email, `bad-${i}`, '203.0.113.30'));
      expect(tally(responses)).toEqual({ 401: PER_ACCOUNT, 429: 20 - PER_ACCOUNT });
      expect(verify).toHaveBeenCalledTimes(PER_ACCOUNT);

      const before = await sessionsOf(user.id);
      const signedIn = await login(user.email, TEST_PASSWORD, '198.51.100.30').expect(200);
      expect(signedIn.body.user.id).toBe(user.id);
      expect(await sessionsOf(user.id)).toBe(before + 1);
    });

    it('never locks out a shopper whose right password follows a few slips', async () => {
      const { user } = await signInAs(t, 'shopper');
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < PER_ACCOUNT - 1; i++) {
          await login(user.email, 'slip-of-the-finger', '203.0.113.40').expect(401);
        }
        await login(user.email, TEST_PASSWORD, '203.0.113.40').expect(200);
      }
    });
  });

  describe('guessing one account from many addresses (LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL=10)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ACCOUNT_TOTAL: '10' });
    });
    afterAll(() => t.close());

    const login = (email: string, password: string, forwardedFor: string) =>
      request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', forwardedFor)
        .send({ email, password });

    it('lets each new address try once past the total, refuses addresses that failed, and lets the owner in', async () => {
      const { user } = await signInAs(t, 'shopper');
      for (let i = 1; i <= 10; i++) {
        await login(user.email, 'wrong-password', `192.0.2.${i}`).expect(401);
      }
      verify.mockClear();
      // An address that failed already is refused now, though under its own allowance of 5.
      expectRateLimited(await login(user.email, 'wrong-password', '192.0.2.1'));
      expect(verify).not.toHaveBeenCalled();
      // A new address gets one try, then is refused too.
      await login(user.email, 'wrong-password', '192.0.2.11').expect(401);
      expectRateLimited(await login(user.email, 'wrong-password', '192.0.2.11'));
      // Many parallel tries from one new address: one is checked.
      const burst = await Promise.all(
        Array.from({ length: 10 }, () => login(user.email, 'wrong-password', '192.0.2.12')),
      );
      expect(tally(burst)).toEqual({ 401: 1, 429: 9 });
      expect(verify).toHaveBeenCalledTimes(2);

      // The owner, from an address of their own, signs in.
      const signedIn = await login(user.email, TEST_PASSWORD, '198.51.100.40').expect(200);
      expect(signedIn.body.user.id).toBe(user.id);
    });
  });

  describe('with the default TRUST_PROXY (loopback)', () => {
    let t: TestApp;
    let origin: string;
    let peer: string;

    beforeAll(async () => {
      t = await createTestApp();
      const external = Object.values(networkInterfaces())
        .flat()
        .find((item) => item && item.family === 'IPv4' && !item.internal);
      if (!external) throw new Error('This test needs a network interface besides loopback');
      peer = external.address;
      await t.app.listen(0, '0.0.0.0');
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      origin = `http://${peer}:${port}`;
    });
    afterAll(() => t.close());

    const recordedAddresses = async (email: string) =>
      (
        await t.dataSource.query(`SELECT DISTINCT ip FROM login_failures WHERE email = $1`, [email])
      ).map((row: { ip: string }) => row.ip);

    it('ignores X-Forwarded-For from a peer that is not a proxy', async () => {
      const { user } = await signInAs(t, 'shopper');
      for (let i = 0; i < PER_ACCOUNT; i++) {
        await request(origin)
          .post('/api/auth/login')
          .set('X-Forwarded-For', `198.51.100.${100 + i}`)
          .send({ email: user.email, password: 'wrong-password' })
          .expect(401);
      }
      // A new X-Forwarded-For does not make a new client: the connection's address counts.
      expectRateLimited(
        await request(origin)
          .post('/api/auth/login')
          .set('X-Forwarded-For', '198.51.100.200')
          .send({ email: user.email, password: TEST_PASSWORD }),
      );
      expect(await recordedAddresses(user.email)).toEqual([peer]);
    });

    it('believes X-Forwarded-For from a proxy on the same machine', async () => {
      const { user } = await signInAs(t, 'shopper');
      await request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.77')
        .send({ email: user.email, password: 'wrong-password' })
        .expect(401);
      expect(await recordedAddresses(user.email)).toEqual(['198.51.100.77']);
    });
  });
});
