import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CHECKOUT_LIMITS as LIMITS,
  ORDER_PAYMENT_STATUSES,
  PAYMENT_METHODS,
  type CheckoutRequest,
  type CheckoutResponse,
  type CheckoutSessionResult,
  type Money,
  type OrderPaymentStatus,
  type PaymentMethod,
  type ShippingAddress,
} from '@hirfa/shared';
import { IsDeliverableEmail } from '../../../common/input/deliverable-email';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  return value.trim() === '' ? null : value.trim();
};
const lowerTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class ShippingAddressInputDto implements ShippingAddress {
  @ApiProperty({ maxLength: LIMITS.nameMaxLength, example: 'Amina El Idrissi' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @ApiProperty({ example: '+212 6 12 34 56 78' })
  @Transform(trim)
  @IsString()
  @Matches(/^\+?[0-9][0-9 ().-]{5,28}$/, { message: 'phone must be a telephone number' })
  @MaxLength(LIMITS.phoneMaxLength)
  phone: string;

  @ApiProperty({ maxLength: LIMITS.addressLineMaxLength, example: '12 derb Sidi Bouloukat' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(LIMITS.addressLineMaxLength)
  line1: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.addressLineMaxLength })
  @Transform(trimToNull)
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(LIMITS.addressLineMaxLength)
  line2?: string | null;

  @ApiProperty({ maxLength: LIMITS.cityMaxLength, example: 'Marrakech' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(LIMITS.cityMaxLength)
  city: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '40000' })
  @Transform(trimToNull)
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, { message: 'postalCode must be a postal code' })
  @MaxLength(LIMITS.postalCodeMaxLength)
  postalCode?: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2, upper case', example: 'MA' })
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter upper-case ISO code' })
  @IsISO31661Alpha2()
  country: string;
}

/** The total the shopper was shown; compared with the server's, never used as a price. */
export class ExpectedTotalDto implements Money {
  @ApiProperty({ description: 'Centimes, shipping included', example: 23500 })
  @IsInt()
  @Min(0)
  // Any total a cart can show; one too large to order is refused as checkout.total_too_large.
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiProperty({ enum: ['MAD'] })
  @IsIn(['MAD'])
  currency: 'MAD';
}

/**
 * No prices or currencies: the server computes them. The total the shopper saw comes along
 * only to be compared with the server's. Unknown fields are refused.
 */
export class CheckoutDto implements CheckoutRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cartId: string;

  @ApiProperty({ maxLength: LIMITS.emailMaxLength, example: 'amina@example.ma' })
  @Transform(lowerTrim)
  @IsDeliverableEmail()
  email: string;

  @ApiProperty({ type: ShippingAddressInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ShippingAddressInputDto)
  shipping: ShippingAddressInputDto;

  @ApiProperty({ enum: PAYMENT_METHODS, description: 'cod only for addresses in Morocco' })
  @IsIn(PAYMENT_METHODS)
  paymentMethod: PaymentMethod;

  @ApiProperty({
    type: ExpectedTotalDto,
    description:
      'The total the shopper was shown, shipping included; another total today → 409 checkout.total_changed',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ExpectedTotalDto)
  expectedTotal: ExpectedTotalDto;
}

export class CheckoutResponseDto implements CheckoutResponse {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ example: 'HRF-2025-000042' }) orderNumber: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ type: String, nullable: true, description: 'Stripe’s page, for card orders' })
  paymentUrl: string | null;
}

export class CheckoutSessionParamDto {
  @ApiProperty({ example: 'cs_test_a1b2c3' })
  @Matches(/^cs_(test|live)_[A-Za-z0-9]{8,200}$/, {
    message: 'sessionId must be a Stripe Checkout Session id',
  })
  sessionId: string;
}

export class CheckoutSessionResultDto implements CheckoutSessionResult {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ enum: ORDER_PAYMENT_STATUSES }) paymentStatus: OrderPaymentStatus;
}
