import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CRAFTS,
  PROVINCE_CODES,
  SELLER_KINDS,
  SELLER_STATUSES,
  type ProvinceCode,
  type SellerApplicationQueueQuery,
  type SellerKind,
  type SellerStatus,
} from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';

const CRAFT_SLUGS = CRAFTS.map((craft) => craft.slug);

export class SellerQueueQueryDto extends PaginationQueryDto implements SellerApplicationQueueQuery {
  @ApiPropertyOptional({ enum: SELLER_STATUSES, description: 'Every status when omitted' })
  @IsOptional()
  @IsIn(SELLER_STATUSES)
  status?: SellerStatus;

  @ApiPropertyOptional({ enum: PROVINCE_CODES })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'province must be one of the region’s province codes' })
  province?: ProvinceCode;

  @ApiPropertyOptional({ enum: CRAFT_SLUGS })
  @IsOptional()
  @IsIn(CRAFT_SLUGS, { message: 'craft must be one of the crafts of the catalogue' })
  craft?: string;

  @ApiPropertyOptional({ enum: SELLER_KINDS })
  @IsOptional()
  @IsIn(SELLER_KINDS)
  kind?: SellerKind;

  @ApiPropertyOptional({
    description: 'Part of the name, card or registration number, or the owner’s name or email',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}
