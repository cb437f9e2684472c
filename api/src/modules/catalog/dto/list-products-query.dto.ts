import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  LANGUAGES,
  PRODUCT_SORTS,
  PROVINCE_CODES,
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

export class ListProductsQueryDto extends PaginationQueryDto {
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

  @ApiPropertyOptional({ example: 'tableware' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @Matches(SLUG_PATTERN, { message: 'category must be a slug such as "tableware"' })
  category?: string;

  @ApiPropertyOptional({ enum: PRODUCT_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort: ProductSort = 'newest';
}
