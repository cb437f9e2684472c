import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, withDatabase } from '../../src/database/admin';
import { runMigrations } from '../../src/database/connection';
import { findFreePort, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { loadConfig } from '../../src/config/configuration';
import { ENV_RUN_PREFIX, ENV_SERVER_URL, ENV_TEMPLATE, newRunPrefix } from './test-database';

declare global {
  var hirfaStopEmbeddedPostgres: (() => Promise<void>) | undefined;
  var hirfaEmbeddedPostgresDir: string | undefined;
}

/**
 * One PostgreSQL server for the run: DATABASE_URL's when set, else a throwaway embedded one.
 * A template database gets the migrations once; each test file copies it into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const { databaseUrl } = loadConfig();
  let serverUrl: string;
  if (databaseUrl) {
    serverUrl = databaseUrl;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'hirfa-test-pg-'));
    globalThis.hirfaEmbeddedPostgresDir = dataDir;
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await findFreePort(),
      throwaway: true,
    });
    globalThis.hirfaStopEmbeddedPostgres = server.stop;
    serverUrl = server.url;
  }
  const prefix = newRunPrefix();
  const template = `${prefix}_template`;
  await createDatabase(serverUrl, template);
  await runMigrations(withDatabase(serverUrl, template));

  process.env[ENV_SERVER_URL] = serverUrl;
  process.env[ENV_TEMPLATE] = template;
  process.env[ENV_RUN_PREFIX] = prefix;
  const where = databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL';
  console.log(`\nTest databases on ${where}, prefix ${prefix} (${Date.now() - started} ms)`);
}
