#!/usr/bin/env node
// Starts the whole marketplace on one origin: migrations, demo data on an empty database,
// the API serving the built storefront and, without a Stripe key, the local payment server.
// Ctrl-C stops everything, the embedded PostgreSQL included.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'api', 'dist', 'main.js');
if (!existsSync(entry) || !existsSync(join(root, 'web', 'dist', 'index.html'))) {
  console.error('The build is missing: run `pnpm start` (it builds first) or `pnpm build`.');
  process.exit(1);
}

const { loadConfig } = createRequire(join(root, 'api', 'package.json'))(
  './dist/config/configuration.js',
);
let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const children = [];
function run(args, name) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? code}); stopping everything.`);
    stopAll('SIGTERM', code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(signal, exitCode = 0) {
  stopping = true;
  let waiting = children.filter((child) => child.exitCode === null).length;
  if (waiting === 0) process.exit(exitCode);
  for (const child of children) {
    if (child.exitCode !== null) continue;
    child.once('exit', () => --waiting === 0 && process.exit(exitCode));
    child.kill(signal);
  }
}
// Children get SIGTERM whatever stopped us: each of them shuts down cleanly on it.
process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

if (config.stripe.mode === 'local') {
  const webhookUrl = `http://127.0.0.1:${config.port}/api/payments/stripe/webhook`;
  run(
    [
      join(root, 'infra', 'stripe-local', 'server.mjs'),
      '--port',
      String(config.stripe.localPort),
      '--webhook-url',
      webhookUrl,
      '--webhook-secret',
      config.stripe.webhookSecret,
      '--public-url',
      `http://localhost:${config.stripe.localPort}`,
    ],
    'The local payment server',
  );
  console.log(
    `Card payments go to the local payment server at http://localhost:${config.stripe.localPort} ` +
      '(pay with 4242 4242 4242 4242; 4000 0000 0000 0002 is declined).',
  );
}
run([entry, '--migrate', '--seed-demo-if-empty'], 'The API');
