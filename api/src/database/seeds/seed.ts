import { hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/configuration';
import { withDataSource } from '../connection';
import { UserEntity } from '../../modules/accounts/entities/user.entity';
import { SellerEntity } from '../../modules/sellers/entities/seller.entity';
import { CooperativeMemberEntity } from '../../modules/sellers/entities/cooperative-member.entity';
import { ProductEntity } from '../../modules/catalog/entities/product.entity';
import { ProductImageEntity } from '../../modules/catalog/entities/product-image.entity';
import { buildDemoCatalog, type DemoProduct } from './demo-catalog';
import { ensureDemoImages, type DemoImage } from './demo-images';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, describeDemoAccounts } from './demo-accounts';

export interface SeedOptions {
  products?: number;
  sellers?: number;
  /** Where the generated demo images are written. */
  mediaDir: string;
}

export interface SeedReport {
  users: number;
  sellers: number;
  members: number;
  products: number;
  images: number;
}

const INSERT_CHUNK = 500;

export class SeedRefusedError extends Error {}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Adds the demo catalogue. Idempotent: whatever already exists (by email or slug) is left
 * as it is, so running it twice adds nothing the second time.
 */
export async function seedDemo(dataSource: DataSource, options: SeedOptions): Promise<SeedReport> {
  const catalog = buildDemoCatalog({ products: options.products, sellers: options.sellers });
  const images = await ensureDemoImages(options.mediaDir);
  const passwordHash = await hash(DEMO_PASSWORD);
  const now = Date.now();

  const report = await dataSource.transaction(async (manager) => {
    const report: SeedReport = { users: 0, sellers: 0, members: 0, products: 0, images: 0 };

    const insertedUsers = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash })))
      .orIgnore()
      .returning(['id'])
      .execute();
    report.users = insertedUsers.raw.length;
    const users = await manager
      .getRepository(UserEntity)
      .find({ select: { id: true, email: true } });
    const userIdByEmail = new Map(users.map((user) => [user.email, user.id]));

    const insertedSellers: { id: string; slug: string }[] = (
      await manager
        .createQueryBuilder()
        .insert()
        .into(SellerEntity)
        .values(
          catalog.sellers.map((seller) => ({
            slug: seller.slug,
            kind: seller.kind,
            name: seller.name,
            provinceCode: seller.province,
            craftSlug: seller.craft,
            status: 'approved' as const,
            ownerUserId: seller.ownerEmail ? (userIdByEmail.get(seller.ownerEmail) ?? null) : null,
            bioFr: seller.bio.fr,
            bioAr: seller.bio.ar,
            bioEn: seller.bio.en,
            phone: seller.phone,
            workshopAddress: seller.workshopAddress,
            artisanCardNumber: seller.artisanCardNumber,
            artisanCardExpiresOn: seller.artisanCardExpiresOn,
            registrationNumber: seller.registrationNumber,
            approvedAt: new Date(now),
          })),
        )
        .orIgnore()
        .returning(['id', 'slug'])
        .execute()
    ).raw;
    report.sellers = insertedSellers.length;

    const newSellerIds = new Map(insertedSellers.map((row) => [row.slug, row.id]));
    const memberRows = catalog.sellers.flatMap((seller) => {
      const sellerId = newSellerIds.get(seller.slug);
      return sellerId
        ? seller.members.map((member) => ({ sellerId, name: member.name, craftSlug: member.craft }))
        : [];
    });
    if (memberRows.length > 0) {
      await manager.getRepository(CooperativeMemberEntity).insert(memberRows);
      report.members = memberRows.length;
    }

    const sellers = await manager
      .getRepository(SellerEntity)
      .find({ select: { id: true, slug: true } });
    const sellerIdBySlug = new Map(sellers.map((seller) => [seller.slug, seller.id]));
    const members = await manager
      .getRepository(CooperativeMemberEntity)
      .find({ select: { id: true, sellerId: true, name: true } });
    const memberId = new Map(members.map((m) => [`${m.sellerId}:${m.name}`, m.id]));

    const productBySlug = new Map(catalog.products.map((product) => [product.slug, product]));
    for (const batch of chunks(catalog.products, INSERT_CHUNK)) {
      const inserted: { id: string; slug: string }[] = (
        await manager
          .createQueryBuilder()
          .insert()
          .into(ProductEntity)
          .values(
            batch.map((product) => {
              const sellerId = sellerIdBySlug.get(product.sellerSlug);
              if (!sellerId) throw new Error(`Demo product ${product.slug} has no seller`);
              return productRow(product, sellerId, memberId, now);
            }),
          )
          .orIgnore()
          .returning(['id', 'slug'])
          .execute()
      ).raw;
      report.products += inserted.length;
      report.images += await insertImages(manager, inserted, productBySlug, images);
    }
    return report;
  });
  // Fresh statistics, so the planner picks the search and filter indexes at once.
  await dataSource.query('ANALYZE users, sellers, cooperative_members, products, product_images');
  return report;
}

function productRow(
  product: DemoProduct,
  sellerId: string,
  memberId: Map<string, string>,
  now: number,
) {
  const createdAt = new Date(now - product.createdMinutesAgo * 60_000);
  return {
    slug: product.slug,
    sellerId,
    titleFr: product.title.fr,
    titleAr: product.title.ar,
    titleEn: product.title.en,
    descriptionFr: product.description.fr,
    descriptionAr: product.description.ar,
    descriptionEn: product.description.en,
    priceAmount: product.priceCentimes,
    priceCurrency: 'MAD' as const,
    stock: product.stock,
    categorySlug: product.category,
    craftSlug: product.craft,
    provinceCode: product.province,
    materials: product.materials,
    status: 'active' as const,
    madeByMemberId: product.madeByMemberName
      ? (memberId.get(`${sellerId}:${product.madeByMemberName}`) ?? null)
      : null,
    createdAt,
    updatedAt: createdAt,
  };
}

async function insertImages(
  manager: EntityManager,
  inserted: { id: string; slug: string }[],
  productBySlug: Map<string, DemoProduct>,
  images: Map<string, DemoImage>,
): Promise<number> {
  const rows = inserted.flatMap(({ id, slug }) => {
    const product = productBySlug.get(slug)!;
    return product.imageKeys.map((key, position) => {
      const image = images.get(key);
      if (!image) throw new Error(`Demo image ${key} was not generated`);
      return {
        productId: id,
        position,
        url: image.url,
        width: image.width,
        height: image.height,
        thumbUrl: image.thumbUrl,
        thumbWidth: image.thumbWidth,
        thumbHeight: image.thumbHeight,
        alt: product.title.fr,
      };
    });
  });
  for (const batch of chunks(rows, INSERT_CHUNK * 2)) {
    await manager.getRepository(ProductImageEntity).insert(batch);
  }
  return rows.length;
}

export function assertSeedAllowed(config: AppConfig): void {
  if (config.isProduction) {
    throw new SeedRefusedError(
      'The demo seed creates accounts with a public password and never runs with NODE_ENV=production',
    );
  }
}

/** The quick start's step: seeds only a database with no products yet. */
export async function seedDemoIfEmpty(url: string, config: AppConfig): Promise<void> {
  if (config.isProduction) return;
  await withDataSource(url, async (dataSource) => {
    const products = await dataSource.getRepository(ProductEntity).count();
    if (products === 0) {
      const started = Date.now();
      const report = await seedDemo(dataSource, { mediaDir: config.mediaDir });
      console.log(
        `Demo data: ${report.sellers} sellers, ${report.products} products, ` +
          `${report.images} images (${Date.now() - started} ms)`,
      );
    } else {
      await ensureDemoImages(config.mediaDir);
    }
  });
  console.log(describeDemoAccounts());
}
