import { DataSource, DataSourceOptions } from 'typeorm';
import { ACCOUNTS_ENTITIES } from '../modules/accounts/entities';
import { SellerEntity } from '../modules/sellers/entities/seller.entity';
import { CooperativeMemberEntity } from '../modules/sellers/entities/cooperative-member.entity';
import { ProductEntity } from '../modules/catalog/entities/product.entity';
import { ProductImageEntity } from '../modules/catalog/entities/product-image.entity';
import {
  CategoryEntity,
  CraftEntity,
  ProvinceEntity,
} from '../modules/catalog/entities/reference.entity';
import { InitialSchema1764403200000 } from './migrations/1764403200000-initial-schema';
import { Accounts1764403300000 } from './migrations/1764403300000-accounts';
import { loadConfig } from '../config/configuration';

export const ENTITIES = [
  ...ACCOUNTS_ENTITIES,
  SellerEntity,
  CooperativeMemberEntity,
  ProductEntity,
  ProductImageEntity,
  ProvinceEntity,
  CraftEntity,
  CategoryEntity,
];

/** Every migration, oldest first. The schema changes only through these. */
export const MIGRATIONS = [InitialSchema1764403200000, Accounts1764403300000];

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
