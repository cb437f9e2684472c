import type { Money } from '../money/money';
import type { ApiErrorBody } from './errors';
import type { Cart, CartLineProblem } from './buying';

/** The stable codes of checkout's refusals; the web words each in the reader's language. */
export const CHECKOUT_ERROR_CODES = {
  /** The total the shopper saw is not today's: a price, a shipping rate or the stock changed. */
  totalChanged: 'checkout.total_changed',
  /** The buyer already holds as many unpaid or unconfirmed orders as allowed. */
  tooManyOpenOrders: 'checkout.too_many_open_orders',
  /** The cart and the buyer's open orders together hold more of one product than allowed. */
  quantityLimit: 'checkout.quantity_limit',
  /** The order would total more than its integer columns hold (`maxTotal` says how much). */
  totalTooLarge: 'checkout.total_too_large',
} as const;

/** One cart line that is not what the shopper saw. */
export interface CheckoutLineChange {
  lineId: string;
  productId: string;
  title: string;
  quantity: number;
  /** The unit price when the line was put in the cart (or its quantity last set), and today's. */
  price: { old: Money; new: Money } | null;
  /** Set when the line cannot be bought as it is; `available` is the stock left (0 if none). */
  availability: { problem: CartLineProblem; available: number } | null;
}

/** What differs between the total the shopper saw and the cart as it is now. */
export interface CheckoutChanges {
  /** The total the checkout was sent with. */
  expectedTotal: Money;
  /** Today's total for the same address, shipping included. */
  total: Money;
  lines: CheckoutLineChange[];
  /** The shipping when the lines were put in the cart, and today's, when they differ. */
  shipping: { old: Money; new: Money } | null;
}

/** 409: nothing was ordered; the shopper confirms the new total (or fixes the cart) first. */
export interface CheckoutTotalChangedError extends ApiErrorBody {
  code: typeof CHECKOUT_ERROR_CODES.totalChanged;
  /** The cart as `GET /api/carts/:id` returns it now. */
  cart: Cart;
  changes: CheckoutChanges;
}

/** 429 with Retry-After: too many unpaid or unconfirmed orders for this buyer. */
export interface CheckoutTooManyOpenOrdersError extends ApiErrorBody {
  code: typeof CHECKOUT_ERROR_CODES.tooManyOpenOrders;
  limit: number;
  open: number;
}

/** 409: one product over the per-buyer limit, counting this cart and the open orders. */
export interface CheckoutQuantityLimitError extends ApiErrorBody {
  code: typeof CHECKOUT_ERROR_CODES.quantityLimit;
  limit: number;
  products: { productId: string; title: string; inCart: number; inOpenOrders: number }[];
}
