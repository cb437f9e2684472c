import { ApiProperty } from '@nestjs/swagger';
import {
  PROVINCE_CODES,
  type ProductDimensions,
  type ProductModeration,
  type ProvinceCode,
  type SellerProduct,
  type SellerProductImage,
  type SellerProductPage,
  type SellerProductTexts,
} from '@hirfa/shared';
import { MoneyDto } from '../../catalog/dto/product-response.dto';

export class SellerProductTextsDto implements SellerProductTexts {
  @ApiProperty({ nullable: true, type: String }) fr: string | null;
  @ApiProperty({ nullable: true, type: String }) ar: string | null;
  @ApiProperty({ nullable: true, type: String }) en: string | null;
}

export class ProductDimensionsResponseDto implements ProductDimensions {
  @ApiProperty({ nullable: true, type: Number }) lengthCm: number | null;
  @ApiProperty({ nullable: true, type: Number }) widthCm: number | null;
  @ApiProperty({ nullable: true, type: Number }) heightCm: number | null;
}

export class SellerProductImageDto implements SellerProductImage {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() thumbUrl: string;
  @ApiProperty() thumbWidth: number;
  @ApiProperty() thumbHeight: number;
  @ApiProperty() alt: string;
  @ApiProperty() position: number;
}

export class ProductModerationDto implements ProductModeration {
  @ApiProperty({ description: 'Hidden by the chamber' }) hidden: boolean;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) at: string | null;
}

export class SellerProductDto implements SellerProduct {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: SellerProductTextsDto }) title: SellerProductTextsDto;
  @ApiProperty({ type: SellerProductTextsDto }) description: SellerProductTextsDto;
  @ApiProperty({ type: MoneyDto }) price: MoneyDto;
  @ApiProperty() stock: number;
  @ApiProperty() oneOfAKind: boolean;
  @ApiProperty() category: string;
  @ApiProperty() craft: string;
  @ApiProperty({ enum: PROVINCE_CODES }) province: ProvinceCode;
  @ApiProperty({ type: [String] }) materials: string[];
  @ApiProperty({ type: ProductDimensionsResponseDto, nullable: true })
  dimensions: ProductDimensionsResponseDto | null;
  @ApiProperty({ nullable: true, type: Number }) weightGrams: number | null;
  @ApiProperty({ nullable: true, type: Number }) leadTimeDays: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) madeByMemberId: string | null;
  @ApiProperty({ description: 'The seller’s own choice to show it' }) visible: boolean;
  @ApiProperty({ type: ProductModerationDto }) moderation: ProductModerationDto;
  @ApiProperty({ type: [SellerProductImageDto] }) images: SellerProductImageDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SellerProductPageDto implements SellerProductPage {
  @ApiProperty({ type: [SellerProductDto] }) items: SellerProductDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
