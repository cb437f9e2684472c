#!/usr/bin/env node
// Sums the gzipped size of the JavaScript a first visit to the home page downloads: the
// entry chunk and its static imports, plus the home route chunk and its static imports.
// Run after `vite build`; `--check` exits non-zero when the total is over the budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 100 * 1000;
const HOME_ROUTE = 'src/app/routes/home.tsx';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect('index.html');
collect(HOME_ROUTE);

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
  total += size;
  console.log(`${String(size).padStart(8)}  ${file}`);
}
console.log(`${String(total).padStart(8)}  total gzipped bytes (budget ${BUDGET_BYTES})`);

if (process.argv.includes('--check') && total > BUDGET_BYTES) {
  console.error(`Home page JavaScript is ${total - BUDGET_BYTES} bytes over budget.`);
  process.exit(1);
}
