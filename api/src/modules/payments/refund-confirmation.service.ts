import { Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { EntityManager } from 'typeorm';
import { LedgerService } from '../ledger/ledger.service';
import { OrderEntity } from '../orders/entities/order.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { OrderTransitionsService, PAYMENT_ACTOR } from '../orders/order-transitions.service';
import { LATE_PAYMENT_REASON, RefundEntity } from './entities/refund.entity';
import { STRIPE_CURRENCY } from './stripe.client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A refund becomes real only when Stripe says it succeeded: then the ledger takes it back
 * from the seller, and a sub-order refunded in full becomes `refunded`. Called under the
 * refund's row lock, from Stripe's webhooks, the success of a request, or the reconciler:
 * whichever comes first records it, once.
 */
@Injectable()
export class RefundConfirmationService {
  private readonly logger = new Logger(RefundConfirmationService.name);

  constructor(
    private readonly ledger: LedgerService,
    private readonly transitions: OrderTransitionsService,
  ) {}

  /** Acts on a refund as Stripe reports it now. */
  async apply(manager: EntityManager, stripeRefund: Stripe.Refund): Promise<void> {
    const refunds = manager.getRepository(RefundEntity);
    const ownId = stripeRefund.metadata?.refundId;
    const refund = await refunds.findOne({
      where: ownId && UUID.test(ownId) ? { id: ownId } : { stripeRefundId: stripeRefund.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!refund) {
      this.logger.warn(`Stripe refund ${stripeRefund.id} belongs to no refund here; ignored`);
      return;
    }
    if (refund.status !== 'pending') return;
    if (stripeRefund.status === 'failed' || stripeRefund.status === 'canceled') {
      await refunds.update(
        { id: refund.id },
        { status: 'failed', stripeRefundId: stripeRefund.id, updatedAt: new Date() },
      );
      return;
    }
    if (stripeRefund.status !== 'succeeded') return;
    if (
      stripeRefund.amount !== refund.amount ||
      stripeRefund.currency.toLowerCase() !== STRIPE_CURRENCY
    ) {
      this.logger.error(
        `Refund ${refund.id} NOT confirmed: Stripe refunded ${stripeRefund.amount} ${stripeRefund.currency} for ${refund.amount}`,
      );
      return;
    }
    await refunds.update(
      { id: refund.id },
      { status: 'succeeded', stripeRefundId: stripeRefund.id, updatedAt: new Date() },
    );
    const subOrders = manager.getRepository(SubOrderEntity);
    const subOrder = await subOrders.findOneOrFail({
      where: { id: refund.subOrderId },
      lock: { mode: 'pessimistic_write' },
    });
    const order = await manager
      .getRepository(OrderEntity)
      .findOneOrFail({ where: { id: subOrder.orderId }, select: { id: true, number: true } });
    if (refund.reason !== LATE_PAYMENT_REASON) {
      await this.ledger.recordRefund(manager, subOrder, refund, order.number);
    }
    const refundedAmount = subOrder.refundedAmount + refund.amount;
    await subOrders.update({ id: subOrder.id }, { refundedAmount, updatedAt: new Date() });
    if (refundedAmount === subOrder.totalAmount) {
      await this.transitions.transition(manager, subOrder.id, 'refunded', PAYMENT_ACTOR, {
        onlyFrom: ['paid', 'accepted', 'shipped', 'delivered'],
        note: refund.reason ?? undefined,
      });
    }
  }
}
