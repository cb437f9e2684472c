import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  countReport,
  formatTotals,
  isCi,
  isGreen,
  readSummary,
  summarise,
  writeSummary,
} from './test-report.mjs';

const dir = mkdtempSync(join(tmpdir(), 'hirfa-test-report-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function reportFile(name, content) {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const jestReport = (passed, failed, pending = 0, runtimeErrors = 0) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: pending,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: runtimeErrors,
});

describe('countReport', () => {
  it('reads jest and vitest reports, counting pending and todo tests as skipped', () => {
    const counts = countReport(
      JSON.stringify({ ...jestReport(21, 0, 13), numTodoTests: 2 }),
      'json',
    );
    assert.deepEqual(counts, { passed: 21, failed: 0, skipped: 15 });
  });

  it('counts a test file that could not run as a failure', () => {
    assert.deepEqual(countReport(JSON.stringify(jestReport(10, 0, 0, 1)), 'json'), {
      passed: 10,
      failed: 1,
      skipped: 0,
    });
  });

  it('reads Playwright, where a flaky test counts as failed', () => {
    const text = JSON.stringify({ stats: { expected: 6, unexpected: 1, flaky: 1, skipped: 2 } });
    assert.deepEqual(countReport(text, 'json'), { passed: 6, failed: 2, skipped: 2 });
  });

  it("reads the closing comments of node's TAP output", () => {
    const tap = [
      'TAP version 13',
      '# tests 9',
      '# pass 5',
      '# fail 1',
      '# cancelled 1',
      '# skipped 1',
      '# todo 1',
    ].join('\n');
    assert.deepEqual(countReport(tap, 'tap'), { passed: 5, failed: 2, skipped: 2 });
  });
});

describe('summarise', () => {
  it('adds every step, and a failed check without a report counts as a failure', () => {
    const totals = summarise([
      { name: 'lint', ok: false, seconds: '1.0' },
      { name: 'build', ok: true, seconds: '1.0' },
      { name: 'api', ok: false, report: reportFile('api.json', jestReport(400, 2)) },
      { name: 'web', ok: true, report: reportFile('web.json', jestReport(391, 0)) },
    ]);
    assert.equal(totals.passed, 791);
    assert.equal(totals.failed, 3);
    assert.equal(formatTotals(totals), '791 passed, 3 failed, 0 skipped');
  });

  it('never says fewer failures than the exit statuses: a failed step with a clean report', () => {
    const totals = summarise([
      { name: 'api', ok: false, report: reportFile('clean.json', jestReport(5, 0)) },
    ]);
    assert.equal(totals.failed, 1);
  });

  it('counts a missing or unreadable report as a failure even when the step exited 0', () => {
    const totals = summarise([
      { name: 'web', ok: true, report: join(dir, 'missing.json') },
      { name: 'shared', ok: true, report: reportFile('broken.json', '{"numPassed') },
    ]);
    assert.equal(totals.failed, 2);
    assert.equal(isGreen(totals, { ci: false }), false);
  });

  it('shows skipped tests in the line', () => {
    const totals = summarise([
      { name: 'api', ok: true, report: reportFile('focused.json', jestReport(21, 0, 13)) },
    ]);
    assert.equal(formatTotals(totals), '21 passed, 0 failed, 13 skipped');
  });
});

describe('isGreen', () => {
  const green = summarise([
    { name: 'a', ok: true, report: reportFile('g.json', jestReport(3, 0)) },
  ]);
  const skipped = summarise([
    { name: 'a', ok: true, report: reportFile('s.json', jestReport(3, 0, 1)) },
  ]);

  it('is green when everything passed', () => {
    assert.equal(isGreen(green, { ci: true }), true);
  });

  it('fails a run with a skipped or focused test in CI, not on a workstation', () => {
    assert.equal(isGreen(skipped, { ci: true }), false);
    assert.equal(isGreen(skipped, { ci: false }), true);
  });

  it('reads CI the way CI services set it', () => {
    assert.equal(isCi({ CI: 'true' }), true);
    assert.equal(isCi({ CI: '1' }), true);
    assert.equal(isCi({ CI: 'false' }), false);
    assert.equal(isCi({}), false);
  });
});

describe('as a command', () => {
  const script = new URL('./test-report.mjs', import.meta.url).pathname;
  const run = (reportsDir, env = {}) => {
    // The command reads .reports beside the repository root; give it a root of its own.
    const root = mkdtempSync(join(dir, 'root-'));
    const scripts = join(root, 'infra', 'scripts');
    spawnSync('mkdir', ['-p', scripts, join(root, '.reports')]);
    spawnSync('cp', [script, scripts]);
    if (reportsDir) spawnSync('cp', ['-r', `${reportsDir}/.`, join(root, '.reports')]);
    return spawnSync(process.execPath, [join(scripts, 'test-report.mjs')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
    });
  };

  it('prints the line of the summary and exits with its verdict', () => {
    const reports = mkdtempSync(join(dir, 'reports-'));
    writeSummary(
      reports,
      summarise([
        { name: 'lint', ok: false },
        { name: 'build', ok: true },
      ]),
    );
    assert.equal(readSummary(reports).failed, 1);
    const result = run(reports);
    assert.equal(result.stdout.trim().split('\n').at(-1), '0 passed, 1 failed, 0 skipped');
    assert.equal(result.status, 1);
  });

  it('fails when the run died before writing its summary', () => {
    const result = run(null);
    assert.equal(result.stdout.trim(), '0 passed, 1 failed, 0 skipped');
    assert.equal(result.status, 1);
  });

  it('fails in CI when a test was skipped', () => {
    const reports = mkdtempSync(join(dir, 'reports-'));
    const file = reportFile('skip.json', jestReport(2, 0, 1));
    writeSummary(reports, summarise([{ name: 'api', ok: true, report: file }]));
    assert.equal(run(reports, { CI: 'true' }).status, 1);
    assert.equal(run(reports).status, 0);
  });
});
