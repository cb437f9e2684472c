#!/usr/bin/env node
// Runs every check and test suite in order, writes each runner's JSON report to .reports/,
// and exits non-zero when anything failed. Every suite runs even after an earlier failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTotals, formatTotals } from './test-report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** name, command, and where the step's JSON report goes (checks have none). */
const steps = [
  ['lint', 'pnpm lint'],
  ['build', 'pnpm build'],
  [
    'shared',
    `pnpm --filter @hirfa/shared exec jest --ci --json --outputFile=${reports}/shared.json`,
  ],
  [
    'infra',
    'node --test --test-reporter=spec --test-reporter-destination=stdout ' +
      `--test-reporter=tap --test-reporter-destination=${reports}/infra.tap infra/stripe-local/`,
  ],
  [
    'api',
    `pnpm --filter @hirfa/api exec jest --ci --runInBand --json --outputFile=${reports}/api.json`,
  ],
  [
    'web',
    `pnpm --filter @hirfa/web exec vitest run --reporter=default --reporter=json --outputFile=${reports}/web.json`,
  ],
  [
    'browser',
    `node ${join(root, 'infra', 'scripts', 'browser-tests.mjs')} ${reports}/browser.json`,
  ],
];

const checks = [];
for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  checks.push({ name, ok: status === 0, seconds });
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
}

const totals = readTotals(reports, checks);
console.log('\nSummary:');
for (const suite of totals.suites) {
  console.log(`  ${suite.name.padEnd(8)} ${suite.passed} passed, ${suite.failed} failed`);
}
for (const check of checks)
  console.log(`  ${check.name.padEnd(8)} ${check.ok ? 'ok' : 'FAILED'} in ${check.seconds} s`);
console.log(formatTotals(totals));
process.exit(checks.every((check) => check.ok) && totals.failed === 0 ? 0 : 1);
