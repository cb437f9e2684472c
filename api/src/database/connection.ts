import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { createDatabase, databaseExists, withDatabase } from './admin';
import { dataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  /** `embedded` when this process started its own PostgreSQL server. */
  source: 'external' | 'embedded';
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'hirfa';

/**
 * Uses DATABASE_URL when it is set; otherwise starts the embedded PostgreSQL server with its
 * files under DATA_DIR, and creates the `hirfa` database on first use.
 */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, source: 'external', close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
  });
  if (!(await databaseExists(server.url, EMBEDDED_DATABASE))) {
    await createDatabase(server.url, EMBEDDED_DATABASE);
  }
  return {
    url: withDatabase(server.url, EMBEDDED_DATABASE),
    source: 'embedded',
    close: () => server.stop(),
  };
}

export async function withDataSource<T>(
  url: string,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

export async function revertLastMigration(url: string): Promise<void> {
  await withDataSource(url, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
}
