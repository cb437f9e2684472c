#!/usr/bin/env node
// Runs the browser tests in Debian's Chromium. Playwright never downloads a browser here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reportFile = process.argv[2];
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Browser tests FAILED: no Chromium at ${chromium}. Install Debian's package ` +
      '(apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const { status } = spawnSync('pnpm', ['exec', 'playwright', 'test'], {
  cwd: join(root, 'web'),
  stdio: 'inherit',
  env: {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    ...(reportFile ? { PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile } : {}),
  },
});
process.exit(status ?? 1);
