import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigurationError, configurationWarnings, loadConfig } from './config/configuration';
import { openDatabase, runMigrations } from './database/connection';
import { seedDemoIfEmpty } from './database/seeds/seed';

/**
 * Starts the API. `--migrate` applies pending migrations first; `--seed-demo-if-empty` adds
 * the demo catalogue to an empty database (the quick start uses both).
 */
async function bootstrap(argv: string[]): Promise<void> {
  const config = loadConfig();
  const warnings = configurationWarnings(config);
  warnLoudly(warnings);
  const database = await openDatabase(config);
  const stopDatabase = once(() => database.close());
  try {
    if (argv.includes('--migrate')) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
    }
    if (argv.includes('--seed-demo-if-empty')) {
      await seedDemoIfEmpty(database.url, config);
    }
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: database.url }),
      { bufferLogs: true, rawBody: true },
    );
    configureApp(app, config);
    await app.listen(config.port, config.host);

    const shutdown = once(async () => {
      await app.close();
      await stopDatabase();
      process.exit(0);
    });
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    announce(config.port, database.source, config.apiDocs);
    // Again once running, below the start-up logs, so it cannot be missed.
    warnLoudly(warnings);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

function once<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => (running ??= work());
}

/** Unsafe but allowed settings (PAYMENTS=local in production), framed so they stand out. */
function warnLoudly(warnings: string[]): void {
  const rule = '!'.repeat(78);
  for (const warning of warnings) console.warn(`\n${rule}\n!! WARNING: ${warning}\n${rule}\n`);
}

function announce(port: number, source: 'external' | 'embedded', apiDocs: boolean): void {
  const database = source === 'embedded' ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL';
  console.log(`\nHirfa is running at http://localhost:${port} (${database})`);
  console.log(apiDocs ? `API docs: http://localhost:${port}/api/docs\n` : '');
}

bootstrap(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
  } else {
    console.error('Hirfa could not start:', error);
  }
  process.exit(1);
});
