#!/usr/bin/env node
// Benchmark (not a test): seeds a throwaway database with a large demo catalogue, starts the
// built API and loads a text search with two facet filters through autocannon.
//   pnpm bench:catalog [-- --products 5000 --connections 50 --seconds 20]
import { createRequire } from 'node:module';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const autocannon = require('autocannon');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const products = option('products', 5000);
const connections = option('connections', 50);
const seconds = option('seconds', 20);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url}`);
}

/**
 * A throwaway database (a new one on DATABASE_URL's server, else an embedded PostgreSQL in a
 * temporary folder), seeded with the demo catalogue at the given size, and the built API on
 * it. With `payments`, the local payment server runs beside it.
 */
export async function startBenchServer(options) {
  const dataDir = mkdtempSync(join(tmpdir(), `hirfa-bench-`));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const admin = require('./api/dist/database/admin.js');
  const { startEmbeddedPostgres } = require('./api/dist/database/embedded-postgres.js');
  const databaseName = `hirfa_bench_${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  let embedded;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), throwaway: true });
    serverUrl = embedded.url;
  }
  await admin.createDatabase(serverUrl, databaseName);
  const databaseUrl = admin.withDatabase(serverUrl, databaseName);
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: baseUrl,
    MAIL_WORKER_INTERVAL_SECONDS: '0',
    // One address makes thousands of carts and checkouts here; the limits would stop it.
    RATE_LIMIT_CHECKOUT_PER_IP: '1000000/1min',
    RATE_LIMIT_GUEST_CHECKOUT_PER_IP: '1000000/1min',
    RATE_LIMIT_CHECKOUT_PER_EMAIL: '1000000/1min',
    RATE_LIMIT_CART_PER_IP: '1000000/1min',
    RATE_LIMIT_REGISTER_PER_IP: '1000000/1min',
  };

  let payments;
  if (options.payments) {
    const paymentPort = await freePort();
    const { LOCAL_STRIPE_WEBHOOK_SECRET } = require('./api/dist/config/configuration.js');
    const { startLocalStripe } = await import('../stripe-local/server.mjs');
    payments = await startLocalStripe({
      port: paymentPort,
      webhookUrl: `${baseUrl}/api/payments/stripe/webhook`,
      webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
    });
    env.STRIPE_LOCAL_PORT = String(paymentPort);
    delete env.STRIPE_SECRET_KEY;
    delete env.STRIPE_WEBHOOK_SECRET;
  }

  const seedArgs = [
    '--products',
    String(options.products),
    '--sellers',
    String(options.sellers ?? 60),
  ];
  const started = Date.now();
  const seeded = spawnSync(
    process.execPath,
    [join(root, 'api/dist/database/cli/seed.js'), ...seedArgs],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (seeded.status !== 0) throw new Error('seeding failed');
  console.log(seeded.stdout.split('\n')[0], `(total ${Date.now() - started} ms)`);

  // --cpu-prof writes a profile of the API to the working folder when it stops.
  const nodeFlags = process.argv.includes('--profile') ? ['--cpu-prof'] : [];
  const server = spawn(process.execPath, [...nodeFlags, join(root, 'api/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`${baseUrl}/api/health`, server);
  return {
    baseUrl,
    databaseUrl,
    async stop() {
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill('SIGTERM');
      });
      await payments?.close();
      await admin.dropDatabase(serverUrl, databaseName);
      await embedded?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function load(url, { connections, seconds, title, ...more }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, ...more },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
    console.log(
      `\n${title}: ${url} (${connections} connections, ${more.amount ? `${more.amount} requests` : `${seconds} s`})`,
    );
  });
}

export function summarise(result) {
  const { latency, requests, non2xx, errors } = result;
  return (
    `requests/s ${requests.average.toFixed(0)}  latency p50 ${latency.p50} ms, ` +
    `p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms  ` +
    `non-2xx ${non2xx}, errors ${errors}`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bench = await startBenchServer({ products });
  try {
    const path = '/api/products?q=tapis&province=al-haouz&category=rugs&limit=24';
    const sample = await (await fetch(bench.baseUrl + path)).json();
    console.log(`The query matches ${sample.total} of ${products} products`);
    await load(bench.baseUrl + path, { connections, seconds: 3, title: 'warm-up' });
    const result = await load(bench.baseUrl + path, {
      connections,
      seconds,
      title: 'search with two facet filters',
    });
    console.log(summarise(result));
  } finally {
    await bench.stop();
  }
}
