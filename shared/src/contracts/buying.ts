import type { Money } from '../money/money';
import type { OrderStatus, PaymentMethod } from '../orders/order-status';
import type { Language } from './i18n';
import type { Page } from './pagination';
import type { SellerRef } from './catalog';

/** The guest cart's cookie: an unguessable token, of which the server keeps only a hash. */
export const CART_COOKIE = 'hirfa_cart';

export const CART_LIMITS = {
  /** Distinct products in one cart. */
  maxLines: 50,
  /** The largest quantity of one line, whatever the stock. */
  maxQuantity: 100_000,
} as const;

export const CHECKOUT_LIMITS = {
  nameMaxLength: 120,
  phoneMaxLength: 30,
  addressLineMaxLength: 200,
  cityMaxLength: 100,
  postalCodeMaxLength: 20,
  emailMaxLength: 254,
  reasonMaxLength: 1000,
  trackingNumberMaxLength: 100,
  bankReferenceMaxLength: 100,
} as const;

/** Flat shipping rates a seller may set, in centimes (0 to 10 000 MAD). */
export const SHIPPING_AMOUNT_MAX = 1_000_000;

/** Cash on delivery is offered for Moroccan addresses only. */
export const CASH_ON_DELIVERY_COUNTRY = 'MA';

/** A client-chosen key that makes a retried checkout return the first answer. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

export interface CartProduct {
  id: string;
  slug: string;
  title: string;
  /** The language `title` is written in. */
  language: Language;
  thumbUrl: string | null;
  seller: SellerRef;
}

/** Why a line cannot be bought as it is. */
export type CartLineProblem = 'unavailable' | 'insufficient_stock';

export interface CartLineAvailability {
  stock: number;
  available: boolean;
  problem: CartLineProblem | null;
}

export interface CartLine {
  id: string;
  product: CartProduct;
  quantity: number;
  /** Today's price, read from the catalogue on every request. */
  unitPrice: Money;
  lineTotal: Money;
  availability: CartLineAvailability;
}

export interface ShippingRates {
  morocco: Money;
  international: Money;
}

/** One seller's part of a cart: each seller ships separately, at its own flat rate. */
export interface CartSellerGroup {
  seller: SellerRef;
  lineIds: string[];
  subtotal: Money;
  shipping: ShippingRates;
}

export interface CartDestinationTotal {
  shipping: Money;
  total: Money;
}

export interface Cart {
  id: string;
  lines: CartLine[];
  groups: CartSellerGroup[];
  itemCount: number;
  subtotal: Money;
  totals: { morocco: CartDestinationTotal; international: CartDestinationTotal };
  /** False while a line is no longer for sale or asks for more than the stock. */
  readyForCheckout: boolean;
}

export interface AddCartItemRequest {
  productId: string;
  quantity: number;
}

export interface UpdateCartItemRequest {
  quantity: number;
}

export interface ShippingAddress {
  name: string;
  phone: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode?: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
}

export interface CheckoutRequest {
  cartId: string;
  email: string;
  shipping: ShippingAddress;
  paymentMethod: PaymentMethod;
  /**
   * The total the shopper was shown (MAD centimes, shipping included). When today's total
   * differs, nothing is ordered and the answer is 409 `checkout.total_changed`.
   */
  expectedTotal: Money;
}

export interface CheckoutResponse {
  orderId: string;
  orderNumber: string;
  paymentMethod: PaymentMethod;
  /** Where to send the buyer to pay by card; null for cash on delivery. */
  paymentUrl: string | null;
}

export const ORDER_PAYMENT_STATUSES = [
  'awaiting_payment',
  'paid',
  'failed',
  'expired',
  'cash_on_delivery',
] as const;
export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number];

/** What the success page learns from the payment provider's session. */
export interface CheckoutSessionResult {
  orderId: string;
  orderNumber: string;
  paymentStatus: OrderPaymentStatus;
}

export const ORDER_ACTOR_KINDS = ['shopper', 'seller', 'staff', 'system', 'payment'] as const;
export type OrderActorKind = (typeof ORDER_ACTOR_KINDS)[number];

export interface OrderStatusChange {
  from: OrderStatus | null;
  to: OrderStatus;
  actor: OrderActorKind;
  note: string | null;
  at: string;
}

export interface OrderLine {
  id: string;
  productId: string | null;
  productSlug: string;
  /** The title when the order was placed. */
  title: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  /** The cooperative member who made the piece. */
  madeBy: string | null;
}

export interface SubOrder {
  id: string;
  seller: SellerRef;
  status: OrderStatus;
  lines: OrderLine[];
  items: Money;
  shipping: Money;
  total: Money;
  refunded: Money;
  trackingNumber: string | null;
  history: OrderStatusChange[];
}

export interface Order {
  id: string;
  number: string;
  createdAt: string;
  email: string;
  paymentMethod: PaymentMethod;
  paymentStatus: OrderPaymentStatus;
  /** When an unpaid card order is cancelled. */
  paymentDueAt: string | null;
  paidAt: string | null;
  /** Where to pay while the card payment is still open. */
  paymentUrl: string | null;
  shippingAddress: ShippingAddress;
  items: Money;
  shipping: Money;
  total: Money;
  subOrders: SubOrder[];
}

export interface OrderSummary {
  id: string;
  number: string;
  createdAt: string;
  paymentMethod: PaymentMethod;
  paymentStatus: OrderPaymentStatus;
  total: Money;
  itemCount: number;
  /** Each seller's part, in the order of the sub-orders. */
  statuses: OrderStatus[];
}

export type OrderPage = Page<OrderSummary>;

/** Only what a seller needs to ship: never the buyer's email, never another seller's lines. */
export interface SellerShipTo {
  name: string;
  phone: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string | null;
  country: string;
}

export interface SellerOrder {
  id: string;
  orderNumber: string;
  createdAt: string;
  updatedAt: string;
  paymentMethod: PaymentMethod;
  status: OrderStatus;
  /** The moves this seller can make next. */
  nextStatuses: OrderStatus[];
  lines: OrderLine[];
  items: Money;
  shipping: Money;
  total: Money;
  refunded: Money;
  trackingNumber: string | null;
  shipTo: SellerShipTo;
}

export type SellerOrderPage = Page<SellerOrder>;

export interface ShipSubOrderRequest {
  trackingNumber: string;
}

export interface AdminSubOrder {
  id: string;
  seller: SellerRef & { id: string };
  status: OrderStatus;
  total: Money;
  refunded: Money;
}

export interface AdminOrderSummary {
  id: string;
  number: string;
  createdAt: string;
  email: string;
  paymentMethod: PaymentMethod;
  paymentStatus: OrderPaymentStatus;
  total: Money;
  subOrders: AdminSubOrder[];
}

export type AdminOrderPage = Page<AdminOrderSummary>;

export interface RefundOrderRequest {
  /** One seller's part; the whole order when absent. */
  subOrderId?: string;
  /** Centimes; the rest of what was paid when absent. */
  amount?: number;
  reason: string;
}

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export interface Refund {
  id: string;
  orderId: string;
  subOrderId: string;
  amount: Money;
  status: RefundStatus;
  reason: string | null;
  createdAt: string;
}

export interface RefundOrderResponse {
  refunds: Refund[];
}

export interface SubOrderActionRequest {
  subOrderId: string;
}

export interface SellerShippingSettings {
  /** Centimes, for an address in Morocco. */
  moroccoAmount: number;
  /** Centimes, for an address abroad. */
  internationalAmount: number;
}

export const LEDGER_ENTRY_KINDS = [
  'sale',
  'commission',
  'refund',
  'commission_refund',
  'payout',
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export interface LedgerEntry {
  id: string;
  kind: LedgerEntryKind;
  /** Positive for credits, negative for debits. */
  amount: Money;
  description: string;
  orderNumber: string | null;
  subOrderId: string | null;
  payoutId: string | null;
  /** The cooperative member this share is for. */
  memberName: string | null;
  createdAt: string;
}

export interface SellerLedger extends Page<LedgerEntry> {
  /** Credits minus debits: what the platform owes the seller. */
  balance: Money;
  /**
   * The part of the balance the next payout can include: sales delivered (card) or whose
   * cash was remitted more than `holdDays` ago, their refunds, and payouts already made.
   */
  available: Money;
  /** The rest of the balance, still waiting for delivery, remittance or the holding period. */
  pending: Money;
  /** Days a sale waits after delivery or remittance before it can be paid out. */
  holdDays: number;
}

export const PAYOUT_STATUSES = ['pending', 'paid'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

export interface Payout {
  id: string;
  batchId: string;
  seller: SellerRef & { id: string };
  amount: Money;
  status: PayoutStatus;
  bankReference: string | null;
  paidAt: string | null;
  createdAt: string;
}

export type PayoutPage = Page<Payout>;

export interface PayoutBatch {
  id: string;
  createdAt: string;
  minimumAmount: Money;
  payouts: Payout[];
}

export interface MarkPayoutPaidRequest {
  bankReference: string;
}
