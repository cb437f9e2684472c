import { canTransition, type OrderStatus, type PaymentMethod } from './order-status';

/**
 * Who may cancel what, written once for the API and the web. A part of an order can be
 * cancelled while nothing has left the workshop and no money has been taken: a cash part
 * that is placed or confirmed, or a card part not yet paid. A paid card part is given back
 * through a refund by the chamber, never by a cancellation.
 */

/** The reason every cancellation carries (trimmed), in characters. */
export const CANCEL_REASON_LIMITS = { minLength: 3, maxLength: 500 } as const;

/** `POST /api/{seller/,admin/,}orders/:id/cancel`. */
export interface CancelOrderRequest {
  reason: string;
}

/** The chamber cancels one part (`subOrderId`) or, without it, the whole order. */
export interface AdminCancelOrderRequest extends CancelOrderRequest {
  subOrderId?: string;
}

/** The stable codes of the 409 answers, which clients word in the reader's language. */
export const ORDER_CANCEL_ERROR_CODES = {
  /** Shipped, delivered, already cancelled, or otherwise past the point of cancelling. */
  notCancellable: 'order.not_cancellable',
  /** Paid by card and not shipped: the chamber refunds it instead. */
  refundRequired: 'order.refund_required',
} as const;
export type OrderCancelErrorCode =
  (typeof ORDER_CANCEL_ERROR_CODES)[keyof typeof ORDER_CANCEL_ERROR_CODES];

/**
 * What cancelling one part would do: `cancellable`, `refund_required` (paid by card, not
 * shipped), `ended` (already cancelled or refunded: nothing left to cancel), or `too_late`.
 */
export type PartCancellation = 'cancellable' | 'refund_required' | 'ended' | 'too_late';

const PAID_NOT_SHIPPED: readonly OrderStatus[] = ['paid', 'accepted'];
const ENDED: readonly OrderStatus[] = ['cancelled', 'refunded'];

export function partCancellation(method: PaymentMethod, status: OrderStatus): PartCancellation {
  if (ENDED.includes(status)) return 'ended';
  if (method === 'card' && PAID_NOT_SHIPPED.includes(status)) return 'refund_required';
  // Only the moves the status table allows, and never money already taken.
  if (
    canTransition(method, status, 'cancelled') &&
    (method === 'cod' || status === 'pending_payment')
  )
    return 'cancellable';
  return 'too_late';
}

/**
 * What a buyer's (or the chamber's whole-order) cancellation would do: all the parts that
 * can be cancelled, or nothing at all. Parts already ended are left as they are; one part
 * shipped (or beyond) makes the whole order too late, one paid part asks for a refund.
 */
export function orderCancellation(
  method: PaymentMethod,
  statuses: readonly OrderStatus[],
): Exclude<PartCancellation, 'ended'> {
  const parts = statuses.map((status) => partCancellation(method, status));
  if (parts.includes('too_late')) return 'too_late';
  if (parts.includes('refund_required')) return 'refund_required';
  return parts.includes('cancellable') ? 'cancellable' : 'too_late';
}
