/**
 * Order statuses and the one table that says which moves are allowed. Card orders and
 * cash-on-delivery orders follow different paths; both are written here and nowhere else.
 */
export const PAYMENT_METHODS = ['card', 'cod'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'placed',
  'confirmed',
  'accepted',
  'shipped',
  'delivered',
  'remitted',
  'refused',
  'returned',
  'cancelled',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

type TransitionTable = Readonly<Partial<Record<OrderStatus, readonly OrderStatus[]>>>;

export const ORDER_TRANSITIONS: Readonly<Record<PaymentMethod, TransitionTable>> = {
  card: {
    pending_payment: ['paid', 'cancelled'],
    paid: ['accepted', 'refunded', 'cancelled'],
    accepted: ['shipped', 'refunded'],
    shipped: ['delivered', 'refunded'],
    delivered: ['refunded'],
  },
  cod: {
    placed: ['confirmed', 'cancelled'],
    confirmed: ['shipped', 'cancelled'],
    shipped: ['delivered', 'refused'],
    delivered: ['remitted'],
    refused: ['returned'],
  },
};

export const INITIAL_ORDER_STATUS: Readonly<Record<PaymentMethod, OrderStatus>> = {
  card: 'pending_payment',
  cod: 'placed',
};

/** Statuses from which nothing more happens. */
export function isFinalStatus(method: PaymentMethod, status: OrderStatus): boolean {
  return (ORDER_TRANSITIONS[method][status] ?? []).length === 0;
}

export function nextStatuses(method: PaymentMethod, from: OrderStatus): readonly OrderStatus[] {
  return ORDER_TRANSITIONS[method][from] ?? [];
}

export function canTransition(method: PaymentMethod, from: OrderStatus, to: OrderStatus): boolean {
  return nextStatuses(method, from).includes(to);
}

export class OrderTransitionError extends Error {
  constructor(
    readonly method: PaymentMethod,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`A ${method} order cannot go from ${from} to ${to}`);
  }
}

/** Returns the new status, or throws when the table does not allow the move. */
export function assertTransition(
  method: PaymentMethod,
  from: OrderStatus,
  to: OrderStatus,
): OrderStatus {
  if (!canTransition(method, from, to)) throw new OrderTransitionError(method, from, to);
  return to;
}
