#!/usr/bin/env node
// Adds up the JSON reports of jest, vitest and Playwright into one line: "N passed, N failed".
// A check without a report (lint, build) that failed counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SUITES = ['shared', 'infra', 'api', 'web', 'browser'];

/** Node's test runner in TAP: its closing comments say how many passed and failed. */
function countTap(file) {
  const text = readFileSync(file, 'utf8');
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

function countReport(file) {
  if (file.endsWith('.tap')) return countTap(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    // Playwright: flaky tests passed on a retry; none are configured, so count them as failed.
    return {
      passed: report.stats.expected,
      failed: report.stats.unexpected + report.stats.flaky,
    };
  }
  // jest and vitest share this shape; a suite that could not run counts as a failure.
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
  };
}

export function readTotals(reportsDir, checks = []) {
  const suites = SUITES.map((name) => {
    const file =
      [`${name}.json`, `${name}.tap`]
        .map((candidate) => join(reportsDir, candidate))
        .find((candidate) => existsSync(candidate)) ?? join(reportsDir, `${name}.json`);
    const counts = existsSync(file) ? countReport(file) : { passed: 0, failed: 0 };
    const check = checks.find((c) => c.name === name);
    // A runner that crashed before writing its report still failed.
    if (check && !check.ok && counts.failed === 0) counts.failed = 1;
    if (!check && !existsSync(file)) counts.failed = 1;
    return { name, ...counts };
  });
  const failedChecks = checks.filter((c) => !SUITES.includes(c.name) && !c.ok).length;
  return {
    suites,
    passed: suites.reduce((sum, s) => sum + s.passed, 0),
    failed: suites.reduce((sum, s) => sum + s.failed, 0) + failedChecks,
  };
}

export function formatTotals(totals) {
  return `${totals.passed} passed, ${totals.failed} failed`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  console.log(formatTotals(readTotals(join(root, '.reports'))));
}
