import {
  ConflictException,
  HttpStatus,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { money, toDecimalString, type OrderStatus } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ApiException } from '../../common/filters/api-exception.filter';
import { OrderEntity } from '../orders/entities/order.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import type { RefundDto, RefundOrderDto, RefundOrderResponseDto } from './dto/refund.dto';
import { PaymentEntity } from './entities/payment.entity';
import { RefundEntity } from './entities/refund.entity';
import { RefundReconcilerService, type RefundOutcome } from './refund-reconciler.service';

/** Statuses in which a card sub-order's money can be given back. */
const REFUNDABLE: readonly OrderStatus[] = ['paid', 'accepted', 'shipped', 'delivered'];

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
 * key derived from its id, and settled by Stripe's answer, its refund webhooks or the
 * reconciler. Only Stripe's explicit refusal marks a refund failed: one whose outcome is
 * unknown (timeout, 5xx) stays pending until Stripe is read back.
 */
@Injectable()
export class RefundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reconciler: RefundReconcilerService,
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
    const retried = await this.retryUnknown(orderId);
    if (retried) return retried;
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

    const outcomes = new Map<string, RefundOutcome>();
    for (const refund of created) {
      outcomes.set(refund.id, await this.reconciler.settle(refund.id, { firstAttempt: true }));
    }
    if ([...outcomes.values()].every((outcome) => outcome === 'failed')) {
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'refund.refused_by_stripe',
        'Stripe refused the refund, so nothing was refunded; the refund is recorded as failed',
        { refunds: created.map((refund) => refund.id) },
      );
    }
    return this.current(created.map((refund) => refund.id));
  }

  async list(orderId: string): Promise<RefundOrderResponseDto> {
    const exists = await this.dataSource.getRepository(OrderEntity).existsBy({ id: orderId });
    if (!exists) throw new NotFoundException('No order has this id');
    const refunds = await this.dataSource
      .getRepository(RefundEntity)
      .find({ where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { refunds: refunds.map(toRefund) };
  }

  /**
   * A request made while earlier refunds of the order were sent and left without an answer
   * (a timeout, a 5xx) is their retry: they are settled from Stripe, or sent again with their
   * own idempotency keys, and returned; nothing new is refunded. Staff ask again once they
   * see the outcome. Refunds just recorded by a request still running are not taken.
   */
  private async retryUnknown(orderId: string): Promise<RefundOrderResponseDto | null> {
    const unknown = await this.dataSource
      .getRepository(RefundEntity)
      .createQueryBuilder('refund')
      .select('refund.id', 'id')
      .where("refund.orderId = :orderId AND refund.status = 'pending'", { orderId })
      .andWhere('refund.stripeRefundId IS NULL AND refund.updatedAt > refund.createdAt')
      .orderBy('refund.createdAt', 'ASC')
      .getRawMany<{ id: string }>();
    if (unknown.length === 0) return null;
    for (const refund of unknown) await this.reconciler.settle(refund.id);
    return this.current(unknown.map((refund) => refund.id));
  }

  private async current(ids: string[]): Promise<RefundOrderResponseDto> {
    const refunds = await this.dataSource
      .getRepository(RefundEntity)
      .find({ where: { id: In(ids) }, order: { createdAt: 'ASC' } });
    return { refunds: refunds.map(toRefund) };
  }
}
