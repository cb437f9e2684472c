import { DataSource, DataSourceOptions } from 'typeorm';
import { ACCOUNTS_ENTITIES } from '../modules/accounts/entities';
import { SELLERS_ENTITIES } from '../modules/sellers/entities';
import { CATALOG_ENTITIES } from '../modules/catalog/entities';
import { CART_ENTITIES } from '../modules/cart/entities';
import { ORDERS_ENTITIES } from '../modules/orders/entities';
import { PAYMENTS_ENTITIES } from '../modules/payments/entities';
import { LEDGER_ENTITIES } from '../modules/ledger/entities';
import { NOTIFICATIONS_ENTITIES } from '../modules/notifications/entities';
import { InitialSchema1764403200000 } from './migrations/1764403200000-initial-schema';
import { Accounts1764403300000 } from './migrations/1764403300000-accounts';
import { SellerApplications1764403400000 } from './migrations/1764403400000-seller-applications';
import { SellerProducts1764403500000 } from './migrations/1764403500000-seller-products';
import { CatalogueSearch1764403600000 } from './migrations/1764403600000-catalogue-search';
import { Buying1764403700000 } from './migrations/1764403700000-buying';
import { CodConfirmationExpiry1764800000000 } from './migrations/1764800000000-cod-confirmation-expiry';
import { BuyerHoldings1764870000000 } from './migrations/1764870000000-buyer-holdings';
import { RateLimits1764930000000 } from './migrations/1764930000000-rate-limits';
import { RefundReconciliation1765000000000 } from './migrations/1765000000000-refund-reconciliation';
import { loadConfig } from '../config/configuration';

export const ENTITIES = [
  ...ACCOUNTS_ENTITIES,
  ...SELLERS_ENTITIES,
  ...CATALOG_ENTITIES,
  ...CART_ENTITIES,
  ...ORDERS_ENTITIES,
  ...PAYMENTS_ENTITIES,
  ...LEDGER_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
];

/** Every migration, oldest first. The schema changes only through these. */
export const MIGRATIONS = [
  InitialSchema1764403200000,
  Accounts1764403300000,
  SellerApplications1764403400000,
  SellerProducts1764403500000,
  CatalogueSearch1764403600000,
  Buying1764403700000,
  CodConfirmationExpiry1764800000000,
  BuyerHoldings1764870000000,
  RateLimits1764930000000,
  RefundReconciliation1765000000000,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}

/** For the typeorm CLI (migration:generate), which needs DATABASE_URL. */
function cliDataSource(): DataSource {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    throw new Error('The typeorm CLI needs DATABASE_URL (start the embedded server with pnpm dev)');
  }
  return new DataSource(dataSourceOptions(databaseUrl));
}

export default require.main?.filename.includes('typeorm') ? cliDataSource() : undefined;
