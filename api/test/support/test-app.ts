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
import {
  createDatabase,
  databaseName as databaseNameOf,
  dropDatabase,
  withDatabase,
} from '../../src/database/admin';
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

export interface TestAppOptions {
  /**
   * A database the test made and migrated itself (e.g. on its own server); the app uses it
   * as it is and leaves it in place when closed.
   */
  databaseUrl?: string;
}

/**
 * Boots the real AppModule on a fresh database copied from the migrated template, so each
 * test file starts from an empty, fully migrated schema.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const given = options.databaseUrl;
  const { serverUrl, template, prefix } = given
    ? { serverUrl: given, template: '', prefix: '' }
    : testSettings();
  const databaseName = given ? databaseNameOf(given) : uniqueDatabaseName(prefix);
  if (!given) await createDatabase(serverUrl, databaseName, template);
  const databaseUrl = given ?? withDatabase(serverUrl, databaseName);
  const dataDir = mkdtempSync(join(tmpdir(), 'hirfa-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    WEB_DIST_DIR: join(dataDir, 'no-web-build'),
    // Tests write straight to the database; the cache has its own test.
    CATALOGUE_CACHE_SECONDS: '0',
    // Tests make many accounts, carts and orders from one address; the limits have their own
    // test with the real defaults (rate-limits.e2e-spec.ts).
    RATE_LIMIT_CHECKOUT_PER_IP: '100000/1min',
    RATE_LIMIT_GUEST_CHECKOUT_PER_IP: '100000/1min',
    RATE_LIMIT_CHECKOUT_PER_EMAIL: '100000/1min',
    RATE_LIMIT_CART_PER_IP: '100000/1min',
    RATE_LIMIT_REGISTER_PER_IP: '100000/1min',
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
      if (!given) await dropDatabase(serverUrl, databaseName);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
