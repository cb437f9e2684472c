import type { OrderStatus, PaymentMethod } from '@hirfa/shared';
import type { SellerOrderAction } from '../api/move-seller-order';

export interface OrderActionSpec {
  action: SellerOrderAction;
  /** The status the move leads to, as `nextStatuses` names it. */
  to: OrderStatus;
  /** Asked once more before sending: the move undoes the sale or cannot be taken back. */
  confirm: boolean;
}

/** Each status a seller can move to, and the request that does it. */
const ACTION_BY_STATUS: Partial<Record<OrderStatus, OrderActionSpec>> = {
  accepted: { action: 'accept', to: 'accepted', confirm: false },
  confirmed: { action: 'confirm', to: 'confirmed', confirm: false },
  shipped: { action: 'ship', to: 'shipped', confirm: false },
  delivered: { action: 'deliver', to: 'delivered', confirm: false },
  refused: { action: 'refuse', to: 'refused', confirm: true },
  returned: { action: 'return', to: 'returned', confirm: true },
};

/** The buttons to show: only the moves the API says are allowed now, in its order. */
export function orderActions(nextStatuses: readonly OrderStatus[]): OrderActionSpec[] {
  return nextStatuses.flatMap((status) => {
    const spec = ACTION_BY_STATUS[status];
    return spec ? [spec] : [];
  });
}

/** The label's key: a delivered cash order also means the cash was collected. */
export function actionLabelKey(
  action: SellerOrderAction,
  method: PaymentMethod,
): `orderActions.${SellerOrderAction}` | 'orderActions.deliverCod' {
  return action === 'deliver' && method === 'cod'
    ? 'orderActions.deliverCod'
    : `orderActions.${action}`;
}

/** The carrier's reference, as the API accepts it. */
export const TRACKING_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ./_-]*$/;

export type TrackingProblem = 'trackingRequired' | 'trackingFormat' | 'trackingTooLong';

export function trackingNumberProblem(text: string, maxLength: number): TrackingProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'trackingRequired';
  if (trimmed.length > maxLength) return 'trackingTooLong';
  if (!TRACKING_NUMBER_PATTERN.test(trimmed)) return 'trackingFormat';
  return null;
}
