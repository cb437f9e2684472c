import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import type { SellerProductListQuery } from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';

/** Query strings carry text: only "true" and "false" become booleans, the rest is refused. */
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListSellerProductsQueryDto
  extends PaginationQueryDto
  implements SellerProductListQuery
{
  @ApiPropertyOptional({ type: Boolean, description: 'Only shown (true) or hidden (false) ones' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'visible must be true or false' })
  visible?: boolean;

  @ApiPropertyOptional({ description: 'Words of the title, in any language', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}
