import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ProvinceCode, SellerKind, SellerStatus } from '@hirfa/shared';
import { SellerEntity } from '../../src/modules/sellers/entities/seller.entity';
import { CooperativeMemberEntity } from '../../src/modules/sellers/entities/cooperative-member.entity';
import { ProductEntity } from '../../src/modules/catalog/entities/product.entity';
import type { ProductStatus } from '../../src/modules/catalog/entities/product.entity';
import { ProductImageEntity } from '../../src/modules/catalog/entities/product-image.entity';

const suffix = () => randomBytes(3).toString('hex');

export async function makeSeller(
  dataSource: DataSource,
  overrides: Partial<{
    slug: string;
    name: string;
    kind: SellerKind;
    status: SellerStatus;
    province: ProvinceCode;
    craft: string;
  }> = {},
): Promise<SellerEntity> {
  const slug = overrides.slug ?? `atelier-${suffix()}`;
  return dataSource.getRepository(SellerEntity).save({
    slug,
    name: overrides.name ?? `Atelier ${slug}`,
    kind: overrides.kind ?? 'artisan',
    status: overrides.status ?? 'approved',
    provinceCode: overrides.province ?? 'safi',
    craftSlug: overrides.craft ?? 'pottery',
    ownerUserId: null,
    bioFr: null,
    bioAr: null,
    bioEn: null,
    phone: null,
    workshopAddress: null,
    artisanCardNumber: null,
    artisanCardExpiresOn: null,
    registrationNumber: null,
    approvedAt: overrides.status === 'approved' || !overrides.status ? new Date() : null,
  });
}

export async function makeMember(
  dataSource: DataSource,
  seller: SellerEntity,
  name: string,
): Promise<CooperativeMemberEntity> {
  return dataSource
    .getRepository(CooperativeMemberEntity)
    .save({ sellerId: seller.id, name, craftSlug: seller.craftSlug, userId: null });
}

export async function makeProduct(
  dataSource: DataSource,
  seller: SellerEntity,
  overrides: Partial<{
    slug: string;
    titleFr: string | null;
    titleAr: string | null;
    titleEn: string | null;
    descriptionFr: string | null;
    priceAmount: number;
    stock: number;
    category: string;
    craft: string;
    province: ProvinceCode;
    status: ProductStatus;
    createdAt: Date;
    madeByMemberId: string | null;
    images: number;
  }> = {},
): Promise<ProductEntity> {
  const slug = overrides.slug ?? `piece-${suffix()}`;
  const product = await dataSource.getRepository(ProductEntity).save({
    slug,
    sellerId: seller.id,
    titleFr: overrides.titleFr === undefined ? `Pièce ${slug}` : overrides.titleFr,
    titleAr: overrides.titleAr === undefined ? null : overrides.titleAr,
    titleEn: overrides.titleEn === undefined ? `Piece ${slug}` : overrides.titleEn,
    descriptionFr: overrides.descriptionFr === undefined ? 'Faite main.' : overrides.descriptionFr,
    descriptionAr: null,
    descriptionEn: 'Handmade.',
    priceAmount: overrides.priceAmount ?? 25000,
    priceCurrency: 'MAD',
    stock: overrides.stock ?? 3,
    categorySlug: overrides.category ?? 'tableware',
    craftSlug: overrides.craft ?? seller.craftSlug,
    provinceCode: overrides.province ?? seller.provinceCode,
    materials: ['clay'],
    status: overrides.status ?? 'active',
    madeByMemberId: overrides.madeByMemberId ?? null,
    ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
  });
  const imageCount = overrides.images ?? 1;
  for (let position = 0; position < imageCount; position++) {
    await dataSource.getRepository(ProductImageEntity).save({
      productId: product.id,
      position,
      url: `/media/test/${slug}-${position}-800.webp`,
      width: 800,
      height: 800,
      thumbUrl: `/media/test/${slug}-${position}-400.webp`,
      thumbWidth: 400,
      thumbHeight: 400,
      alt: '',
    });
  }
  return product;
}
