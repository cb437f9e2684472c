#!/usr/bin/env node
// Starts the whole marketplace on one origin: migrations, demo data on an empty database,
// the API serving the built storefront. Ctrl-C stops the server and its embedded PostgreSQL.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'api', 'dist', 'main.js');
if (!existsSync(entry) || !existsSync(join(root, 'web', 'dist', 'index.html'))) {
  console.error('The build is missing: run `pnpm start` (it builds first) or `pnpm build`.');
  process.exit(1);
}

const server = spawn(process.execPath, [entry, '--migrate', '--seed-demo-if-empty'], {
  cwd: root,
  stdio: 'inherit',
});
const forward = (signal) => () => server.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
