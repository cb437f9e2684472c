import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  LANGUAGES,
  PRODUCT_SORTS,
  PROVINCE_CODES,
  SEARCH_QUERY_MAX_LENGTH,
  SLUG_PATTERN,
  type Language,
  type ProductSort,
  type ProvinceCode,
} from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of texts; else Accept-Language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

/** The highest price a filter accepts: 10 million dirhams, in centimes. */
const MAX_PRICE_FILTER = 1_000_000_000;

export class ListProductsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Words to search for, in French, Arabic or English' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: 'Lowest price, integer centimes of MAD' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FILTER)
  minPrice?: number;

  @ApiPropertyOptional({ description: 'Highest price, integer centimes of MAD' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE_FILTER)
  maxPrice?: number;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiPropertyOptional({ enum: PROVINCE_CODES })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'province must be one of the region’s province codes' })
  province?: ProvinceCode;

  @ApiPropertyOptional({ example: 'pottery' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(SLUG_PATTERN, { message: 'craft must be a slug such as "pottery"' })
  craft?: string;

  @ApiPropertyOptional({ description: 'Only this shop’s products (its slug)' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'seller must be a shop slug' })
  seller?: string;

  @ApiPropertyOptional({ example: 'tableware' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(SLUG_PATTERN, { message: 'category must be a slug such as "tableware"' })
  category?: string;

  @ApiPropertyOptional({
    enum: PRODUCT_SORTS,
    description: 'Default: relevance when searching, else newest',
  })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;
}
