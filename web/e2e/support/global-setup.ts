import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const requireFromApi = createRequire(join(root, 'api', 'package.json'));

interface DatabaseAdmin {
  createDatabase(url: string, name: string): Promise<void>;
  dropDatabase(url: string, name: string): Promise<void>;
  withDatabase(url: string, name: string): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer ${url} within ${timeoutMs} ms`);
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/**
 * Starts the built API (serving the built storefront) on a throwaway database with the demo
 * data: a new database on DATABASE_URL's server when set, else an embedded PostgreSQL in a
 * temporary folder. Returns the teardown, which stops it and removes every trace.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hirfa-browser-'));
  const port = await freePort();
  const paymentPort = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseURL,
    STRIPE_LOCAL_PORT: String(paymentPort),
  };
  delete env.STRIPE_SECRET_KEY;
  delete env.STRIPE_WEBHOOK_SECRET;
  const externalServer = process.env.DATABASE_URL;
  const admin = requireFromApi('./dist/database/admin.js') as DatabaseAdmin;
  const databaseName = `hirfa_browser_${Date.now().toString(36)}`;
  if (externalServer) {
    await admin.createDatabase(externalServer, databaseName);
    env.DATABASE_URL = admin.withDatabase(externalServer, databaseName);
  } else {
    delete env.DATABASE_URL;
  }

  const { LOCAL_STRIPE_WEBHOOK_SECRET } = requireFromApi('./dist/config/configuration.js') as {
    LOCAL_STRIPE_WEBHOOK_SECRET: string;
  };
  const { startLocalStripe } = (await import(
    join(root, 'infra', 'stripe-local', 'server.mjs')
  )) as {
    startLocalStripe: (options: Record<string, unknown>) => Promise<{ close(): Promise<void> }>;
  };
  const payments = await startLocalStripe({
    port: paymentPort,
    webhookUrl: `${baseURL}/api/payments/stripe/webhook`,
    webhookSecret: LOCAL_STRIPE_WEBHOOK_SECRET,
    publicUrl: `http://127.0.0.1:${paymentPort}`,
  });

  const started = Date.now();
  const server = spawn(
    process.execPath,
    [join(root, 'api', 'dist', 'main.js'), '--migrate', '--seed-demo-if-empty'],
    { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  try {
    await waitForHealth(`${baseURL}/api/health`, server, 120_000);
  } catch (error) {
    await stop(server);
    await payments.close();
    throw error;
  }
  console.log(`Browser tests against ${baseURL} (ready in ${Date.now() - started} ms)`);
  process.env.HIRFA_BASE_URL = baseURL;

  return async () => {
    await stop(server);
    await payments.close();
    if (externalServer) await admin.dropDatabase(externalServer, databaseName);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
