import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, IsNull, Not } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { OrderEntity } from '../orders/entities/order.entity';
import {
  OrderTransitionsService,
  SYSTEM_ACTOR,
  subOrderIdsOf,
} from '../orders/order-transitions.service';
import { PaymentEntity } from '../payments/entities/payment.entity';
import { describeStripeError } from '../payments/payment-errors';
import { PaymentFulfilmentService } from '../payments/payment-fulfilment.service';
import { STRIPE } from '../payments/stripe.client';
import { PeriodicTask } from '../../common/jobs/periodic-task';

/** Orders handled per sweep; the next sweep takes the rest. */
const SWEEP_BATCH = 100;

export interface ExpirySweepResult {
  cancelled: string[];
  paid: string[];
  skipped: string[];
}

/**
 * Card orders not paid by their deadline are cancelled and their stock returned. The Stripe
 * session is expired first, so the buyer cannot pay for an order that no longer exists; a
 * session that turns out to be paid is fulfilled instead.
 */
@Injectable()
export class OrderExpiryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OrderExpiryService.name);
  private readonly sweep = new PeriodicTask('Order expiry sweep', this.logger, () =>
    this.expireOverdue(new Date()),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly transitions: OrderTransitionsService,
    private readonly fulfilment: PaymentFulfilmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sweep.start(this.config.orderExpirySweepSeconds);
  }

  async onModuleDestroy(): Promise<void> {
    await this.sweep.stop();
  }

  async expireOverdue(now: Date): Promise<ExpirySweepResult> {
    const overdue = await this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      .where("o.paymentMethod = 'card' AND o.paidAt IS NULL AND o.paymentDueAt <= :now", { now })
      .andWhere(
        "EXISTS (SELECT 1 FROM sub_orders s WHERE s.order_id = o.id AND s.status = 'pending_payment')",
      )
      .orderBy('o.paymentDueAt', 'ASC')
      .limit(SWEEP_BATCH)
      .getMany();
    const result: ExpirySweepResult = { cancelled: [], paid: [], skipped: [] };
    for (const order of overdue) {
      const outcome = await this.expire(order);
      result[outcome].push(order.id);
    }
    return result;
  }

  private async expire(order: OrderEntity): Promise<keyof ExpirySweepResult> {
    const payment = await this.dataSource
      .getRepository(PaymentEntity)
      .findOneBy({ orderId: order.id });
    if (payment?.status === 'open') {
      let session: Stripe.Checkout.Session;
      try {
        session = await this.closeSession(payment.checkoutSessionId);
      } catch (error) {
        // Without Stripe's word the order might still be paid: try again at the next sweep.
        this.logger.warn(
          `Order ${order.number} left for the next sweep: ${describeStripeError(error)}`,
        );
        return 'skipped';
      }
      if (session.status === 'complete') {
        await this.dataSource.transaction((manager) =>
          this.fulfilment.applySession(manager, session),
        );
        const settled = await this.dataSource
          .getRepository(OrderEntity)
          .findOneBy({ id: order.id, paidAt: Not(IsNull()) });
        // Paid at Stripe but refused here (an amount that differs): left for staff to settle.
        return settled ? 'paid' : 'skipped';
      }
    }
    await this.dataSource.transaction(async (manager) => {
      if (payment) {
        const locked = await manager.getRepository(PaymentEntity).findOne({
          where: { id: payment.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (locked?.status === 'succeeded') return;
        await manager
          .getRepository(PaymentEntity)
          .update({ id: payment.id }, { status: 'expired', updatedAt: new Date() });
      }
      const subOrderIds = (await subOrderIdsOf(manager, [order.id])).get(order.id) ?? [];
      await this.transitions.transitionAll(manager, subOrderIds, 'cancelled', SYSTEM_ACTOR, {
        onlyFrom: ['pending_payment'],
        note: 'Not paid in time',
      });
    });
    return 'cancelled';
  }

  /** Expires the session, or reads it when it had already ended (paid or expired). */
  private async closeSession(sessionId: string): Promise<Stripe.Checkout.Session> {
    try {
      return await this.stripe.checkout.sessions.expire(sessionId, undefined, {
        idempotencyKey: `hirfa-expire-session-${sessionId}`,
      });
    } catch (error) {
      const session = await this.stripe.checkout.sessions.retrieve(sessionId);
      if (session.status === 'open') throw error;
      return session;
    }
  }
}
