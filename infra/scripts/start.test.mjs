// The quick start after a crash: the API process is killed with SIGKILL (as the out-of-memory
// killer would), which leaves its embedded PostgreSQL running; starting again on the same
// data folder must recognise that server, stop it and come back. Needs `pnpm build` first.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const startScript = join(root, 'infra', 'scripts', 'start.mjs');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(condition, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Alive, and not a zombie waiting to be reaped. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  return state.trim() !== '' && !state.trim().startsWith('Z');
}

function postmasterPid(dataDir) {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** The API process the quick start runs (its child running api/dist/main.js). */
function apiProcessOf(startPid) {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  for (const line of table.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match && Number(match[2]) === startPid && match[3].includes('main.js')) {
      return Number(match[1]);
    }
  }
  return undefined;
}

test(
  'pnpm start comes back after the API is killed with SIGKILL',
  { timeout: 600_000 },
  async () => {
    for (const built of ['api/dist/main.js', 'web/dist/index.html']) {
      assert.ok(existsSync(join(root, built)), `${built} is missing: run pnpm build first`);
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'hirfa-restart-'));
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      STRIPE_LOCAL_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      MAIL_WORKER_INTERVAL_SECONDS: '0',
    };
    for (const name of ['DATABASE_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PAYMENTS']) {
      delete env[name];
    }
    const started = [];
    const output = [];
    const start = () => {
      const child = spawn(process.execPath, [startScript], { cwd: root, env, stdio: 'pipe' });
      child.stdout.on('data', (chunk) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk) => output.push(chunk.toString()));
      child.exited = new Promise((resolve) =>
        child.once('exit', (code, signal) => resolve(signal ?? code)),
      );
      started.push(child);
      return child;
    };
    const healthy = (child) =>
      until(
        async () => {
          if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`The quick start stopped (${child.exitCode ?? child.signalCode})`);
          }
          try {
            const response = await fetch(`http://127.0.0.1:${port}/api/health`);
            return response.status === 200;
          } catch {
            return false;
          }
        },
        'the API to answer /api/health',
        240_000,
      );
    const productCount = async () =>
      (await (await fetch(`http://127.0.0.1:${port}/api/products`)).json()).total;

    try {
      const first = start();
      await healthy(first);
      const products = await productCount();
      assert.ok(products > 0, 'the demo catalogue is there');
      const crashedServer = postmasterPid(dataDir);
      assert.ok(crashedServer && isRunning(crashedServer), 'the embedded PostgreSQL runs');
      const api = await until(() => apiProcessOf(first.pid), 'the API process', 10_000);

      process.kill(api, 'SIGKILL');
      await first.exited;
      // What used to stop the next start: the server of the dead API is still running.
      assert.ok(isRunning(crashedServer), 'the embedded PostgreSQL outlived the API');

      const second = start();
      await healthy(second);
      assert.equal(await productCount(), products, 'every row is still there');
      const restartedServer = postmasterPid(dataDir);
      assert.ok(restartedServer && restartedServer !== crashedServer, 'a new server runs');
      assert.ok(!isRunning(crashedServer), 'the server left running was stopped');
      assert.match(output.join(''), /left running by a process that has stopped/);

      second.kill('SIGTERM');
      assert.equal(await second.exited, 0);
      await until(() => !isRunning(restartedServer), 'the embedded PostgreSQL to stop', 30_000);
      assert.equal(postmasterPid(dataDir), undefined, 'PostgreSQL shut down cleanly');
    } catch (error) {
      console.error(output.join('').slice(-5000));
      throw error;
    } finally {
      for (const child of started) {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          await child.exited;
        }
      }
      // Never leave a server behind, whatever failed above.
      const left = postmasterPid(dataDir);
      if (left && isRunning(left)) {
        process.kill(left, 'SIGINT');
        await until(() => !isRunning(left), 'the leftover server to stop', 30_000).catch(() =>
          process.kill(left, 'SIGKILL'),
        );
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
