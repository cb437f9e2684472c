#!/usr/bin/env node
// Runs every check and test suite in order, writes each runner's report to .reports/, prints
// the totals of all of them on the last line, and exits non-zero when anything failed (or, in
// CI, was skipped). Every step runs even after an earlier failure.
//
// TEST_SEED=<n>              replays the API suites in the order of an earlier randomized run.
// TEST_SECOND_DATABASE_URL   the PostgreSQL server of the API suite's second run (default: the
//                            one at 127.0.0.1:5432 when it answers; "off" skips that run).
// --steps lint,shared        runs only the named steps (a partial run says so; CI runs all).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTotals, isCi, isGreen, summarise, writeSummary } from './test-report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const DEFAULT_SECOND_DATABASE = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server of the second API run, with its version, or null when none answers. */
async function secondDatabase() {
  const setting = process.env.TEST_SECOND_DATABASE_URL;
  if (setting === 'off') return null;
  const url = setting || DEFAULT_SECOND_DATABASE;
  const { Client } = createRequire(join(root, 'api', 'package.json'))('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    return { url, version: rows[0].server_version };
  } catch (error) {
    if (setting) {
      throw new Error(`TEST_SECOND_DATABASE_URL does not answer: ${error.message}`, {
        cause: error,
      });
    }
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

// Randomized so that no test leans on another having run first; the seed is printed by jest
// ("Seed: n") and TEST_SEED replays it.
const seed = process.env.TEST_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const jestOrder = `--randomize --showSeed --seed=${seed}`;
const report = (name) => join(reports, name);

/** name, command, the step's report file (checks have none), extra environment. */
const steps = [
  { name: 'lint', command: 'pnpm lint' },
  { name: 'build', command: 'pnpm build' },
  {
    name: 'shared',
    command: `pnpm --filter @hirfa/shared exec jest --ci --json --outputFile=${report('shared.json')}`,
    report: report('shared.json'),
  },
  {
    name: 'infra',
    command:
      'node --test --test-reporter=spec --test-reporter-destination=stdout ' +
      `--test-reporter=tap --test-reporter-destination=${report('infra.tap')} ` +
      // Named files: node 20 would take test.mjs and test-report.mjs in a folder for tests.
      "$(find infra -name '*.test.mjs' -not -path '*/node_modules/*' | sort)",
    report: report('infra.tap'),
  },
  {
    name: 'api',
    command:
      `pnpm --filter @hirfa/api exec jest --ci --runInBand ${jestOrder} ` +
      `--json --outputFile=${report('api.json')}`,
    report: report('api.json'),
  },
];

const second = await secondDatabase();
if (second) {
  steps.push({
    name: 'api-pg',
    label: `API end-to-end suite again on PostgreSQL ${second.version} (DATABASE_URL)`,
    command:
      `pnpm --filter @hirfa/api exec jest --ci --runInBand --selectProjects e2e ${jestOrder} ` +
      `--json --outputFile=${report('api-pg.json')}`,
    report: report('api-pg.json'),
    env: { DATABASE_URL: second.url },
  });
} else {
  console.log('No PostgreSQL answers at 127.0.0.1:5432: the API suite runs once, embedded.');
}
steps.push(
  {
    name: 'web',
    command:
      'pnpm --filter @hirfa/web exec vitest run --reporter=default --reporter=json ' +
      `--outputFile=${report('web.json')}`,
    report: report('web.json'),
  },
  {
    name: 'browser',
    command: `node ${join(root, 'infra', 'scripts', 'browser-tests.mjs')} ${report('browser.json')}`,
    report: report('browser.json'),
  },
);

const stepsArgument = process.argv.indexOf('--steps');
const chosen = stepsArgument > 0 ? (process.argv[stepsArgument + 1]?.split(',') ?? []) : null;
const unknown = chosen?.filter((name) => !steps.some((step) => step.name === name)) ?? [];
if (chosen && (chosen.length === 0 || unknown.length > 0)) {
  console.error(`Unknown step(s): ${unknown.join(', ')}; steps: ${steps.map((s) => s.name)}`);
  process.exit(2);
}
const toRun = chosen ? steps.filter((step) => chosen.includes(step.name)) : steps;
if (chosen) console.log(`Partial run: only ${chosen.join(', ')}`);

const results = [];
for (const step of toRun) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}${step.label ? ` (${step.label})` : ''}: ${step.command}`);
  const { status } = spawnSync(step.command, {
    cwd: root,
    stdio: 'inherit',
    shell: true,
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name: step.name, ok: status === 0, seconds, report: step.report });
  console.log(`${status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)`);
}

const totals = summarise(results);
writeSummary(reports, { ...totals, seed });
console.log(`\nSummary (API order seed ${seed}; replay with TEST_SEED=${seed}):`);
for (const row of totals.steps) {
  const counts = row.hasReport
    ? `${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped`
    : row.ok
      ? 'ok'
      : 'FAILED';
  console.log(`  ${row.name.padEnd(8)} ${counts.padEnd(36)} ${row.seconds} s`);
}
const ci = isCi();
if (totals.skipped > 0) {
  console.log(
    ci
      ? `${totals.skipped} test(s) skipped or left out by a focused test: CI fails on that.`
      : `${totals.skipped} test(s) skipped or left out by a focused test (CI would fail).`,
  );
}
console.log(formatTotals(totals));
process.exit(isGreen(totals, { ci }) ? 0 : 1);
