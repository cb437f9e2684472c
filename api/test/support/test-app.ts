import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadConfig, type AppConfig } from '../../src/config/configuration';
import { createDatabase, dropDatabase, withDatabase } from '../../src/database/admin';
import { testSettings, uniqueDatabaseName } from './test-database';

/** Counts the SQL statements the app sends, so tests can check there is no query per row. */
export class QueryCounter implements TypeOrmLogger {
  readonly queries: string[] = [];
  logQuery(query: string): void {
    this.queries.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.queries.length = 0;
  }
  /** Statements other than transaction control. */
  get count(): number {
    return this.queries.filter((q) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q))
      .length;
  }
}

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  dataSource: DataSource;
  config: AppConfig;
  databaseUrl: string;
  databaseName: string;
  queries: QueryCounter;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule on a fresh database copied from the migrated template, so each
 * test file starts from an empty, fully migrated schema.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { serverUrl, template, prefix } = testSettings();
  const databaseName = uniqueDatabaseName(prefix);
  await createDatabase(serverUrl, databaseName, template);
  const databaseUrl = withDatabase(serverUrl, databaseName);
  const dataDir = mkdtempSync(join(tmpdir(), 'hirfa-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEB_DIST_DIR: join(dataDir, 'no-web-build'),
    // Tests write straight to the database; the cache has its own test.
    CATALOGUE_CACHE_SECONDS: '0',
    ...env,
  });
  const queries = new QueryCounter();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl, queryLogger: queries })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: false,
    rawBody: true,
  });
  configureApp(app, config);
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    config,
    databaseUrl,
    databaseName,
    queries,
    close: async () => {
      await app.close();
      await dropDatabase(serverUrl, databaseName);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
