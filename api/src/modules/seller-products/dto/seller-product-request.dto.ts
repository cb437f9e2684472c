import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CATEGORIES,
  CRAFTS,
  SELLER_PRODUCT_LIMITS as LIMITS,
  type CreateSellerProductRequest,
  type ProductDimensionsInput,
  type ProductPriceInput,
  type SellerProductTextsInput,
  type UpdateSellerProductRequest,
} from '@hirfa/shared';

const CATEGORY_SLUGS = CATEGORIES.map((category) => category.slug);
const CRAFT_SLUGS = CRAFTS.map((craft) => craft.slug);

/** Blank texts count as absent. */
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;

/** May be left out, but not sent as null: for fields that always have a value. */
const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** Documents and validates a field that is required on create and optional on update. */
function Field(required: boolean, options: ApiPropertyOptions, ...rules: PropertyDecorator[]) {
  return applyDecorators(
    required ? ApiProperty(options) : ApiPropertyOptional(options),
    ...(required ? [] : [Omittable()]),
    ...rules,
  );
}

/** A nested object: validated member by member, unknown members refused. */
function Nested(type: () => new () => object) {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

export class ProductTitleDto implements SellerProductTextsInput {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.titleMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.titleMaxLength)
  fr?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.titleMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.titleMaxLength)
  ar?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.titleMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.titleMaxLength)
  en?: string | null;
}

export class ProductDescriptionDto implements SellerProductTextsInput {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.descriptionMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.descriptionMaxLength)
  fr?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.descriptionMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.descriptionMaxLength)
  ar?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LIMITS.descriptionMaxLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(LIMITS.descriptionMaxLength)
  en?: string | null;
}

export class ProductPriceDto implements ProductPriceInput {
  @ApiProperty({
    description: 'Integer centimes',
    minimum: LIMITS.priceMin,
    maximum: LIMITS.priceMax,
    example: 45000,
  })
  @IsInt({ message: 'price.amount must be a whole number of centimes' })
  @Min(LIMITS.priceMin)
  @Max(LIMITS.priceMax)
  amount: number;

  @ApiPropertyOptional({ enum: ['MAD'], default: 'MAD' })
  @Omittable()
  @IsIn(['MAD'], { message: 'price.currency must be MAD' })
  currency?: 'MAD';
}

export class ProductDimensionsDto implements ProductDimensionsInput {
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: LIMITS.dimensionMaxCm })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.dimensionMaxCm)
  lengthCm?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: LIMITS.dimensionMaxCm })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.dimensionMaxCm)
  widthCm?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: LIMITS.dimensionMaxCm })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.dimensionMaxCm)
  heightCm?: number | null;
}

/*
 * The fields a seller may write, declared once and used by both bodies: required on create
 * where the product cannot do without them, every one optional on update. Anything else
 * (status, sellerId, slug, moderation, commission) is refused by the global pipe.
 */
const fields = (create: boolean) => ({
  title: Field(
    create,
    { type: ProductTitleDto, description: 'At least one language' },
    Nested(() => ProductTitleDto),
  ),
  description: Field(
    false,
    { type: ProductDescriptionDto },
    Nested(() => ProductDescriptionDto),
  ),
  price: Field(
    create,
    { type: ProductPriceDto },
    Nested(() => ProductPriceDto),
  ),
  stock: Field(
    create,
    { minimum: 0, maximum: LIMITS.stockMax, example: 1 },
    IsInt(),
    Min(0),
    Max(LIMITS.stockMax),
  ),
  oneOfAKind: Field(
    false,
    { default: false, description: 'A unique piece: stock is then 0 or 1' },
    IsBoolean(),
  ),
  category: Field(create, { enum: CATEGORY_SLUGS }, IsIn(CATEGORY_SLUGS)),
  craft: Field(
    false,
    { enum: CRAFT_SLUGS, description: 'Defaults to the shop’s craft' },
    IsIn(CRAFT_SLUGS),
  ),
  materials: Field(
    false,
    { type: [String], maxItems: LIMITS.materialsMax, example: ['argile', 'émail'] },
    IsArray(),
    ArrayMaxSize(LIMITS.materialsMax),
    Transform(trimEach),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(LIMITS.materialMaxLength, { each: true }),
  ),
  dimensions: applyDecorators(
    ApiPropertyOptional({ type: ProductDimensionsDto, nullable: true }),
    IsOptional(),
    Nested(() => ProductDimensionsDto),
  ),
  weightGrams: applyDecorators(
    ApiPropertyOptional({ nullable: true, type: Number, minimum: 1 }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(LIMITS.weightMaxGrams),
  ),
  leadTimeDays: applyDecorators(
    ApiPropertyOptional({
      nullable: true,
      type: Number,
      minimum: 1,
      maximum: LIMITS.leadTimeMaxDays,
      description: 'Made to order: days before it ships',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(LIMITS.leadTimeMaxDays),
  ),
  madeByMemberId: applyDecorators(
    ApiPropertyOptional({
      nullable: true,
      type: String,
      format: 'uuid',
      description: 'Cooperatives only: the member who made it',
    }),
    IsOptional(),
    IsUUID(),
  ),
  visible: Field(
    false,
    { default: true, description: 'Shown in the shop (the seller’s choice)' },
    IsBoolean(),
  ),
});

const onCreate = fields(true);
const onUpdate = fields(false);

export class CreateSellerProductDto implements CreateSellerProductRequest {
  @onCreate.title title: ProductTitleDto;
  @onCreate.description description?: ProductDescriptionDto;
  @onCreate.price price: ProductPriceDto;
  @onCreate.stock stock: number;
  @onCreate.oneOfAKind oneOfAKind?: boolean;
  @onCreate.category category: string;
  @onCreate.craft craft?: string;
  @onCreate.materials materials?: string[];
  @onCreate.dimensions dimensions?: ProductDimensionsDto | null;
  @onCreate.weightGrams weightGrams?: number | null;
  @onCreate.leadTimeDays leadTimeDays?: number | null;
  @onCreate.madeByMemberId madeByMemberId?: string | null;
  @onCreate.visible visible?: boolean;
}

/** Only the fields sent change; in nested objects a key left out keeps its value. */
export class UpdateSellerProductDto implements UpdateSellerProductRequest {
  @onUpdate.title title?: ProductTitleDto;
  @onUpdate.description description?: ProductDescriptionDto;
  @onUpdate.price price?: ProductPriceDto;
  @onUpdate.stock stock?: number;
  @onUpdate.oneOfAKind oneOfAKind?: boolean;
  @onUpdate.category category?: string;
  @onUpdate.craft craft?: string;
  @onUpdate.materials materials?: string[];
  @onUpdate.dimensions dimensions?: ProductDimensionsDto | null;
  @onUpdate.weightGrams weightGrams?: number | null;
  @onUpdate.leadTimeDays leadTimeDays?: number | null;
  @onUpdate.madeByMemberId madeByMemberId?: string | null;
  @onUpdate.visible visible?: boolean;
}
