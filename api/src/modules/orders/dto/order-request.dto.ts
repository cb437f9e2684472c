import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  CHECKOUT_LIMITS,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderStatus,
  type PaymentMethod,
  type ShipSubOrderRequest,
  type SubOrderActionRequest,
} from '@hirfa/shared';
import { PaginationQueryDto } from '../../../common/dto/pagination-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OrderIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class ListOrdersQueryDto extends PaginationQueryDto {}

export class ListSellerOrdersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;
}

export class ListAdminOrdersQueryDto extends ListSellerOrdersQueryDto {
  @ApiPropertyOptional({ enum: PAYMENT_METHODS })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({ format: 'uuid', description: 'Orders with a part sold by this seller' })
  @IsOptional()
  @IsUUID()
  sellerId?: string;

  @ApiPropertyOptional({ description: 'An order number, or part of the buyer’s email' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(CHECKOUT_LIMITS.emailMaxLength)
  q?: string;
}

export class ShipSubOrderDto implements ShipSubOrderRequest {
  @ApiProperty({ maxLength: CHECKOUT_LIMITS.trackingNumberMaxLength, example: 'RR123456789MA' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/, {
    message: 'trackingNumber must be the carrier’s reference (letters, digits, - . / _)',
  })
  @MaxLength(CHECKOUT_LIMITS.trackingNumberMaxLength)
  trackingNumber: string;
}

export class SubOrderActionDto implements SubOrderActionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subOrderId: string;
}
