import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import type { CheckoutSessionResult } from '@hirfa/shared';
import { OrderEntity } from '../orders/entities/order.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { OrderEmailsService } from '../orders/order-emails.service';
import { paymentStatusOf } from '../orders/order.mapper';
import {
  OrderTransitionsService,
  PAYMENT_ACTOR,
  subOrderIdsOf,
} from '../orders/order-transitions.service';
import { PaymentEntity } from './entities/payment.entity';
import { LATE_PAYMENT_REASON, RefundEntity } from './entities/refund.entity';
import { StripeEventEntity } from './entities/stripe-event.entity';
import { describeStripeError } from './payment-errors';
import { RefundConfirmationService } from './refund-confirmation.service';
import { RefundReconcilerService } from './refund-reconciler.service';
import { STRIPE, STRIPE_CURRENCY } from './stripe.client';

/** What an event does in its transaction; returns the refunds it created, to send after. */
type Effect = (manager: EntityManager) => Promise<string[]>;

const SESSION_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
]);
const PAYMENT_INTENT_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
]);
const REFUND_EVENTS = new Set(['refund.created', 'refund.updated', 'refund.failed']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isMissingAtStripe = (error: unknown) =>
  error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404;

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : (value?.id ?? null);

/**
 * The single fulfilment of card payments, shared by the webhook and the success page. It
 * never trusts an event's payload: it reads the session (or refund) from Stripe and acts on
 * that state, so duplicates and events out of order end in the same place. Each event id is
 * stored in the transaction of its effect, so a repeated delivery changes nothing.
 */
@Injectable()
export class PaymentFulfilmentService {
  private readonly logger = new Logger(PaymentFulfilmentService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly transitions: OrderTransitionsService,
    private readonly emails: OrderEmailsService,
    private readonly refunds: RefundConfirmationService,
    private readonly reconciler: RefundReconcilerService,
  ) {}

  /**
   * Events about objects that are not ours (another integration on the same account, a
   * session of no order, an event type not used) are logged and acknowledged, so that Stripe
   * does not retry them for days; only a failure to act on one of ours is an error.
   */
  async handleEvent(event: Stripe.Event): Promise<void> {
    let effect: Effect | null;
    try {
      effect = await this.effectOf(event);
    } catch (error) {
      // Stripe no longer knows the object (deleted, or of another mode): nothing to act on.
      if (!isMissingAtStripe(error)) throw error;
      effect = this.ignore(event, `Stripe has no such object: ${describeStripeError(error)}`);
    }
    if (!effect) return;
    const refundsToSend = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(StripeEventEntity)
        .values({ id: event.id, type: event.type })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0) return [];
      return effect(manager);
    });
    await this.sendRefunds(refundsToSend);
  }

  /** The success page: the same fulfilment as the webhook, from the session's current state. */
  async confirmSession(sessionId: string): Promise<CheckoutSessionResult> {
    const known = await this.dataSource
      .getRepository(PaymentEntity)
      .findOneBy({ checkoutSessionId: sessionId });
    if (!known) throw new NotFoundException('No order is paid with this payment session');
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    const refundsToSend = await this.dataSource.transaction((manager) =>
      this.applySession(manager, session),
    );
    await this.sendRefunds(refundsToSend);
    const order = await this.dataSource
      .getRepository(OrderEntity)
      .findOneByOrFail({ id: known.orderId });
    const [payment, subOrders] = await Promise.all([
      this.dataSource.getRepository(PaymentEntity).findOneByOrFail({ id: known.id }),
      this.dataSource
        .getRepository(SubOrderEntity)
        .find({ where: { orderId: order.id }, select: { status: true } }),
    ]);
    return {
      orderId: order.id,
      orderNumber: order.number,
      paymentStatus: paymentStatusOf(
        order,
        payment,
        subOrders.map((subOrder) => subOrder.status),
      ),
    };
  }

  /**
   * Acts on a Checkout Session as Stripe reports it now: paid, expired, or still open. A
   * payment for parts already cancelled is given back: the refunds are recorded here, in the
   * transaction, and their ids returned for the caller to send to Stripe once it commits (the
   * reconciler sends any that a crash left unsent).
   */
  async applySession(manager: EntityManager, session: Stripe.Checkout.Session): Promise<string[]> {
    const payments = manager.getRepository(PaymentEntity);
    const payment = await payments.findOne({
      where: { checkoutSessionId: session.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!payment) {
      this.logger.warn(`Stripe session ${session.id} belongs to no order here; ignored`);
      return [];
    }
    if (payment.status === 'succeeded') return [];
    const order = await manager.getRepository(OrderEntity).findOneByOrFail({ id: payment.orderId });
    const subOrderIds = (await subOrderIdsOf(manager, [order.id])).get(order.id) ?? [];
    if (session.status === 'complete' && session.payment_status === 'paid') {
      const mismatch = this.amountMismatch(session, payment, order);
      if (mismatch) {
        this.logger.error(
          `Order ${order.number} NOT marked paid: ${mismatch} (session ${session.id})`,
        );
        return [];
      }
      await payments.update(
        { id: payment.id },
        {
          status: 'succeeded',
          paymentIntentId: idOf(session.payment_intent),
          updatedAt: new Date(),
        },
      );
      await manager.getRepository(OrderEntity).update({ id: order.id }, { paidAt: new Date() });
      const paid = await this.transitions.transitionAll(
        manager,
        subOrderIds,
        'paid',
        PAYMENT_ACTOR,
        {
          onlyFrom: ['pending_payment'],
        },
      );
      const late =
        paid.length < subOrderIds.length ? await this.refundLatePayment(manager, order) : [];
      if (paid.length > 0) await this.emails.queueOrderPlaced(manager, order.id);
      return late;
    }
    // Stripe reports an expiry by more than one event (the session's, the payment intent's):
    // the first records it, the others find it recorded and change nothing.
    if (session.status === 'expired' && payment.status !== 'expired') {
      await payments.update({ id: payment.id }, { status: 'expired', updatedAt: new Date() });
      await this.transitions.transitionAll(manager, subOrderIds, 'cancelled', PAYMENT_ACTOR, {
        onlyFrom: ['pending_payment'],
        note: 'The payment session expired',
      });
    }
    return [];
  }

  /**
   * The parts of a paid order that had been cancelled before the payment arrived: each gets
   * its whole amount back, once (a unique index holds one late-payment refund per part). The
   * stock they released stays released.
   */
  private async refundLatePayment(manager: EntityManager, order: OrderEntity): Promise<string[]> {
    const cancelled = await manager
      .getRepository(SubOrderEntity)
      .find({ where: { orderId: order.id, status: 'cancelled' }, order: { id: 'ASC' } });
    if (cancelled.length === 0) return [];
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(RefundEntity)
      .values(
        cancelled.map((subOrder) => ({
          orderId: order.id,
          subOrderId: subOrder.id,
          amount: subOrder.totalAmount,
          status: 'pending' as const,
          reason: LATE_PAYMENT_REASON,
          requestedBy: null,
          stripeRefundId: null,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as { id: string }[]).map((row) => row.id);
    this.logger.warn(
      `Order ${order.number} was paid after ${cancelled.length} of its parts had been cancelled: refunding them automatically`,
    );
    return ids;
  }

  /** Sends refunds recorded by a committed transaction; the reconciler retries any failure. */
  private async sendRefunds(refundIds: string[]): Promise<void> {
    for (const id of refundIds) {
      try {
        await this.reconciler.settle(id, { firstAttempt: true });
      } catch (error) {
        this.logger.error(`Refund ${id} left for the reconciler: ${describeStripeError(error)}`);
      }
    }
  }

  private amountMismatch(
    session: Stripe.Checkout.Session,
    payment: PaymentEntity,
    order: OrderEntity,
  ): string | null {
    const currency = (session.currency ?? '').toLowerCase();
    if (currency !== STRIPE_CURRENCY || order.currency !== 'MAD') {
      return `currency ${currency || 'none'} instead of ${STRIPE_CURRENCY}`;
    }
    if (session.amount_total !== order.totalAmount || payment.amount !== order.totalAmount) {
      return `amount ${session.amount_total} paid for a total of ${order.totalAmount}`;
    }
    return null;
  }

  /** Reads what the event is about from Stripe, and returns what to do in the transaction. */
  private async effectOf(event: Stripe.Event): Promise<Effect | null> {
    if (SESSION_EVENTS.has(event.type)) {
      const { id } = event.data.object as Stripe.Checkout.Session;
      const known = await this.dataSource
        .getRepository(PaymentEntity)
        .existsBy({ checkoutSessionId: String(id) });
      if (!known) return this.ignore(event, `session ${id} belongs to no order here`);
      const session = await this.stripe.checkout.sessions.retrieve(id);
      return (manager) => this.applySession(manager, session);
    }
    if (PAYMENT_INTENT_EVENTS.has(event.type)) {
      const intent = event.data.object as Stripe.PaymentIntent;
      const sessionId = await this.sessionOfPaymentIntent(intent);
      if (!sessionId) return this.ignore(event, `payment ${intent.id} belongs to no order here`);
      const session = await this.stripe.checkout.sessions.retrieve(sessionId);
      return (manager) => this.applySession(manager, session);
    }
    if (REFUND_EVENTS.has(event.type)) {
      const object = event.data.object as Stripe.Refund;
      if (!(await this.isOurRefund(object))) {
        return this.ignore(event, `refund ${object.id} belongs to no refund here`);
      }
      const refund = await this.stripe.refunds.retrieve(object.id);
      return async (manager) => {
        await this.refunds.apply(manager, refund);
        return [];
      };
    }
    if (event.type === 'charge.refunded') {
      const charge = event.data.object as Stripe.Charge;
      const paymentIntentId = idOf(charge.payment_intent);
      const payment = paymentIntentId
        ? await this.dataSource.getRepository(PaymentEntity).findOneBy({ paymentIntentId })
        : null;
      if (!payment) return this.ignore(event, `charge ${charge.id} belongs to no order here`);
      const pending = await this.dataSource
        .getRepository(RefundEntity)
        .countBy({ orderId: payment.orderId, status: 'pending' });
      if (pending === 0) return null;
      // Stripe's current list, so that a refund whose creation was never answered is found.
      const current = await this.stripe.refunds.list({
        payment_intent: payment.paymentIntentId as string,
        limit: 100,
      });
      return async (manager) => {
        for (const refund of current.data) await this.refunds.apply(manager, refund);
        return [];
      };
    }
    return this.ignore(event, 'its type is not one this marketplace acts on');
  }

  private ignore(event: Stripe.Event, why: string): null {
    this.logger.log(`Stripe event ${event.id} (${event.type}) acknowledged and ignored: ${why}`);
    return null;
  }

  /** By the ids it carries; what Stripe says of it is read afterwards. */
  private async isOurRefund(refund: Stripe.Refund): Promise<boolean> {
    const refunds = this.dataSource.getRepository(RefundEntity);
    const ownId = refund.metadata?.refundId;
    if (typeof ownId === 'string' && UUID.test(ownId) && (await refunds.existsBy({ id: ownId }))) {
      return true;
    }
    return typeof refund.id === 'string' && refunds.existsBy({ stripeRefundId: refund.id });
  }

  private async sessionOfPaymentIntent(intent: Stripe.PaymentIntent): Promise<string | null> {
    const payments = this.dataSource.getRepository(PaymentEntity);
    const orderId = intent.metadata?.orderId;
    const payment =
      (await payments.findOneBy({ paymentIntentId: intent.id })) ??
      (orderId && /^[0-9a-f-]{36}$/.test(orderId) ? await payments.findOneBy({ orderId }) : null);
    return payment?.checkoutSessionId ?? null;
  }
}
