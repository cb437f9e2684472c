import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { pageOffset, type OrderStatus } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { PaymentEntity } from '../payments/entities/payment.entity';
import type { SellerEntity } from '../sellers/entities/seller.entity';
import type { ListAdminOrdersQueryDto } from './dto/order-request.dto';
import type { AdminOrderPageDto, OrderDto } from './dto/order-response.dto';
import { OrderEntity } from './entities/order.entity';
import { SubOrderEntity } from './entities/sub-order.entity';
import { paymentStatusOf, toAdminSubOrder } from './order.mapper';
import { OrderTransitionsService } from './order-transitions.service';
import { OrderViewsService } from './order-views.service';
import { money } from '@hirfa/shared';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The chamber's view of every order, and the moves only staff make. */
@Injectable()
export class AdminOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: OrderTransitionsService,
    private readonly views: OrderViewsService,
  ) {}

  /** Four queries whatever the page size: the count, the page, its sub-orders and payments. */
  async list(query: ListAdminOrdersQueryDto): Promise<AdminOrderPageDto> {
    const filtered = this.dataSource.getRepository(OrderEntity).createQueryBuilder('o');
    if (query.paymentMethod) {
      filtered.andWhere('o.paymentMethod = :method', { method: query.paymentMethod });
    }
    if (query.status || query.sellerId) {
      const part = ['s.order_id = o.id'];
      if (query.status) part.push('s.status = :status');
      if (query.sellerId) part.push('s.seller_id = :sellerId');
      filtered.andWhere(`EXISTS (SELECT 1 FROM sub_orders s WHERE ${part.join(' AND ')})`, {
        status: query.status,
        sellerId: query.sellerId,
      });
    }
    if (query.q) {
      const q = query.q;
      filtered.andWhere(
        new Brackets((where) =>
          where
            .where('o.number = :number', { number: q.toUpperCase() })
            .orWhere('o.email ILIKE :email', { email: likePattern(q.toLowerCase()) }),
        ),
      );
    }
    const total = await filtered.clone().getCount();
    const offset = pageOffset(query.page, query.limit);
    const orders =
      total > offset
        ? await filtered
            .orderBy('o.createdAt', 'DESC')
            .addOrderBy('o.id', 'DESC')
            .offset(offset)
            .limit(query.limit)
            .getMany()
        : [];
    if (orders.length === 0) return toPage([], total, query);
    const orderIds = orders.map((order) => order.id);
    const [subOrders, payments] = await Promise.all([
      this.dataSource.getRepository(SubOrderEntity).find({
        where: { orderId: In(orderIds) },
        relations: { seller: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.dataSource.getRepository(PaymentEntity).findBy({ orderId: In(orderIds) }),
    ]);
    const paymentByOrder = new Map(payments.map((payment) => [payment.orderId, payment]));
    const items = orders.map((order) => {
      const own = subOrders.filter((subOrder) => subOrder.orderId === order.id);
      return {
        id: order.id,
        number: order.number,
        createdAt: order.createdAt.toISOString(),
        email: order.email,
        paymentMethod: order.paymentMethod,
        paymentStatus: paymentStatusOf(
          order,
          paymentByOrder.get(order.id),
          own.map((subOrder) => subOrder.status),
        ),
        total: money(order.totalAmount),
        subOrders: own.map((subOrder) =>
          toAdminSubOrder(subOrder, subOrder.seller as SellerEntity),
        ),
      };
    });
    return toPage(items, total, query);
  }

  async get(orderId: string): Promise<OrderDto> {
    await this.requireSubOrder(orderId);
    return this.views.order(orderId);
  }

  /** A staff move on one sub-order of an order: confirming a cash order, or its remittance. */
  async move(
    user: AuthenticatedUser,
    orderId: string,
    subOrderId: string,
    to: OrderStatus,
  ): Promise<OrderDto> {
    await this.requireSubOrder(orderId, subOrderId);
    await this.dataSource.transaction((manager) =>
      this.transitions.transition(manager, subOrderId, to, { kind: 'staff', userId: user.id }),
    );
    return this.views.order(orderId);
  }

  private async requireSubOrder(orderId: string, subOrderId?: string): Promise<void> {
    const exists = subOrderId
      ? await this.dataSource.getRepository(SubOrderEntity).existsBy({ id: subOrderId, orderId })
      : await this.dataSource.getRepository(OrderEntity).existsBy({ id: orderId });
    if (!exists) {
      throw new NotFoundException(
        subOrderId ? 'This order has no part with this id' : 'No order has this id',
      );
    }
  }
}
