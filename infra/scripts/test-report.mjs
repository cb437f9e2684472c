#!/usr/bin/env node
// The one place that adds up a test run: every step's report (jest, vitest, Playwright, node's
// test runner) and every check without a report (lint, build), into one line:
// "N passed, N failed, N skipped". `pnpm test` writes the run to .reports/summary.json;
// run as a command, this file prints the line of that summary again (for .ci/run).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUMMARY_FILE = 'summary.json';

/** Node's test runner in TAP: its closing comments say how many passed, failed and skipped. */
export function countTap(text) {
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
}

/** Counts from one report's text; `kind` is 'tap' or 'json' (jest, vitest and Playwright). */
export function countReport(text, kind) {
  if (kind === 'tap') return countTap(text);
  const report = JSON.parse(text);
  if (report.stats && 'expected' in report.stats) {
    // Playwright: a flaky test passed only on a retry; none are configured, so it failed.
    return {
      passed: report.stats.expected,
      failed: report.stats.unexpected + report.stats.flaky,
      skipped: report.stats.skipped,
    };
  }
  // jest and vitest share this shape. A test file that could not run counts as a failure;
  // the tests left out by a focused test (`.only`) are reported as pending, so they count too.
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function readReport(file) {
  if (!file || !existsSync(file)) return null;
  try {
    return countReport(readFileSync(file, 'utf8'), file.endsWith('.tap') ? 'tap' : 'json');
  } catch {
    return null;
  }
}

/**
 * Adds up the steps of a run. Each step is `{name, ok, seconds, report?}` where `report` is the
 * path of the runner's report. A step that failed without a failing test in its report (lint,
 * build, a runner that crashed or wrote no report) counts as one failure, so the line can never
 * say less than the exit status.
 */
export function summarise(steps) {
  const rows = steps.map((step) => {
    const counts = step.report ? readReport(step.report) : null;
    const row = {
      name: step.name,
      ok: step.ok,
      seconds: step.seconds,
      passed: counts?.passed ?? 0,
      failed: counts?.failed ?? 0,
      skipped: counts?.skipped ?? 0,
      hasReport: counts !== null,
    };
    if (step.report && counts === null) row.failed = Math.max(row.failed, 1);
    if (!step.ok && row.failed === 0) row.failed = 1;
    return row;
  });
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return { steps: rows, passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') };
}

export function formatTotals(totals) {
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

/**
 * Whether the run is green. In CI a skipped or focused test fails the run: a test left out is
 * a rule left unchecked.
 */
export function isGreen(totals, { ci }) {
  return totals.failed === 0 && totals.steps.every((s) => s.ok) && !(ci && totals.skipped > 0);
}

/** CI=true (or any value but false/0) as CI services and .ci/run set it. */
export function isCi(env = process.env) {
  return Boolean(env.CI) && !['false', '0'].includes(env.CI.toLowerCase());
}

export function writeSummary(reportsDir, totals) {
  writeFileSync(join(reportsDir, SUMMARY_FILE), JSON.stringify(totals, null, 2));
}

/** The summary `pnpm test` wrote; a run that died before writing it failed. */
export function readSummary(reportsDir) {
  const file = join(reportsDir, SUMMARY_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const totals = readSummary(join(root, '.reports'));
  if (!totals) {
    console.error('The test run wrote no summary: it stopped before its end.');
    console.log(formatTotals({ passed: 0, failed: 1, skipped: 0 }));
    process.exit(1);
  }
  console.log(formatTotals(totals));
  process.exit(isGreen(totals, { ci: isCi() }) ? 0 : 1);
}
