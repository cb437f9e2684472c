import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
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
import { StripeEventEntity } from './entities/stripe-event.entity';
import { RefundConfirmationService } from './refund-confirmation.service';
import { STRIPE, STRIPE_CURRENCY } from './stripe.client';

type Effect = (manager: EntityManager) => Promise<void>;

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
  ) {}

  async handleEvent(event: Stripe.Event): Promise<void> {
    const effect = await this.effectOf(event);
    if (!effect) return;
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(StripeEventEntity)
        .values({ id: event.id, type: event.type })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0) return;
      await effect(manager);
    });
  }

  /** The success page: the same fulfilment as the webhook, from the session's current state. */
  async confirmSession(sessionId: string): Promise<CheckoutSessionResult> {
    const known = await this.dataSource
      .getRepository(PaymentEntity)
      .findOneBy({ checkoutSessionId: sessionId });
    if (!known) throw new NotFoundException('No order is paid with this payment session');
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    await this.dataSource.transaction((manager) => this.applySession(manager, session));
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

  /** Acts on a Checkout Session as Stripe reports it now: paid, expired, or still open. */
  async applySession(manager: EntityManager, session: Stripe.Checkout.Session): Promise<void> {
    const payments = manager.getRepository(PaymentEntity);
    const payment = await payments.findOne({
      where: { checkoutSessionId: session.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!payment) {
      this.logger.warn(`Stripe session ${session.id} belongs to no order here; ignored`);
      return;
    }
    if (payment.status === 'succeeded') return;
    const order = await manager.getRepository(OrderEntity).findOneByOrFail({ id: payment.orderId });
    const subOrderIds = (await subOrderIdsOf(manager, [order.id])).get(order.id) ?? [];
    if (session.status === 'complete' && session.payment_status === 'paid') {
      const mismatch = this.amountMismatch(session, payment, order);
      if (mismatch) {
        this.logger.error(
          `Order ${order.number} NOT marked paid: ${mismatch} (session ${session.id})`,
        );
        return;
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
      if (paid.length < subOrderIds.length) {
        this.logger.error(
          `Order ${order.number} was paid after it had been cancelled: refund it (session ${session.id})`,
        );
      }
      if (paid.length > 0) await this.emails.queueOrderPlaced(manager, order.id);
      return;
    }
    if (session.status === 'expired') {
      await payments.update({ id: payment.id }, { status: 'expired', updatedAt: new Date() });
      await this.transitions.transitionAll(manager, subOrderIds, 'cancelled', PAYMENT_ACTOR, {
        onlyFrom: ['pending_payment'],
        note: 'The payment session expired',
      });
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
      const session = await this.stripe.checkout.sessions.retrieve(id);
      return (manager) => this.applySession(manager, session);
    }
    if (PAYMENT_INTENT_EVENTS.has(event.type)) {
      const intent = event.data.object as Stripe.PaymentIntent;
      const sessionId = await this.sessionOfPaymentIntent(intent);
      if (!sessionId) return null;
      const session = await this.stripe.checkout.sessions.retrieve(sessionId);
      return (manager) => this.applySession(manager, session);
    }
    if (REFUND_EVENTS.has(event.type)) {
      const { id } = event.data.object as Stripe.Refund;
      const refund = await this.stripe.refunds.retrieve(id);
      return (manager) => this.refunds.apply(manager, refund);
    }
    if (event.type === 'charge.refunded') {
      const charge = event.data.object as Stripe.Charge;
      const refunds = await this.refunds.pendingOfPaymentIntent(idOf(charge.payment_intent));
      const current = await Promise.all(
        refunds.map((refund) => this.stripe.refunds.retrieve(refund)),
      );
      return async (manager) => {
        for (const refund of current) await this.refunds.apply(manager, refund);
      };
    }
    return null;
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
