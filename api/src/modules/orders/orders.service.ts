import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { pageOffset } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { hashCartToken, type Shopper } from '../cart/shopper';
import { PaymentEntity } from '../payments/entities/payment.entity';
import type { ListOrdersQueryDto } from './dto/order-request.dto';
import type { OrderDto, OrderPageDto } from './dto/order-response.dto';
import { OrderEntity } from './entities/order.entity';
import { SubOrderEntity } from './entities/sub-order.entity';
import { toOrderSummary } from './order.mapper';
import { OrderViewsService } from './order-views.service';

export const ORDER_NOT_FOUND = 'You have no order with this id';

/** A buyer's own orders: by account, or for a guest, by the cart cookie the order came from. */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: OrderViewsService,
  ) {}

  /** Four queries whatever the page size. */
  async list(user: AuthenticatedUser, query: ListOrdersQueryDto): Promise<OrderPageDto> {
    const repository = this.dataSource.getRepository(OrderEntity);
    const total = await repository.countBy({ userId: user.id });
    const offset = pageOffset(query.page, query.limit);
    const orders =
      total > offset
        ? await repository.find({
            where: { userId: user.id },
            order: { createdAt: 'DESC', id: 'DESC' },
            skip: offset,
            take: query.limit,
          })
        : [];
    if (orders.length === 0) return toPage([], total, query);
    const orderIds = orders.map((order) => order.id);
    const [parts, payments] = await Promise.all([
      this.dataSource
        .getRepository(SubOrderEntity)
        .createQueryBuilder('subOrder')
        .select('subOrder.orderId', 'order_id')
        .addSelect('subOrder.status', 'status')
        .addSelect(
          '(SELECT coalesce(sum(l.quantity), 0)::integer FROM order_lines l WHERE l.sub_order_id = subOrder.id)',
          'item_count',
        )
        .where('subOrder.orderId IN (:...orderIds)', { orderIds })
        .orderBy('subOrder.createdAt', 'ASC')
        .addOrderBy('subOrder.id', 'ASC')
        .getRawMany<{ order_id: string; status: SubOrderEntity['status']; item_count: number }>(),
      this.dataSource.getRepository(PaymentEntity).findBy({ orderId: In(orderIds) }),
    ]);
    const paymentByOrder = new Map(payments.map((payment) => [payment.orderId, payment]));
    const items = orders.map((order) => {
      const own = parts.filter((part) => part.order_id === order.id);
      return toOrderSummary(
        order,
        own,
        own.reduce((count, part) => count + part.item_count, 0),
        paymentByOrder.get(order.id) ?? null,
      );
    });
    return toPage(items, total, query);
  }

  /** Another buyer's order answers 404, as if it did not exist. */
  async get(shopper: Shopper, orderId: string): Promise<OrderDto> {
    if (!(await this.canRead(shopper, orderId))) throw new NotFoundException(ORDER_NOT_FOUND);
    return this.views.order(orderId);
  }

  async canRead(shopper: Shopper, orderId: string): Promise<boolean> {
    if (!shopper.user && !shopper.cartToken) return false;
    const query = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      .where('o.id = :orderId', { orderId })
      .andWhere(
        new Brackets((where) => {
          where.where('false');
          if (shopper.user) where.orWhere('o.userId = :userId', { userId: shopper.user.id });
          if (shopper.cartToken) {
            where.orWhere(
              'EXISTS (SELECT 1 FROM carts c WHERE c.id = o.cart_id AND c.token_hash = :tokenHash)',
              { tokenHash: hashCartToken(shopper.cartToken) },
            );
          }
        }),
      );
    return (await query.getCount()) > 0;
  }
}
