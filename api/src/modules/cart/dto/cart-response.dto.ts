import { ApiProperty } from '@nestjs/swagger';
import {
  LANGUAGES,
  type Cart,
  type CartDestinationTotal,
  type CartLine,
  type CartLineAvailability,
  type CartLineProblem,
  type CartProduct,
  type CartSellerGroup,
  type Language,
  type SellerShippingSettings,
  type ShippingRates,
} from '@hirfa/shared';
import { MoneyDto, SellerRefDto } from '../../catalog/dto/product-response.dto';

export class CartProductDto implements CartProduct {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty({ type: String, nullable: true }) thumbUrl: string | null;
  @ApiProperty({ type: SellerRefDto }) seller: SellerRefDto;
}

export class CartLineAvailabilityDto implements CartLineAvailability {
  @ApiProperty() stock: number;
  @ApiProperty() available: boolean;
  @ApiProperty({ enum: ['unavailable', 'insufficient_stock'], nullable: true })
  problem: CartLineProblem | null;
}

export class CartLineDto implements CartLine {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: CartProductDto }) product: CartProductDto;
  @ApiProperty() quantity: number;
  @ApiProperty({ type: MoneyDto }) unitPrice: MoneyDto;
  @ApiProperty({ type: MoneyDto }) lineTotal: MoneyDto;
  @ApiProperty({ type: CartLineAvailabilityDto }) availability: CartLineAvailabilityDto;
}

export class ShippingRatesDto implements ShippingRates {
  @ApiProperty({ type: MoneyDto }) morocco: MoneyDto;
  @ApiProperty({ type: MoneyDto }) international: MoneyDto;
}

export class CartSellerGroupDto implements CartSellerGroup {
  @ApiProperty({ type: SellerRefDto }) seller: SellerRefDto;
  @ApiProperty({ type: [String] }) lineIds: string[];
  @ApiProperty({ type: MoneyDto }) subtotal: MoneyDto;
  @ApiProperty({ type: ShippingRatesDto }) shipping: ShippingRatesDto;
}

export class CartDestinationTotalDto implements CartDestinationTotal {
  @ApiProperty({ type: MoneyDto }) shipping: MoneyDto;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
}

export class CartTotalsDto {
  @ApiProperty({ type: CartDestinationTotalDto }) morocco: CartDestinationTotalDto;
  @ApiProperty({ type: CartDestinationTotalDto }) international: CartDestinationTotalDto;
}

export class CartDto implements Cart {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [CartLineDto] }) lines: CartLineDto[];
  @ApiProperty({ type: [CartSellerGroupDto] }) groups: CartSellerGroupDto[];
  @ApiProperty() itemCount: number;
  @ApiProperty({ type: MoneyDto, description: 'The items, before shipping' }) subtotal: MoneyDto;
  @ApiProperty({ type: CartTotalsDto }) totals: CartTotalsDto;
  @ApiProperty() readyForCheckout: boolean;
}

export class SellerShippingResponseDto implements SellerShippingSettings {
  @ApiProperty({ description: 'Centimes' }) moroccoAmount: number;
  @ApiProperty({ description: 'Centimes' }) internationalAmount: number;
  @ApiProperty({ example: 'MAD' }) currency: 'MAD';
}
