import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';
import { BEARER_TRANSPORT, signInAs, TEST_PASSWORD } from './support/accounts';
import { UserEntity } from '../src/modules/accounts/entities/user.entity';
import { SessionEntity } from '../src/modules/accounts/entities/session.entity';

function sessionCookie(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('hirfa_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
    });
  });
  afterAll(() => t.close());

  const users = () => t.dataSource.getRepository(UserEntity);

  it('registers a shopper, hashes the password with argon2id and opens a cookie session', async () => {
    const response = await request(t.http)
      .post('/api/auth/register')
      .send({
        email: '  Salma@Example.MA ',
        password: 'tajine-safi-2026',
        name: 'Salma',
        preferredLanguage: 'ar',
      })
      .expect(201);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      email: 'salma@example.ma',
      name: 'Salma',
      role: 'shopper',
      preferredLanguage: 'ar',
    });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const stored = await users().findOneByOrFail({ email: 'salma@example.ma' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const me = await request(t.http)
      .get('/api/auth/me')
      .set('Cookie', cookie.split(';')[0])
      .expect(200);
    expect(me.body.email).toBe('salma@example.ma');
  });

  it('accepts the same token as a bearer token, and stores only its hash', async () => {
    const { token, user } = await signInAs(t, 'shopper');
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    const sessions = await t.dataSource.getRepository(SessionEntity).findBy({ userId: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].tokenHash).not.toContain(token);
    expect(sessions[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a second account with the same email (409) and keeps the first', async () => {
    await request(t.http)
      .post('/api/auth/register')
      .send({ email: 'hafsa@example.ma', password: 'zellige-fes-2026', name: 'Hafsa' })
      .expect(201);
    const before = await users().count();
    const response = await request(t.http)
      .post('/api/auth/register')
      .send({ email: 'HAFSA@example.ma', password: 'another-password', name: 'Other' })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(await users().count()).toBe(before);
    expect((await users().findOneByOrFail({ email: 'hafsa@example.ma' })).name).toBe('Hafsa');
  });

  it.each([
    [{ email: 'not-an-email', password: 'long-enough-1', name: 'A B' }, 'email'],
    [{ email: 'a@b.ma', password: 'short', name: 'A B' }, 'password'],
    [{ email: 'a@b.ma', password: 'long-enough-1', name: '<script>' }, 'name'],
    [{ email: 'a@b.ma', password: 'long-enough-1', name: 'A B', role: 'chamber_staff' }, 'role'],
    [
      { email: 'a@b.ma', password: 'long-enough-1', name: 'A B', preferredLanguage: 'de' },
      'preferredLanguage',
    ],
  ])('refuses a bad registration %j with 400 and creates nothing', async (body, field) => {
    const before = await users().count();
    const response = await request(t.http).post('/api/auth/register').send(body).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await users().count()).toBe(before);
  });

  it('never lets a user set their own role', async () => {
    const { headers, user } = await signInAs(t, 'shopper');
    await request(t.http)
      .patch('/api/auth/me')
      .set(headers)
      .send({ role: 'chamber_staff' })
      .expect(400);
    expect((await users().findOneByOrFail({ id: user.id })).role).toBe('shopper');
  });

  it('changes name and language', async () => {
    const { headers } = await signInAs(t, 'shopper');
    const response = await request(t.http)
      .patch('/api/auth/me')
      .set(headers)
      .send({ name: 'Nadia Berrada', preferredLanguage: 'en' })
      .expect(200);
    expect(response.body).toMatchObject({ name: 'Nadia Berrada', preferredLanguage: 'en' });
  });

  it('changes the password only with the current one, and signs out other sessions', async () => {
    const first = await signInAs(t, 'shopper');
    const second = await request(t.http)
      .post('/api/auth/login')
      .set(BEARER_TRANSPORT)
      .send({ email: first.user.email, password: TEST_PASSWORD })
      .expect(200);
    const refused = await request(t.http)
      .post('/api/auth/me/password')
      .set(first.headers)
      .send({ currentPassword: 'wrong password', newPassword: 'new-secret-2026' })
      .expect(403);
    expect(refused.body.message).toBe('The current password is not right');
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: first.user.email, password: TEST_PASSWORD })
      .expect(200);

    await request(t.http)
      .post('/api/auth/me/password')
      .set(first.headers)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'new-secret-2026' })
      .expect(204);
    await request(t.http).get('/api/auth/me').set(first.headers).expect(200);
    await request(t.http)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${second.body.token}`)
      .expect(401);
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: first.user.email, password: 'new-secret-2026' })
      .expect(200);
  });

  it('logs out: the session stops working and the cookie is cleared', async () => {
    const { headers } = await signInAs(t, 'shopper');
    const response = await request(t.http).post('/api/auth/logout').set(headers).expect(204);
    expect(sessionCookie(response)).toMatch(/hirfa_session=;/);
    await request(t.http).get('/api/auth/me').set(headers).expect(401);
  });

  it('answers 401 in the error shape without a session or with a bad token', async () => {
    const none = await request(t.http).get('/api/auth/me').expect(401);
    expect(none.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Sign in to continue',
    });
    await request(t.http)
      .get('/api/auth/me')
      .set('Authorization', 'Bearer not-a-real-token-xxxxxxxxxxx')
      .expect(401);
    await request(t.http).get('/api/auth/me').set('Cookie', 'hirfa_session=%E0%A4%A').expect(401);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { user } = await signInAs(t, 'shopper');
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.ma', password: 'whatever-1' })
      .expect(401);
    const wrong = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'whatever-1' })
      .expect(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rate-limits failed sign-ins per account (from the failing address) with 429 and Retry-After, even with the right password', async () => {
    const { user } = await signInAs(t, 'shopper');
    const attempt = (password: string) =>
      request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ email: user.email, password });
    for (let i = 0; i < 3; i++) await attempt('wrong-password').expect(401);
    const limited = await attempt(TEST_PASSWORD).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    const sessions = await t.dataSource.getRepository(SessionEntity).countBy({ userId: user.id });
    expect(sessions).toBe(1);
  });

  it('rate-limits failed sign-ins per IP address across accounts', async () => {
    // The sign-in counters live beside the other rate limits; earlier tests failed here too.
    await t.dataSource.query(`DELETE FROM rate_limit_hits WHERE key LIKE 'login:%'`);
    const { user } = await signInAs(t, 'shopper');
    for (let i = 0; i < 6; i++) {
      await request(t.http)
        .post('/api/auth/login')
        .send({ email: `guess-${i}@example.ma`, password: 'wrong-password' })
        .expect(401);
    }
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(429);
    await t.dataSource.query(`DELETE FROM rate_limit_hits WHERE key LIKE 'login:%'`);
  });
});
