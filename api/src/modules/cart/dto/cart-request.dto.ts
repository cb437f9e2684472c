import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import {
  CART_LIMITS,
  type AddCartItemRequest,
  type SellerShippingSettings,
  SHIPPING_AMOUNT_MAX,
  type UpdateCartItemRequest,
} from '@hirfa/shared';

/**
 * Quantities are whole JSON numbers: "2", 1.5, 0 and 1e9 are refused. Prices never come from
 * the client; any field other than these is refused as unknown.
 */
function Quantity() {
  return applyDecorators(
    ApiProperty({ minimum: 1, maximum: CART_LIMITS.maxQuantity, example: 1 }),
    IsInt({ message: 'quantity must be a whole number' }),
    Min(1),
    Max(CART_LIMITS.maxQuantity),
  );
}

export class AddCartItemDto implements AddCartItemRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId: string;

  @Quantity()
  quantity: number;
}

export class UpdateCartItemDto implements UpdateCartItemRequest {
  @Quantity()
  quantity: number;
}

export class CartIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class CartItemParamsDto extends CartIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId: string;
}

function ShippingAmount(description: string, example: number) {
  return applyDecorators(
    ApiPropertyOptional({ description, example, minimum: 0, maximum: SHIPPING_AMOUNT_MAX }),
    // May be left out, but not sent as null.
    ValidateIf((_object, value) => value !== undefined),
    IsInt({ message: '$property must be a whole number of centimes' }),
    Min(0),
    Max(SHIPPING_AMOUNT_MAX),
  );
}

/** Either rate or both; the shop is the caller's, never named in the request. */
export class UpdateSellerShippingDto implements Partial<SellerShippingSettings> {
  @ShippingAmount('Centimes, for an address in Morocco', 3500)
  moroccoAmount?: number;

  @ShippingAmount('Centimes, for an address abroad', 25000)
  internationalAmount?: number;
}
