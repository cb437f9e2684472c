import { pickTranslation, type Language } from '@hirfa/shared';
import type { ProductEntity } from './entities/product.entity';
import type { ProductImageEntity } from './entities/product-image.entity';
import type { SellerEntity } from '../sellers/entities/seller.entity';
import type {
  ProductDetailDto,
  ProductImageDto,
  ProductSummaryDto,
} from './dto/product-response.dto';

function titleOf(product: ProductEntity, language: Language) {
  return (
    pickTranslation(
      {
        fr: product.titleFr ?? undefined,
        ar: product.titleAr ?? undefined,
        en: product.titleEn ?? undefined,
      },
      language,
    ) ?? {
      text: product.slug,
      language,
    }
  );
}

function imageToDto(image: ProductImageEntity, fallbackAlt: string): ProductImageDto {
  return {
    url: image.url,
    width: image.width,
    height: image.height,
    thumbUrl: image.thumbUrl,
    thumbWidth: image.thumbWidth,
    thumbHeight: image.thumbHeight,
    alt: image.alt || fallbackAlt,
  };
}

export function toProductSummary(
  product: ProductEntity,
  seller: SellerEntity,
  images: ProductImageEntity[],
  language: Language,
): ProductSummaryDto {
  const title = titleOf(product, language);
  return {
    id: product.id,
    slug: product.slug,
    title: title.text,
    language: title.language,
    price: { amount: product.priceAmount, currency: product.priceCurrency },
    stock: product.stock,
    // Listed products belong to approved sellers, whose slug the database guarantees.
    seller: { slug: seller.slug ?? '', name: seller.name, kind: seller.kind },
    province: product.provinceCode,
    craft: product.craftSlug,
    category: product.categorySlug,
    images: [...images]
      .sort((a, b) => a.position - b.position)
      .map((image) => imageToDto(image, title.text)),
    createdAt: product.createdAt.toISOString(),
  };
}

export function toProductDetail(
  product: ProductEntity,
  seller: SellerEntity,
  images: ProductImageEntity[],
  madeBy: string | null,
  language: Language,
): ProductDetailDto {
  const description = pickTranslation(
    {
      fr: product.descriptionFr ?? undefined,
      ar: product.descriptionAr ?? undefined,
      en: product.descriptionEn ?? undefined,
    },
    language,
  ) ?? { text: '', language };
  return {
    ...toProductSummary(product, seller, images, language),
    description: description.text,
    descriptionLanguage: description.language,
    materials: product.materials,
    madeBy,
  };
}
