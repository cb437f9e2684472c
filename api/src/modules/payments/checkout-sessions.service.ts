import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, In } from 'typeorm';
import type { Language } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { OrderEntity } from '../orders/entities/order.entity';
import { OrderLineEntity } from '../orders/entities/order-line.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { SellerEntity } from '../sellers/entities/seller.entity';
import { PaymentEntity } from './entities/payment.entity';
import { describeStripeError, PaymentProviderUnavailableException } from './payment-errors';
import { STRIPE, STRIPE_CURRENCY } from './stripe.client';

/** Stripe refuses a Checkout Session that expires sooner than this after its creation. */
const STRIPE_MIN_SESSION_SECONDS = 30 * 60;
/**
 * Time allowed between placing the order and Stripe creating its session, retries included:
 * a deadline at exactly 30 minutes would be refused one second late.
 */
const SESSION_CREATION_MARGIN_SECONDS = 5 * 60;

const SHIPPING_LABEL: Record<Language, string> = {
  fr: 'Livraison',
  ar: 'التوصيل',
  en: 'Shipping',
};

/** Checkout has no Arabic; Stripe then picks from the browser. */
const CHECKOUT_LOCALE: Record<Language, Stripe.Checkout.SessionCreateParams.Locale> = {
  fr: 'fr',
  ar: 'auto',
  en: 'en',
};

export function checkoutSessionIdempotencyKey(orderId: string): string {
  return `hirfa-checkout-session-${orderId}`;
}

/** Opens the Stripe Checkout Session of a card order, once, and keeps it in `payments`. */
@Injectable()
export class CheckoutSessionsService {
  private readonly logger = new Logger(CheckoutSessionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The order's payment, opening its session first if there is none yet. Called after the
   * order has committed; a failure leaves the order waiting for payment, and calling again
   * (a retried checkout) reuses Stripe's answer through the idempotency key.
   */
  async openFor(orderId: string): Promise<PaymentEntity> {
    const payments = this.dataSource.getRepository(PaymentEntity);
    const existing = await payments.findOneBy({ orderId });
    if (existing) return existing;
    const params = await this.sessionParams(orderId);
    let session: Stripe.Checkout.Session;
    try {
      session = await this.stripe.checkout.sessions.create(params, {
        idempotencyKey: checkoutSessionIdempotencyKey(orderId),
      });
    } catch (error) {
      this.logger.error(
        `Stripe Checkout Session for order ${orderId} failed: ${describeStripeError(error)}`,
      );
      throw new PaymentProviderUnavailableException(
        'Your order is saved and its items are kept for you, but the card payment service did not answer. Send the same request again in a moment to get the payment page.',
      );
    }
    await payments
      .createQueryBuilder()
      .insert()
      .values({
        orderId,
        checkoutSessionId: session.id,
        amount: session.amount_total ?? 0,
        currency: (session.currency ?? STRIPE_CURRENCY).toUpperCase(),
        status: 'open',
        checkoutUrl: session.url ?? '',
      })
      .orIgnore()
      .execute();
    return payments.findOneByOrFail({ orderId });
  }

  /** Line items from the order's own snapshot of prices, one shipping line per seller. */
  private async sessionParams(orderId: string): Promise<Stripe.Checkout.SessionCreateParams> {
    const order = await this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const subOrders = await this.dataSource.getRepository(SubOrderEntity).find({
      where: { orderId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const subOrderIds = subOrders.map((subOrder) => subOrder.id);
    const [lines, sellers] = await Promise.all([
      this.dataSource.getRepository(OrderLineEntity).find({
        where: { subOrderId: In(subOrderIds) },
        order: { title: 'ASC', id: 'ASC' },
      }),
      this.dataSource.getRepository(SellerEntity).find({
        where: { id: In(subOrders.map((subOrder) => subOrder.sellerId)) },
        select: { id: true, name: true },
      }),
    ]);
    const sellerName = new Map(sellers.map((seller) => [seller.id, seller.name]));
    const item = (name: string, unitAmount: number, quantity: number) => ({
      quantity,
      price_data: {
        currency: STRIPE_CURRENCY,
        unit_amount: unitAmount,
        product_data: { name },
      },
    });
    const lineItems = subOrders.flatMap((subOrder) => [
      ...lines
        .filter((line) => line.subOrderId === subOrder.id)
        .map((line) => item(line.title, line.unitPrice, line.quantity)),
      ...(subOrder.shippingAmount > 0
        ? [
            item(
              `${SHIPPING_LABEL[order.language]} · ${sellerName.get(subOrder.sellerId) ?? ''}`,
              subOrder.shippingAmount,
              1,
            ),
          ]
        : []),
    ]);
    const metadata = { orderId: order.id, orderNumber: order.number };
    return {
      mode: 'payment',
      currency: STRIPE_CURRENCY,
      line_items: lineItems,
      customer_email: order.email,
      client_reference_id: order.id,
      locale: CHECKOUT_LOCALE[order.language],
      metadata,
      payment_intent_data: { metadata },
      success_url: `${this.config.publicUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${this.config.publicUrl}/checkout/cancel?order=${order.id}`,
      ...this.expiry(order),
    };
  }

  /**
   * The session ends at the payment deadline when Stripe surely allows it (30 minutes at
   * least, with a margin for the time the session takes to be created); otherwise Stripe's own
   * default applies and the expiry sweep closes it at the deadline. Decided from the order
   * alone, so a retry with the same idempotency key sends the same parameters.
   */
  private expiry(order: OrderEntity): { expires_at?: number } {
    if (!order.paymentDueAt) return {};
    const deadline = Math.floor(order.paymentDueAt.getTime() / 1000);
    const placed = Math.floor(order.createdAt.getTime() / 1000);
    const longEnough =
      deadline - placed >= STRIPE_MIN_SESSION_SECONDS + SESSION_CREATION_MARGIN_SECONDS;
    return longEnough ? { expires_at: deadline } : {};
  }
}
