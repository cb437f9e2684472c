import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES, type ChamberProductListItem, type Language } from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';
import { ProductModerationDto } from './seller-product-response.dto';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ChamberProductListQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'true: only products the chamber hid; false: only others' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  hidden?: boolean;

  @ApiPropertyOptional({ description: 'Part of a title or slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

class ChamberProductSellerDto {
  @ApiProperty({ nullable: true, type: String }) slug: string | null;
  @ApiProperty() name: string;
  @ApiProperty() status: string;
}

export class ChamberProductListItemDto implements ChamberProductListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: ChamberProductSellerDto }) seller: ChamberProductSellerDto;
  @ApiProperty() visible: boolean;
  @ApiProperty({ type: ProductModerationDto }) moderation: ProductModerationDto;
}

export class ChamberProductPageDto {
  @ApiProperty({ type: [ChamberProductListItemDto] }) items: ChamberProductListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
