#!/usr/bin/env node
// Development: the API recompiled and restarted on change (port 3000), the local payment
// server when no Stripe key is set, and Vite's dev server with hot reload (port 5173,
// proxying /api and /media to the API).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Each child leads its own process group, so stopping reaches what it started too (pnpm's
// and node --watch's own children).
const run = (command, args, cwd = root) =>
  spawn(command, args, { cwd, stdio: 'inherit', detached: true });

for (const pkg of ['@hirfa/shared', '@hirfa/api']) {
  const { status } = spawnSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
const { loadConfig } = createRequire(join(root, 'api', 'package.json'))(
  './dist/config/configuration.js',
);
const config = loadConfig();

const children = [
  run(
    'pnpm',
    ['exec', 'tsc', '-w', '-p', 'tsconfig.build.json', '--preserveWatchOutput'],
    join(root, 'api'),
  ),
  run(process.execPath, [
    '--watch-path=api/dist',
    'api/dist/main.js',
    '--migrate',
    '--seed-demo-if-empty',
  ]),
  run('pnpm', ['--filter', '@hirfa/web', 'dev']),
];
if (config.stripe.mode === 'local') {
  children.push(
    run(process.execPath, [
      join(root, 'infra', 'stripe-local', 'server.mjs'),
      '--port',
      String(config.stripe.localPort),
      '--webhook-url',
      `http://127.0.0.1:${config.port}/api/payments/stripe/webhook`,
      '--webhook-secret',
      config.stripe.webhookSecret,
      '--public-url',
      `http://localhost:${config.stripe.localPort}`,
    ]),
  );
}
const stopAll = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
