import 'reflect-metadata';
import { loadConfig } from '../../config/configuration';
import { openDatabase, revertLastMigration, runMigrations } from '../connection';

/** `pnpm db:migrate` applies pending migrations; `--revert` undoes the last one. */
async function main(argv: string[]): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    if (argv.includes('--revert')) {
      await revertLastMigration(database.url);
      console.log('Reverted the last migration');
    } else {
      const applied = await runMigrations(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date');
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
