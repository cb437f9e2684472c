import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  CHECKOUT_LIMITS,
  REFUND_STATUSES,
  type Refund,
  type RefundOrderRequest,
  type RefundOrderResponse,
  type RefundStatus,
} from '@hirfa/shared';
import { MoneyDto } from '../../catalog/dto/product-response.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const Omittable = () => ValidateIf((_object, value) => value !== undefined);

export class RefundOrderDto implements RefundOrderRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'One seller’s part; else the whole order' })
  @Omittable()
  @IsUUID()
  subOrderId?: string;

  @ApiPropertyOptional({ description: 'Centimes; else all that is left to refund' })
  @Omittable()
  @IsInt({ message: 'amount must be a whole number of centimes' })
  @Min(1)
  @Max(100_000_000)
  amount?: number;

  @ApiProperty({ minLength: 3, maxLength: CHECKOUT_LIMITS.reasonMaxLength })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(CHECKOUT_LIMITS.reasonMaxLength)
  reason: string;
}

export class RefundDto implements Refund {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'uuid' }) subOrderId: string;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ enum: REFUND_STATUSES }) status: RefundStatus;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RefundOrderResponseDto implements RefundOrderResponse {
  @ApiProperty({ type: [RefundDto] }) refunds: RefundDto[];
}
