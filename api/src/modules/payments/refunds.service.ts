import {
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Stripe from 'stripe';
import { DataSource, In, IsNull } from 'typeorm';
import { money, toDecimalString, type OrderStatus } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { OrderEntity } from '../orders/entities/order.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import type { RefundDto, RefundOrderDto, RefundOrderResponseDto } from './dto/refund.dto';
import { PaymentEntity } from './entities/payment.entity';
import { RefundEntity } from './entities/refund.entity';
import { describeStripeError, PaymentProviderUnavailableException } from './payment-errors';
import { STRIPE } from './stripe.client';

/** Statuses in which a card sub-order's money can be given back. */
const REFUNDABLE: readonly OrderStatus[] = ['paid', 'accepted', 'shipped', 'delivered'];

export function refundIdempotencyKey(refundId: string): string {
  return `hirfa-refund-${refundId}`;
}

function toRefund(refund: RefundEntity): RefundDto {
  return {
    id: refund.id,
    orderId: refund.orderId,
    subOrderId: refund.subOrderId,
    amount: money(refund.amount),
    status: refund.status,
    reason: refund.reason,
    createdAt: refund.createdAt.toISOString(),
  };
}

/**
 * Staff refunds of card orders, whole or one seller's part. Each refund is recorded pending
 * (so two requests can never refund more than was paid), sent to Stripe with an idempotency
 * key, and confirmed later by Stripe's refund webhook.
 */
@Injectable()
export class RefundsService {
  private readonly logger = new Logger(RefundsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  async refund(
    staff: AuthenticatedUser,
    orderId: string,
    dto: RefundOrderDto,
  ): Promise<RefundOrderResponseDto> {
    const order = await this.dataSource.getRepository(OrderEntity).findOneBy({ id: orderId });
    if (!order) throw new NotFoundException('No order has this id');
    if (order.paymentMethod !== 'card') {
      throw new UnprocessableEntityException(
        'Cash on delivery orders are not refunded by card; settle them with the buyer directly',
      );
    }
    const payment = await this.dataSource
      .getRepository(PaymentEntity)
      .findOneBy({ orderId, status: 'succeeded' });
    if (!order.paidAt || !payment?.paymentIntentId) {
      throw new UnprocessableEntityException(
        'This order has not been paid; there is nothing to refund',
      );
    }
    const paymentIntentId = payment.paymentIntentId;
    const created = await this.dataSource.transaction(async (manager) => {
      const subOrders = await manager.getRepository(SubOrderEntity).find({
        where: dto.subOrderId ? { id: dto.subOrderId, orderId } : { orderId },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (subOrders.length === 0)
        throw new NotFoundException('This order has no part with this id');
      if (dto.amount !== undefined && subOrders.length > 1) {
        throw new UnprocessableEntityException(
          'This order has several sellers: name the subOrderId the amount is for',
        );
      }
      const pending = await manager
        .getRepository(RefundEntity)
        .createQueryBuilder('refund')
        .select('refund.subOrderId', 'sub_order_id')
        .addSelect('sum(refund.amount)::integer', 'amount')
        .where('refund.subOrderId IN (:...ids)', { ids: subOrders.map((subOrder) => subOrder.id) })
        .andWhere("refund.status = 'pending'")
        .groupBy('refund.subOrderId')
        .getRawMany<{ sub_order_id: string; amount: number }>();
      const pendingBySubOrder = new Map(pending.map((row) => [row.sub_order_id, row.amount]));
      const rows: Partial<RefundEntity>[] = [];
      for (const subOrder of subOrders) {
        const left =
          subOrder.totalAmount -
          subOrder.refundedAmount -
          (pendingBySubOrder.get(subOrder.id) ?? 0);
        const refundable = REFUNDABLE.includes(subOrder.status) && left > 0;
        if (!refundable) {
          if (dto.subOrderId) {
            throw new ConflictException(
              left > 0
                ? `This part of the order is ${subOrder.status}; it cannot be refunded`
                : 'Everything paid for this part of the order is already refunded or being refunded',
            );
          }
          continue;
        }
        const amount = dto.amount ?? left;
        if (amount > left) {
          throw new UnprocessableEntityException(
            `At most ${toDecimalString(money(left))} MAD can still be refunded on this part of the order`,
          );
        }
        rows.push({
          orderId,
          subOrderId: subOrder.id,
          amount,
          status: 'pending',
          reason: dto.reason,
          requestedBy: staff.id,
          stripeRefundId: null,
        });
      }
      if (rows.length === 0) {
        throw new ConflictException('Nothing is left to refund on this order');
      }
      return manager.getRepository(RefundEntity).save(rows);
    });

    const failures: string[] = [];
    for (const refund of created) {
      try {
        const stripeRefund = await this.stripe.refunds.create(
          {
            payment_intent: paymentIntentId,
            amount: refund.amount,
            reason: 'requested_by_customer',
            metadata: { refundId: refund.id, orderId, subOrderId: refund.subOrderId },
          },
          { idempotencyKey: refundIdempotencyKey(refund.id) },
        );
        await this.dataSource
          .getRepository(RefundEntity)
          .update({ id: refund.id, stripeRefundId: IsNull() }, { stripeRefundId: stripeRefund.id });
      } catch (error) {
        const reason = describeStripeError(error);
        this.logger.error(`Refund ${refund.id} of order ${order.number} failed: ${reason}`);
        await this.dataSource
          .getRepository(RefundEntity)
          .update(
            { id: refund.id, status: 'pending' },
            { status: 'failed', updatedAt: new Date() },
          );
        failures.push(reason);
      }
    }
    if (failures.length === created.length) {
      throw new PaymentProviderUnavailableException(
        `Stripe did not accept the refund, so nothing was refunded: ${failures[0]}`,
      );
    }
    const current = await this.dataSource
      .getRepository(RefundEntity)
      .find({ where: { id: In(created.map((refund) => refund.id)) }, order: { createdAt: 'ASC' } });
    return { refunds: current.map(toRefund) };
  }
}
