import { HttpStatus, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import {
  ORDER_CANCEL_ERROR_CODES,
  orderCancellation,
  partCancellation,
  type OrderStatus,
  type PaymentMethod,
} from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ApiException } from '../../common/filters/api-exception.filter';
import { type Shopper } from '../cart/shopper';
import type { OrderDto, SellerOrderDto } from '../orders/dto/order-response.dto';
import { OrderEntity } from '../orders/entities/order.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { OrderTransitionsService, type OrderActor } from '../orders/order-transitions.service';
import { OrderViewsService } from '../orders/order-views.service';
import { ORDER_NOT_FOUND, OrdersService } from '../orders/orders.service';
import { PaymentEntity } from '../payments/entities/payment.entity';
import {
  describeStripeError,
  PaymentProviderUnavailableException,
} from '../payments/payment-errors';
import { PaymentFulfilmentService } from '../payments/payment-fulfilment.service';
import { STRIPE } from '../payments/stripe.client';
import { SellerScopeService } from '../seller-products/seller-scope.service';
import { CancellationEmailsService } from './cancellation-emails.service';
import { lockProductsOf } from './lock-products';

const SUB_ORDER_NOT_FOUND = 'Your shop has no order with this id';

interface Part {
  id: string;
  status: OrderStatus;
}

/** Which parts to cancel: one (a seller's, or the one staff named), or the whole order. */
type Scope = { kind: 'part'; subOrderId: string } | { kind: 'order' };

/**
 * Cancels what has not shipped, for the seller of a part, the chamber, or the buyer. Every
 * cancellation locks the parts first (then their products, in id order), checks them against
 * the shared rules, moves them through the status table with who did it and why, gives the
 * stock back through that move, and queues the emails, all in one transaction: a second
 * cancel, a shipment or the expiry sweep waiting on the same rows then finds the part moved.
 */
@Injectable()
export class OrderCancellationService {
  private readonly logger = new Logger(OrderCancellationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly transitions: OrderTransitionsService,
    private readonly fulfilment: PaymentFulfilmentService,
    private readonly emails: CancellationEmailsService,
    private readonly views: OrderViewsService,
    private readonly orders: OrdersService,
    private readonly scope: SellerScopeService,
  ) {}

  /** The seller's own part; a card part appears to its seller only once paid. */
  async cancelBySeller(
    user: AuthenticatedUser,
    subOrderId: string,
    reason: string,
  ): Promise<SellerOrderDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const owned = await this.sellerPart(shop.id, subOrderId);
    if (!owned) throw new NotFoundException(SUB_ORDER_NOT_FOUND);
    await this.cancel(
      owned.orderId,
      { kind: 'part', subOrderId },
      { kind: 'seller', userId: user.id },
      reason,
    );
    const subOrder = await this.sellerPart(shop.id, subOrderId);
    if (!subOrder) throw new NotFoundException(SUB_ORDER_NOT_FOUND);
    const [view] = await this.views.sellerOrders([subOrder]);
    return view;
  }

  /** Staff cancel one part (`subOrderId`) or every part that can still go. */
  async cancelByStaff(
    user: AuthenticatedUser,
    orderId: string,
    reason: string,
    subOrderId?: string,
  ): Promise<OrderDto> {
    const exists = subOrderId
      ? await this.dataSource.getRepository(SubOrderEntity).existsBy({ id: subOrderId, orderId })
      : await this.dataSource.getRepository(OrderEntity).existsBy({ id: orderId });
    if (!exists) {
      throw new NotFoundException(
        subOrderId ? 'This order has no part with this id' : 'No order has this id',
      );
    }
    await this.cancel(
      orderId,
      subOrderId ? { kind: 'part', subOrderId } : { kind: 'order' },
      { kind: 'staff', userId: user.id },
      reason,
    );
    return this.views.order(orderId);
  }

  /**
   * The buyer (by account, or a guest by the cart cookie the order came from) cancels every
   * part that has not shipped, or nothing when one part already has.
   */
  async cancelByShopper(shopper: Shopper, orderId: string, reason: string): Promise<OrderDto> {
    if (!(await this.orders.canRead(shopper, orderId))) {
      throw new NotFoundException(ORDER_NOT_FOUND);
    }
    await this.cancel(
      orderId,
      { kind: 'order' },
      { kind: 'shopper', userId: shopper.user?.id ?? null },
      reason,
    );
    return this.views.order(orderId);
  }

  /** Returns the ids of the parts cancelled; throws a 409 and changes nothing otherwise. */
  async cancel(
    orderId: string,
    scope: Scope,
    actor: OrderActor,
    reason: string,
  ): Promise<string[]> {
    const order = await this.dataSource.getRepository(OrderEntity).findOneOrFail({
      where: { id: orderId },
      select: { id: true, number: true, paymentMethod: true, paidAt: true },
    });
    // One payment covers every part of a card order: an unpaid one is cancelled whole.
    const unpaidCard = order.paymentMethod === 'card' && !order.paidAt;
    const effective: Scope = unpaidCard ? { kind: 'order' } : scope;

    // A first look without locks, so that a refusal never reaches Stripe.
    const before = await this.partsOf(this.dataSource.manager, orderId, effective, false);
    this.choose(order.paymentMethod, before, effective);
    if (unpaidCard) await this.closePayment(orderId);

    return this.dataSource.transaction(async (manager) => {
      if (order.paymentMethod === 'card') {
        // The payment before its parts, in the order the payment webhook locks them.
        const payment = await manager.getRepository(PaymentEntity).findOne({
          where: { orderId },
          lock: { mode: 'pessimistic_write' },
        });
        if (payment?.status === 'open') {
          await manager
            .getRepository(PaymentEntity)
            .update({ id: payment.id }, { status: 'expired', updatedAt: new Date() });
        }
      }
      const parts = await this.partsOf(manager, orderId, effective, true);
      const chosen = this.choose(order.paymentMethod, parts, effective);
      await lockProductsOf(manager, chosen);
      for (const id of chosen) {
        await this.transitions.transition(manager, id, 'cancelled', actor, { note: reason });
      }
      await this.emails.queue(
        manager,
        orderId,
        chosen,
        actor.kind === 'payment' ? 'system' : actor.kind,
        reason,
      );
      return chosen;
    });
  }

  /** The parts to cancel, or the refusal that applies. */
  private choose(method: PaymentMethod, parts: Part[], scope: Scope): string[] {
    if (scope.kind === 'part') {
      const [part] = parts;
      if (!part) throw new NotFoundException('This order has no part with this id');
      const verdict = partCancellation(method, part.status);
      if (verdict === 'cancellable') return [part.id];
      throw this.refusal(
        verdict === 'refund_required' ? 'refund_required' : 'too_late',
        part.status,
      );
    }
    const verdict = orderCancellation(
      method,
      parts.map((part) => part.status),
    );
    if (verdict !== 'cancellable') throw this.refusal(verdict);
    return parts
      .filter((part) => partCancellation(method, part.status) === 'cancellable')
      .map((part) => part.id)
      .sort();
  }

  private refusal(verdict: 'too_late' | 'refund_required', status?: OrderStatus): ApiException {
    if (verdict === 'refund_required') {
      return new ApiException(
        HttpStatus.CONFLICT,
        ORDER_CANCEL_ERROR_CODES.refundRequired,
        'This order has been paid by card: the chamber refunds it instead of cancelling it',
      );
    }
    return new ApiException(
      HttpStatus.CONFLICT,
      ORDER_CANCEL_ERROR_CODES.notCancellable,
      status
        ? `This part of the order is ${status.replace('_', ' ')}; only a part that has not shipped can be cancelled`
        : 'Nothing in this order can be cancelled any more: a part has shipped, or it is already cancelled',
      status ? { status } : {},
    );
  }

  private async partsOf(
    manager: EntityManager,
    orderId: string,
    scope: Scope,
    lock: boolean,
  ): Promise<Part[]> {
    const byId = scope.kind === 'part' ? 'AND id = $2' : '';
    return manager.query(
      `SELECT id, status FROM sub_orders WHERE order_id = $1 ${byId} ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      scope.kind === 'part' ? [orderId, scope.subOrderId] : [orderId],
    );
  }

  /**
   * Closes an unpaid order's Stripe session first, so that the buyer cannot pay for what is
   * being cancelled. A session that turns out paid is recorded as paid, and the cancellation
   * then refuses (a refund is needed); without Stripe's answer nothing changes (503).
   */
  private async closePayment(orderId: string): Promise<void> {
    const payment = await this.dataSource.getRepository(PaymentEntity).findOneBy({ orderId });
    if (payment?.status !== 'open') return;
    let session: Stripe.Checkout.Session;
    try {
      session = await this.stripe.checkout.sessions.expire(payment.checkoutSessionId, undefined, {
        idempotencyKey: `hirfa-expire-session-${payment.checkoutSessionId}`,
      });
    } catch (error) {
      try {
        session = await this.stripe.checkout.sessions.retrieve(payment.checkoutSessionId);
      } catch (retrieveError) {
        this.logger.warn(
          `Could not close the payment of order ${orderId}: ${describeStripeError(retrieveError)}`,
        );
        throw new PaymentProviderUnavailableException(
          'The payment service could not be reached; nothing was cancelled, try again shortly',
        );
      }
      if (session.status === 'open') {
        this.logger.warn(
          `Could not close the payment of order ${orderId}: ${describeStripeError(error)}`,
        );
        throw new PaymentProviderUnavailableException(
          'The payment service could not be reached; nothing was cancelled, try again shortly',
        );
      }
    }
    if (session.status === 'complete') {
      await this.dataSource.transaction((manager) =>
        this.fulfilment.applySession(manager, session),
      );
    }
  }

  private sellerPart(sellerId: string, subOrderId: string): Promise<SubOrderEntity | null> {
    return this.dataSource
      .getRepository(SubOrderEntity)
      .createQueryBuilder('subOrder')
      .innerJoinAndSelect('subOrder.order', 'order')
      .where('subOrder.id = :subOrderId AND subOrder.sellerId = :sellerId', {
        subOrderId,
        sellerId,
      })
      .andWhere("(order.paymentMethod = 'cod' OR order.paidAt IS NOT NULL)")
      .getOne();
  }
}
