import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  CANCEL_REASON_LIMITS,
  type AdminCancelOrderRequest,
  type CancelOrderRequest,
} from '@hirfa/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CancelOrderDto implements CancelOrderRequest {
  @ApiProperty({
    minLength: CANCEL_REASON_LIMITS.minLength,
    maxLength: CANCEL_REASON_LIMITS.maxLength,
    description: 'Why the order is cancelled; kept in its history (trimmed)',
    example: 'The buyer asked by phone to cancel',
  })
  @Transform(trim)
  @IsString()
  @MinLength(CANCEL_REASON_LIMITS.minLength)
  @MaxLength(CANCEL_REASON_LIMITS.maxLength)
  reason: string;
}

export class AdminCancelOrderDto extends CancelOrderDto implements AdminCancelOrderRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One seller’s part of the order; without it, every part that can still go',
  })
  @IsOptional()
  @IsUUID()
  subOrderId?: string;
}
