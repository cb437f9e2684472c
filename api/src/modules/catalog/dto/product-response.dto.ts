import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CURRENCIES,
  LANGUAGES,
  PROVINCE_CODES,
  SELLER_KINDS,
  type CurrencyCode,
  type Language,
  type ProductDetail,
  type ProductFacets,
  type ProductImage,
  type ProductPage,
  type ProductSummary,
  type ProvinceCode,
  type SellerKind,
  type SellerRef,
  type Money,
} from '@hirfa/shared';

export class MoneyDto implements Money {
  @ApiProperty({ description: 'Integer minor units (centimes)', example: 45000 })
  amount: number;

  @ApiProperty({ enum: CURRENCIES, example: 'MAD' })
  currency: CurrencyCode;
}

export class ProductImageDto implements ProductImage {
  @ApiProperty() url: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() thumbUrl: string;
  @ApiProperty() thumbWidth: number;
  @ApiProperty() thumbHeight: number;
  @ApiProperty() alt: string;
}

export class SellerRefDto implements SellerRef {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SELLER_KINDS }) kind: SellerKind;
}

export class ProductSummaryDto implements ProductSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: LANGUAGES, description: 'Language the title is written in' })
  language: Language;
  @ApiProperty({ type: MoneyDto }) price: MoneyDto;
  @ApiProperty() stock: number;
  @ApiProperty({ type: SellerRefDto }) seller: SellerRefDto;
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty() craft: string;
  @ApiProperty() category: string;
  @ApiProperty({ type: [ProductImageDto] }) images: ProductImageDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProductDetailDto extends ProductSummaryDto implements ProductDetail {
  @ApiProperty() description: string;
  @ApiProperty({ enum: LANGUAGES }) descriptionLanguage: Language;
  @ApiProperty({ type: [String] }) materials: string[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Cooperative member who made it',
  })
  madeBy: string | null;
}

export class FacetCountDto {
  @ApiProperty() value: string;
  @ApiProperty() count: number;
}

export class PriceRangeCountDto {
  @ApiProperty({ description: 'Integer centimes, inclusive' }) min: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Integer centimes, exclusive' })
  max: number | null;
  @ApiProperty() count: number;
}

export class ProductFacetsDto implements ProductFacets {
  @ApiProperty({ type: [FacetCountDto] }) province: FacetCountDto[];
  @ApiProperty({ type: [FacetCountDto] }) craft: FacetCountDto[];
  @ApiProperty({ type: [FacetCountDto] }) category: FacetCountDto[];
  @ApiProperty({ type: [PriceRangeCountDto] }) price: PriceRangeCountDto[];
}

export class ProductPageDto implements ProductPage {
  @ApiProperty({ type: [ProductSummaryDto] }) items: ProductSummaryDto[];
  @ApiProperty({ type: ProductFacetsDto }) facets: ProductFacetsDto;
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class TaxonomyEntryDto {
  @ApiProperty() slug: string;
  @ApiProperty({ example: { fr: 'Poterie', ar: 'الفخار', en: 'Pottery' } })
  name: { fr: string; ar: string; en: string };
}

export class TaxonomyDto {
  @ApiProperty({ type: [TaxonomyEntryDto] }) provinces: TaxonomyEntryDto[];
  @ApiProperty({ type: [TaxonomyEntryDto] }) crafts: TaxonomyEntryDto[];
  @ApiProperty({ type: [TaxonomyEntryDto] }) categories: TaxonomyEntryDto[];
}
