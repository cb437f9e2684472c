import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORDER_ACTOR_KINDS,
  ORDER_PAYMENT_STATUSES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type AdminOrderPage,
  type AdminOrderSummary,
  type AdminSubOrder,
  type Order,
  type OrderActorKind,
  type OrderLine,
  type OrderPage,
  type OrderPaymentStatus,
  type OrderStatus,
  type OrderStatusChange,
  type OrderSummary,
  type PaymentMethod,
  type SellerOrder,
  type SellerOrderPage,
  type SellerShipTo,
  type ShippingAddress,
  type SubOrder,
} from '@hirfa/shared';
import { MoneyDto, SellerRefDto } from '../../catalog/dto/product-response.dto';

export class ShippingAddressDto implements ShippingAddress {
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty() line1: string;
  @ApiPropertyOptional({ type: String, nullable: true }) line2: string | null;
  @ApiProperty() city: string;
  @ApiPropertyOptional({ type: String, nullable: true }) postalCode: string | null;
  @ApiProperty({ example: 'MA' }) country: string;
}

export class SellerShipToDto extends ShippingAddressDto implements SellerShipTo {}

export class OrderLineDto implements OrderLine {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) productId: string | null;
  @ApiProperty() productSlug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: MoneyDto }) unitPrice: MoneyDto;
  @ApiProperty() quantity: number;
  @ApiProperty({ type: MoneyDto }) lineTotal: MoneyDto;
  @ApiProperty({ type: String, nullable: true }) madeBy: string | null;
}

export class OrderStatusChangeDto implements OrderStatusChange {
  @ApiProperty({ enum: ORDER_STATUSES, nullable: true }) from: OrderStatus | null;
  @ApiProperty({ enum: ORDER_STATUSES }) to: OrderStatus;
  @ApiProperty({ enum: ORDER_ACTOR_KINDS }) actor: OrderActorKind;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SubOrderDto implements SubOrder {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: SellerRefDto }) seller: SellerRefDto;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ type: [OrderLineDto] }) lines: OrderLineDto[];
  @ApiProperty({ type: MoneyDto }) items: MoneyDto;
  @ApiProperty({ type: MoneyDto }) shipping: MoneyDto;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
  @ApiProperty({ type: String, nullable: true }) trackingNumber: string | null;
  @ApiProperty({ type: [OrderStatusChangeDto] }) history: OrderStatusChangeDto[];
}

export class OrderDto implements Order {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ enum: ORDER_PAYMENT_STATUSES }) paymentStatus: OrderPaymentStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paymentDueAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) paidAt: string | null;
  @ApiProperty({ type: String, nullable: true }) paymentUrl: string | null;
  @ApiProperty({ type: ShippingAddressDto }) shippingAddress: ShippingAddressDto;
  @ApiProperty({ type: MoneyDto }) items: MoneyDto;
  @ApiProperty({ type: MoneyDto }) shipping: MoneyDto;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: [SubOrderDto] }) subOrders: SubOrderDto[];
}

export class OrderSummaryDto implements OrderSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ enum: ORDER_PAYMENT_STATUSES }) paymentStatus: OrderPaymentStatus;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty() itemCount: number;
  @ApiProperty({ enum: ORDER_STATUSES, isArray: true }) statuses: OrderStatus[];
}

export class OrderPageDto implements OrderPage {
  @ApiProperty({ type: [OrderSummaryDto] }) items: OrderSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class SellerOrderDto implements SellerOrder {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ enum: ORDER_STATUSES, isArray: true }) nextStatuses: OrderStatus[];
  @ApiProperty({ type: [OrderLineDto] }) lines: OrderLineDto[];
  @ApiProperty({ type: MoneyDto }) items: MoneyDto;
  @ApiProperty({ type: MoneyDto }) shipping: MoneyDto;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
  @ApiProperty({ type: String, nullable: true }) trackingNumber: string | null;
  @ApiProperty({ type: SellerShipToDto }) shipTo: SellerShipToDto;
}

export class SellerOrderPageDto implements SellerOrderPage {
  @ApiProperty({ type: [SellerOrderDto] }) items: SellerOrderDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class AdminSellerRefDto extends SellerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class AdminSubOrderDto implements AdminSubOrder {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: AdminSellerRefDto }) seller: AdminSellerRefDto;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
}

export class AdminOrderSummaryDto implements AdminOrderSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ enum: ORDER_PAYMENT_STATUSES }) paymentStatus: OrderPaymentStatus;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: [AdminSubOrderDto] }) subOrders: AdminSubOrderDto[];
}

export class AdminOrderPageDto implements AdminOrderPage {
  @ApiProperty({ type: [AdminOrderSummaryDto] }) items: AdminOrderSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
