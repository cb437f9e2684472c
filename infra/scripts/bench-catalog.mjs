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

export async function startBenchServer(options) {
  const dataDir = mkdtempSync(join(tmpdir(), `hirfa-bench-`));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  };
  const admin = require('./api/dist/database/admin.js');
  const externalServer = process.env.DATABASE_URL;
  const databaseName = `hirfa_bench_${Date.now().toString(36)}`;
  if (externalServer) {
    await admin.createDatabase(externalServer, databaseName);
    env.DATABASE_URL = admin.withDatabase(externalServer, databaseName);
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
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/health`, server);
  return {
    baseUrl,
    async stop() {
      await new Promise((resolve) => {
        server.once('exit', resolve);
        server.kill('SIGTERM');
      });
      if (externalServer) await admin.dropDatabase(externalServer, databaseName);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function load(url, { connections, seconds, title }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
    console.log(`\n${title}: ${url} (${connections} connections, ${seconds} s)`);
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
