import 'reflect-metadata';
import { loadConfig } from '../../config/configuration';
import { openDatabase, runMigrations, withDataSource } from '../connection';
import { assertSeedAllowed, seedDemo } from '../seeds/seed';
import { describeDemoAccounts } from '../seeds/demo-accounts';

function numberOption(argv: string[], name: string): number | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    throw new Error(`--${name} takes a whole number from 1 to 100000`);
  }
  return value;
}

/** `pnpm db:seed [--products N] [--sellers N]`: idempotent demo data. */
async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  assertSeedAllowed(config);
  const products = numberOption(argv, 'products');
  const sellers = numberOption(argv, 'sellers');
  const database = await openDatabase(config);
  try {
    await runMigrations(database.url);
    const started = Date.now();
    const report = await withDataSource(database.url, (dataSource) =>
      seedDemo(dataSource, { products, sellers, mediaDir: config.mediaDir }),
    );
    console.log(
      `Added ${report.users} users, ${report.sellers} sellers, ${report.members} members, ` +
        `${report.products} products, ${report.images} images in ${Date.now() - started} ms`,
    );
    console.log(describeDemoAccounts());
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
