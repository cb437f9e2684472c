import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { dropDatabase, withDatabase } from '../../src/database/admin';
import { testSettings } from './test-database';

/** Drops every database this run made, then stops the embedded server if one was started. */
export default async function globalTeardown(): Promise<void> {
  const { serverUrl, prefix } = testSettings();
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [prefix],
  );
  await client.end();
  for (const { datname } of rows) await dropDatabase(serverUrl, datname);
  await globalThis.hirfaStopEmbeddedPostgres?.();
  if (globalThis.hirfaEmbeddedPostgresDir) {
    rmSync(globalThis.hirfaEmbeddedPostgresDir, { recursive: true, force: true });
  }
}
