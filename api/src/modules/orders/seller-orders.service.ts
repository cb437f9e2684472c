import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pageOffset, type OrderStatus } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { SellerScopeService } from '../seller-products/seller-scope.service';
import type { ListSellerOrdersQueryDto } from './dto/order-request.dto';
import type { SellerOrderDto, SellerOrderPageDto } from './dto/order-response.dto';
import { SubOrderEntity } from './entities/sub-order.entity';
import { OrderTransitionsService, type TransitionOptions } from './order-transitions.service';
import { OrderViewsService } from './order-views.service';

const SUB_ORDER_NOT_FOUND = 'Your shop has no order with this id';

/**
 * A seller's part of orders, always scoped to the caller's own shop. Card orders appear once
 * paid: before that they are only a reservation.
 */
@Injectable()
export class SellerOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: SellerScopeService,
    private readonly transitions: OrderTransitionsService,
    private readonly views: OrderViewsService,
  ) {}

  /** Four queries whatever the page size: the shop, the count, the page and its lines. */
  async list(
    user: AuthenticatedUser,
    query: ListSellerOrdersQueryDto,
  ): Promise<SellerOrderPageDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const filtered = this.dataSource
      .getRepository(SubOrderEntity)
      .createQueryBuilder('subOrder')
      .innerJoinAndSelect('subOrder.order', 'order')
      .where('subOrder.sellerId = :sellerId', { sellerId: shop.id })
      .andWhere("(order.paymentMethod = 'cod' OR order.paidAt IS NOT NULL)");
    if (query.status) filtered.andWhere('subOrder.status = :status', { status: query.status });
    const total = await filtered.clone().getCount();
    const offset = pageOffset(query.page, query.limit);
    const subOrders =
      total > offset
        ? await filtered
            .orderBy('subOrder.createdAt', 'DESC')
            .addOrderBy('subOrder.id', 'DESC')
            .offset(offset)
            .limit(query.limit)
            .getMany()
        : [];
    return toPage(await this.views.sellerOrders(subOrders), total, query);
  }

  async get(user: AuthenticatedUser, subOrderId: string): Promise<SellerOrderDto> {
    const shop = await this.scope.requireApprovedShop(user);
    return this.view(shop.id, subOrderId);
  }

  /** One of the seller's moves (accept, confirm, ship, deliver, refuse, return). */
  async move(
    user: AuthenticatedUser,
    subOrderId: string,
    to: OrderStatus,
    options: Pick<TransitionOptions, 'trackingNumber'> = {},
  ): Promise<SellerOrderDto> {
    const shop = await this.scope.requireApprovedShop(user);
    await this.dataSource.transaction(async (manager) => {
      const owned = await manager
        .getRepository(SubOrderEntity)
        .createQueryBuilder('subOrder')
        .innerJoin('subOrder.order', 'order')
        .where('subOrder.id = :subOrderId AND subOrder.sellerId = :sellerId', {
          subOrderId,
          sellerId: shop.id,
        })
        .andWhere("(order.paymentMethod = 'cod' OR order.paidAt IS NOT NULL)")
        .getExists();
      if (!owned) throw new NotFoundException(SUB_ORDER_NOT_FOUND);
      await this.transitions.transition(
        manager,
        subOrderId,
        to,
        { kind: 'seller', userId: user.id },
        options,
      );
    });
    return this.view(shop.id, subOrderId);
  }

  private async view(sellerId: string, subOrderId: string): Promise<SellerOrderDto> {
    const subOrder = await this.dataSource
      .getRepository(SubOrderEntity)
      .createQueryBuilder('subOrder')
      .innerJoinAndSelect('subOrder.order', 'order')
      .where('subOrder.id = :subOrderId AND subOrder.sellerId = :sellerId', {
        subOrderId,
        sellerId,
      })
      .andWhere("(order.paymentMethod = 'cod' OR order.paidAt IS NOT NULL)")
      .getOne();
    if (!subOrder) throw new NotFoundException(SUB_ORDER_NOT_FOUND);
    const [view] = await this.views.sellerOrders([subOrder]);
    return view;
  }
}
