import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  findFreePort,
  PASSWORD_FILE,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../src/database/embedded-postgres';

/** Ended: no such process, or one that has exited and only waits to be reaped. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);

/** Whether the server takes the password; PostgreSQL's own answer, not a guess. */
async function signsIn(url: string, password: string): Promise<boolean> {
  const parsed = new URL(url);
  parsed.password = password;
  const client = new Client({ connectionString: parsed.toString() });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The embedded server's own files: a random password per data folder, kept beside the
 * cluster in a file only its owner reads, and a server left by a process that died is
 * recognised and stopped before starting again.
 */
describe('the embedded PostgreSQL', () => {
  const folders: string[] = [];
  const servers: EmbeddedDatabase[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'hirfa-embedded-'));
    folders.push(dir);
    return dir;
  };
  const start = async (dataDir: string, port?: number) => {
    const server = await startEmbeddedPostgres({
      dataDir,
      port: port ?? (await findFreePort()),
      throwaway: true,
      keepFiles: true,
    });
    servers.push(server);
    return server;
  };

  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('gives each data folder its own random password, in a file of mode 0600', async () => {
    const [a, b] = [folder(), folder()];
    const [first, second] = [await start(a), await start(b)];
    const files = [a, b].map((dir) => join(dir, 'postgres', PASSWORD_FILE));
    for (const [file, server] of [
      [files[0], first],
      [files[1], second],
    ] as const) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(passwordOf(server.url));
      expect(passwordOf(server.url)).toMatch(/^[0-9a-f]{48}$/);
      expect(await signsIn(server.url, passwordOf(server.url))).toBe(true);
    }
    expect(passwordOf(first.url)).not.toBe(passwordOf(second.url));
    // Neither folder's password opens the other, nor does the fixed one of older versions.
    expect(await signsIn(first.url, passwordOf(second.url))).toBe(false);
    expect(await signsIn(first.url, 'hirfa-local')).toBe(false);
  }, 60_000);

  it('keeps the password across restarts and gives an older folder a new one', async () => {
    const dir = folder();
    const port = await findFreePort();
    const first = await start(dir, port);
    await first.stop();
    const again = await start(dir, port);
    expect(again.url).toBe(first.url);
    await again.stop();

    // A folder from before the password file: its superuser gets a new random password.
    unlinkSync(join(dir, 'postgres', PASSWORD_FILE));
    const migrated = await start(dir, port);
    expect(passwordOf(migrated.url)).not.toBe(passwordOf(first.url));
    expect(statSync(join(dir, 'postgres', PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(await signsIn(migrated.url, passwordOf(migrated.url))).toBe(true);
    expect(await signsIn(migrated.url, passwordOf(first.url))).toBe(false);
  }, 90_000);

  it('stops a server left running by a process that died, and refuses to take a live one', async () => {
    const dir = folder();
    const port = await findFreePort();
    const running = await start(dir, port);
    const postmasterPid = Number(
      readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );

    // Its owner (this process) is alive: a second start must not take the server away.
    await expect(start(dir, port)).rejects.toThrow(/in use by process \d+, which is still running/);
    expect(await signsIn(running.url, passwordOf(running.url))).toBe(true);

    // Now as if its owner had been killed: the owner file names a process that has ended.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, 'postgres', 'hirfa-owner.pid'), `${gone}\n`);
    const restarted = await start(dir, port);
    const newPid = Number(
      readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    expect(newPid).not.toBe(postmasterPid);
    expect(isGone(postmasterPid)).toBe(true);
    expect(await signsIn(restarted.url, passwordOf(restarted.url))).toBe(true);
  }, 90_000);

  it('removes a stale postmaster.pid naming a process that is not PostgreSQL', async () => {
    const dir = folder();
    const port = await findFreePort();
    const server = await start(dir, port);
    await server.stop();
    // A lock left by a crash whose pid now belongs to another program (here, this one).
    writeFileSync(
      join(dir, 'postgres', 'postmaster.pid'),
      `${process.pid}\n${join(dir, 'postgres')}\n0\n${port}\n`,
    );
    const again = await start(dir, port);
    expect(await signsIn(again.url, passwordOf(again.url))).toBe(true);
  }, 60_000);
});
