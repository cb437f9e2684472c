import { pickTranslation, type Language } from '@hirfa/shared';
import type { ChamberProductListItemDto } from './dto/chamber-products.dto';
import type { ProductEntity } from '../catalog/entities/product.entity';
import type { ProductImageEntity } from '../catalog/entities/product-image.entity';
import type { ModeratedProductDto } from './dto/moderation.dto';
import type {
  ProductModerationDto,
  SellerProductDto,
  SellerProductImageDto,
} from './dto/seller-product-response.dto';

export function toSellerProductImage(image: ProductImageEntity): SellerProductImageDto {
  return {
    id: image.id,
    url: image.url,
    width: image.width,
    height: image.height,
    thumbUrl: image.thumbUrl,
    thumbWidth: image.thumbWidth,
    thumbHeight: image.thumbHeight,
    alt: image.alt,
    position: image.position,
  };
}

function moderationOf(product: ProductEntity): ProductModerationDto {
  return {
    hidden: product.moderatedAt !== null,
    reason: product.moderationReason,
    at: product.moderatedAt?.toISOString() ?? null,
  };
}

export function toSellerProduct(
  product: ProductEntity,
  images: ProductImageEntity[],
): SellerProductDto {
  const { lengthCm, widthCm, heightCm } = product;
  const hasDimensions = lengthCm !== null || widthCm !== null || heightCm !== null;
  return {
    id: product.id,
    slug: product.slug,
    title: { fr: product.titleFr, ar: product.titleAr, en: product.titleEn },
    description: {
      fr: product.descriptionFr,
      ar: product.descriptionAr,
      en: product.descriptionEn,
    },
    price: { amount: product.priceAmount, currency: product.priceCurrency },
    stock: product.stock,
    oneOfAKind: product.oneOfAKind,
    category: product.categorySlug,
    craft: product.craftSlug,
    province: product.provinceCode,
    materials: product.materials,
    dimensions: hasDimensions ? { lengthCm, widthCm, heightCm } : null,
    weightGrams: product.weightGrams,
    leadTimeDays: product.leadTimeDays,
    madeByMemberId: product.madeByMemberId,
    visible: product.status === 'active',
    moderation: moderationOf(product),
    images: [...images].sort((a, b) => a.position - b.position).map(toSellerProductImage),
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

export function toModeratedProduct(product: ProductEntity): ModeratedProductDto {
  return {
    id: product.id,
    slug: product.slug,
    sellerId: product.sellerId,
    visible: product.status === 'active',
    moderation: moderationOf(product),
  };
}

export function toChamberProductListItem(
  product: ProductEntity,
  language: Language,
): ChamberProductListItemDto {
  const title = pickTranslation(
    {
      fr: product.titleFr ?? undefined,
      ar: product.titleAr ?? undefined,
      en: product.titleEn ?? undefined,
    },
    language,
  );
  return {
    id: product.id,
    slug: product.slug,
    title: title?.text ?? product.slug,
    seller: {
      slug: product.seller?.slug ?? null,
      name: product.seller?.name ?? '',
      status: product.seller?.status ?? '',
    },
    visible: product.status === 'active',
    moderation: moderationOf(product),
  };
}
