import { money, nextStatuses, type OrderPaymentStatus, type OrderStatus } from '@hirfa/shared';
import type { PaymentEntity } from '../payments/entities/payment.entity';
import type { SellerEntity } from '../sellers/entities/seller.entity';
import type {
  AdminSubOrderDto,
  OrderDto,
  OrderLineDto,
  OrderStatusChangeDto,
  OrderSummaryDto,
  SellerOrderDto,
  ShippingAddressDto,
  SubOrderDto,
} from './dto/order-response.dto';
import type { OrderEntity } from './entities/order.entity';
import type { OrderLineEntity } from './entities/order-line.entity';
import type { OrderStatusChangeEntity } from './entities/order-status-change.entity';
import type { SubOrderEntity } from './entities/sub-order.entity';

/** The moves a seller makes; the others (payment, refunds, remittance) belong to the platform. */
const SELLER_MOVES: readonly OrderStatus[] = [
  'accepted',
  'confirmed',
  'shipped',
  'delivered',
  'refused',
  'returned',
];

export type LineWithMaker = OrderLineEntity & { madeByName: string | null };

export function paymentStatusOf(
  order: Pick<OrderEntity, 'paymentMethod' | 'paidAt'>,
  payment: Pick<PaymentEntity, 'status'> | null | undefined,
  statuses: readonly OrderStatus[],
): OrderPaymentStatus {
  if (order.paymentMethod === 'cod') return 'cash_on_delivery';
  if (order.paidAt) return 'paid';
  if (payment?.status === 'failed') return 'failed';
  const cancelled = statuses.length > 0 && statuses.every((status) => status === 'cancelled');
  if (payment?.status === 'expired' || cancelled) return 'expired';
  return 'awaiting_payment';
}

export function toShippingAddress(order: OrderEntity): ShippingAddressDto {
  return {
    name: order.shippingName,
    phone: order.shippingPhone,
    line1: order.shippingLine1,
    line2: order.shippingLine2,
    city: order.shippingCity,
    postalCode: order.shippingPostalCode,
    country: order.shippingCountry,
  };
}

export function toOrderLine(line: LineWithMaker): OrderLineDto {
  return {
    id: line.id,
    productId: line.productId,
    productSlug: line.productSlug,
    title: line.title,
    unitPrice: money(line.unitPrice),
    quantity: line.quantity,
    lineTotal: money(line.lineTotal),
    madeBy: line.madeByName,
  };
}

export function toStatusChange(change: OrderStatusChangeEntity): OrderStatusChangeDto {
  return {
    from: change.fromStatus,
    to: change.toStatus,
    actor: change.actorKind,
    note: change.note,
    at: change.createdAt.toISOString(),
  };
}

function sellerRef(seller: Pick<SellerEntity, 'slug' | 'name' | 'kind'>) {
  return { slug: seller.slug ?? '', name: seller.name, kind: seller.kind };
}

export function toSubOrder(
  subOrder: SubOrderEntity,
  seller: SellerEntity,
  lines: LineWithMaker[],
  history: OrderStatusChangeEntity[],
): SubOrderDto {
  return {
    id: subOrder.id,
    seller: sellerRef(seller),
    status: subOrder.status,
    lines: lines.map(toOrderLine),
    items: money(subOrder.itemsAmount),
    shipping: money(subOrder.shippingAmount),
    total: money(subOrder.totalAmount),
    refunded: money(subOrder.refundedAmount),
    trackingNumber: subOrder.trackingNumber,
    history: history.map(toStatusChange),
  };
}

export function toOrder(
  order: OrderEntity,
  subOrders: SubOrderDto[],
  payment: PaymentEntity | null,
): OrderDto {
  const paymentStatus = paymentStatusOf(
    order,
    payment,
    subOrders.map((subOrder) => subOrder.status),
  );
  return {
    id: order.id,
    number: order.number,
    createdAt: order.createdAt.toISOString(),
    email: order.email,
    paymentMethod: order.paymentMethod,
    paymentStatus,
    paymentDueAt: order.paymentDueAt?.toISOString() ?? null,
    paidAt: order.paidAt?.toISOString() ?? null,
    paymentUrl:
      paymentStatus === 'awaiting_payment' && payment?.status === 'open'
        ? payment.checkoutUrl
        : null,
    shippingAddress: toShippingAddress(order),
    items: money(order.itemsAmount),
    shipping: money(order.shippingAmount),
    total: money(order.totalAmount),
    subOrders,
  };
}

export function toOrderSummary(
  order: OrderEntity,
  subOrders: Pick<SubOrderEntity, 'status'>[],
  itemCount: number,
  payment: PaymentEntity | null,
): OrderSummaryDto {
  const statuses = subOrders.map((subOrder) => subOrder.status);
  return {
    id: order.id,
    number: order.number,
    createdAt: order.createdAt.toISOString(),
    paymentMethod: order.paymentMethod,
    paymentStatus: paymentStatusOf(order, payment, statuses),
    total: money(order.totalAmount),
    itemCount,
    statuses,
  };
}

/** Only what the seller needs to ship; never the buyer's email, never another seller's lines. */
export function toSellerOrder(
  subOrder: SubOrderEntity,
  order: OrderEntity,
  lines: LineWithMaker[],
): SellerOrderDto {
  const { name, phone, line1, line2, city, postalCode, country } = toShippingAddress(order);
  return {
    id: subOrder.id,
    orderNumber: order.number,
    createdAt: subOrder.createdAt.toISOString(),
    updatedAt: subOrder.updatedAt.toISOString(),
    paymentMethod: order.paymentMethod,
    status: subOrder.status,
    nextStatuses: nextStatuses(order.paymentMethod, subOrder.status).filter((status) =>
      SELLER_MOVES.includes(status),
    ),
    lines: lines.map(toOrderLine),
    items: money(subOrder.itemsAmount),
    shipping: money(subOrder.shippingAmount),
    total: money(subOrder.totalAmount),
    refunded: money(subOrder.refundedAmount),
    trackingNumber: subOrder.trackingNumber,
    shipTo: {
      name,
      phone,
      line1,
      line2: line2 ?? null,
      city,
      postalCode: postalCode ?? null,
      country,
    },
  };
}

export function toAdminSubOrder(subOrder: SubOrderEntity, seller: SellerEntity): AdminSubOrderDto {
  return {
    id: subOrder.id,
    seller: { id: seller.id, ...sellerRef(seller) },
    status: subOrder.status,
    total: money(subOrder.totalAmount),
    refunded: money(subOrder.refundedAmount),
  };
}
