import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LANGUAGES, SLUG_PATTERN, type Language } from '@hirfa/shared';

export class SellerIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}

export class ShopSlugParamDto {
  @IsString()
  @MaxLength(160)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;
}

export class ShopQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of texts; else Accept-Language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
