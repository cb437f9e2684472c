import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createDatabase, withDatabase } from '../src/database/admin';
import { runMigrations } from '../src/database/connection';
import {
  findFreePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../src/database/embedded-postgres';
import { signInAs, type SignedInUser } from './support/accounts';
import { makeProduct, makeSeller } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

type Phase = 'up' | 'stopping' | 'down' | 'starting' | 'back';
/** A request begun in one phase and answered in another. */
type Period = Phase | 'between';

interface Answer {
  phase: Period;
  route: string;
  status: number;
  retryAfter: string | undefined;
  body: Record<string, unknown>;
}

/**
 * The app runs on a PostgreSQL server of its own, which the test stops and starts again
 * while requests keep coming: the API must answer 503 with Retry-After (never 500) while it
 * is gone, and serve again once it is back, without a restart of the app.
 */
describe('a database outage under load', () => {
  let dataDir: string;
  let port: number;
  let server: EmbeddedDatabase | undefined;
  let t: TestApp | undefined;
  let buyer: SignedInUser;

  const startServer = () =>
    startEmbeddedPostgres({ dataDir, port, throwaway: true, keepFiles: true });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hirfa-outage-pg-'));
    port = await findFreePort();
    server = await startServer();
    await createDatabase(server.url, 'hirfa_outage');
    const databaseUrl = withDatabase(server.url, 'hirfa_outage');
    await runMigrations(databaseUrl);
    t = await createTestApp({}, { databaseUrl });
    const seller = await makeSeller(t.dataSource, { slug: 'atelier-panne', name: 'Atelier Panne' });
    await makeProduct(t.dataSource, seller, { slug: 'tajine-panne', titleFr: 'Tajine', stock: 3 });
    buyer = await signInAs(t, 'shopper');
  }, 120_000);

  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  const routes: Array<{ name: string; send: () => request.Test }> = [
    { name: 'GET /api/health', send: () => request(t!.http).get('/api/health') },
    { name: 'GET /api/products', send: () => request(t!.http).get('/api/products') },
    {
      name: 'GET /api/products?q=',
      send: () => request(t!.http).get('/api/products').query({ q: 'tajine' }),
    },
    {
      name: 'GET /api/products/:slug',
      send: () => request(t!.http).get('/api/products/tajine-panne'),
    },
    {
      name: 'GET /api/sellers/:slug',
      send: () => request(t!.http).get('/api/sellers/atelier-panne'),
    },
    {
      name: 'GET /api/orders (signed in)',
      send: () => request(t!.http).get('/api/orders').set(buyer.headers),
    },
    { name: 'POST /api/carts', send: () => request(t!.http).post('/api/carts').send({}) },
  ];

  it('answers 503 with Retry-After while PostgreSQL is stopped, and 200 once it is back', async () => {
    const answers: Answer[] = [];
    let phase: Phase = 'up';
    let running = true;

    const worker = async (offset: number) => {
      for (let i = offset; running; i += 1) {
        const route = routes[i % routes.length];
        const at = phase;
        const response = await route.send();
        answers.push({
          phase: at === phase ? at : 'between',
          route: route.name,
          status: response.status,
          retryAfter: response.headers['retry-after'],
          body: response.body as Record<string, unknown>,
        });
      }
    };
    const until = async (condition: () => boolean, what: string, ms = 30_000) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const inPhase = (p: Period) => answers.filter((answer) => answer.phase === p);
    const started = Date.now();
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    try {
      await until(() => inPhase('up').length >= 2 * routes.length, 'answers before the outage');

      phase = 'stopping';
      await server!.stop();
      server = undefined;
      phase = 'down';
      await until(() => inPhase('down').length >= 5 * routes.length, 'answers during the outage');
      const downAt = Date.now();

      phase = 'starting';
      server = await startServer();
      phase = 'back';
      // Back to normal: a whole round of every route answered 200 after the restart.
      await until(() => {
        const back = inPhase('back');
        return routes.every((route) =>
          back.some((answer) => answer.route === route.name && answer.status < 300),
        );
      }, 'every route to answer again');
      console.log(
        `Outage: ${answers.length} requests in ${Date.now() - started} ms; ` +
          `${inPhase('down').length} while down; back ${Date.now() - downAt} ms after the restart began`,
      );
    } finally {
      running = false;
      await load;
    }

    // Never a 500, whatever the moment.
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    // Before the outage every route works.
    expect(inPhase('up').filter((answer) => answer.status >= 300)).toEqual([]);
    // While the server is down: only 503, in the common shape, with a stable code and a wait.
    const down = inPhase('down');
    expect(new Set(down.map((answer) => answer.route))).toEqual(
      new Set(routes.map((route) => route.name)),
    );
    for (const answer of down) {
      expect(answer).toMatchObject({
        status: 503,
        retryAfter: expect.stringMatching(/^[1-9]\d*$/),
        body: {
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'service.unavailable',
          message: expect.any(String),
        },
      });
    }
    // Whatever was answered while stopping or starting was either served or a clean 503.
    const around = ['stopping', 'starting', 'back', 'between'] as const;
    for (const answer of around.flatMap(inPhase)) {
      expect(answer.status < 300 || answer.status === 503).toBe(true);
      if (answer.status === 503) expect(answer.retryAfter).toBeDefined();
    }
    // And the same app keeps serving once the database is back.
    await request(t!.http).get('/api/health').expect(200, { status: 'ok', database: 'up' });
    const listing = await request(t!.http).get('/api/products').expect(200);
    expect(listing.body.total).toBe(1);
  }, 120_000);
});
