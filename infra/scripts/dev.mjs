#!/usr/bin/env node
// Development: the API recompiled and restarted on change (port 3000) and Vite's dev server
// with hot reload (port 5173, proxying /api and /media to the API).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (command, args, cwd = root) =>
  spawn(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

for (const pkg of ['@hirfa/shared', '@hirfa/api']) {
  const { status } = spawnSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

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
const stopAll = (signal) => () => children.forEach((child) => child.kill(signal));
process.on('SIGINT', stopAll('SIGINT'));
process.on('SIGTERM', stopAll('SIGTERM'));
