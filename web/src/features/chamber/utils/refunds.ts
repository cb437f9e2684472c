import {
  money,
  type Money,
  type Order,
  type OrderStatus,
  type Refund,
  type RefundStatus,
  type SubOrder,
} from '@hirfa/shared';

/** Statuses in which a card sub-order's money can be given back (as the API decides). */
export const REFUNDABLE_STATUSES: readonly OrderStatus[] = [
  'paid',
  'accepted',
  'shipped',
  'delivered',
];

/**
 * A refund this page asked for. The order only shows how much has been refunded, and grows
 * that amount when Stripe's webhook confirms a refund: `target` is what the sub-order's
 * refunded amount reaches once this one is confirmed.
 */
export interface TrackedRefund {
  id: string;
  subOrderId: string;
  amount: Money;
  /** As the API answered the request. */
  answered: RefundStatus;
  target: number;
}

export function isRefundableOrder(order: Order): boolean {
  return order.paymentMethod === 'card' && order.paymentStatus === 'paid';
}

export function refundState(refund: TrackedRefund, order: Order): RefundStatus {
  if (refund.answered !== 'pending') return refund.answered;
  const subOrder = order.subOrders.find((part) => part.id === refund.subOrderId);
  return subOrder && subOrder.refunded.amount >= refund.target ? 'succeeded' : 'pending';
}

function pendingFor(subOrderId: string, tracked: readonly TrackedRefund[], order: Order): number {
  return tracked
    .filter(
      (refund) => refund.subOrderId === subOrderId && refundState(refund, order) === 'pending',
    )
    .reduce((total, refund) => total + refund.amount.amount, 0);
}

/** What can still be refunded on a part: paid, minus refunded, minus what is being refunded. */
export function refundableLeft(
  subOrder: SubOrder,
  order: Order,
  tracked: readonly TrackedRefund[],
): Money {
  if (!isRefundableOrder(order) || !REFUNDABLE_STATUSES.includes(subOrder.status)) {
    return money(0, subOrder.total.currency);
  }
  const left =
    subOrder.total.amount - subOrder.refunded.amount - pendingFor(subOrder.id, tracked, order);
  return money(Math.max(0, left), subOrder.total.currency);
}

/** The API's answer to a refund request, as refunds to watch until Stripe confirms them. */
export function trackRefunds(
  refunds: readonly Refund[],
  order: Order,
  tracked: readonly TrackedRefund[],
): TrackedRefund[] {
  const added: TrackedRefund[] = [];
  for (const refund of refunds) {
    const subOrder = order.subOrders.find((part) => part.id === refund.subOrderId);
    const before = [...tracked, ...added];
    added.push({
      id: refund.id,
      subOrderId: refund.subOrderId,
      amount: refund.amount,
      answered: refund.status,
      target:
        (subOrder?.refunded.amount ?? 0) +
        pendingFor(refund.subOrderId, before, order) +
        refund.amount.amount,
    });
  }
  return [...tracked, ...added];
}
