import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PaymentEntity } from '../payments/entities/payment.entity';
import { SellerEntity } from '../sellers/entities/seller.entity';
import type { OrderDto, SellerOrderDto } from './dto/order-response.dto';
import { OrderEntity } from './entities/order.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { OrderStatusChangeEntity } from './entities/order-status-change.entity';
import { SubOrderEntity } from './entities/sub-order.entity';
import { toOrder, toSellerOrder, toSubOrder, type LineWithMaker } from './order.mapper';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Reads orders with everything they show in a fixed number of queries, whatever their size. */
@Injectable()
export class OrderViewsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The lines of these sub-orders, with the name of the member who made each piece. */
  async linesOf(
    subOrderIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, LineWithMaker[]>> {
    if (subOrderIds.length === 0) return new Map();
    const { entities, raw } = await manager
      .getRepository(OrderLineEntity)
      .createQueryBuilder('line')
      .leftJoin('cooperative_members', 'member', 'member.id = line.made_by_member_id')
      .addSelect('member.name', 'made_by_name')
      .where('line.subOrderId IN (:...subOrderIds)', { subOrderIds })
      .orderBy('line.title', 'ASC')
      .addOrderBy('line.id', 'ASC')
      .getRawAndEntities<{ line_id: string; made_by_name: string | null }>();
    const names = new Map(raw.map((row) => [row.line_id, row.made_by_name]));
    const lines = entities.map((line) => ({ ...line, madeByName: names.get(line.id) ?? null }));
    return groupBy(lines, (line) => line.subOrderId);
  }

  async order(orderId: string): Promise<OrderDto> {
    const manager = this.dataSource.manager;
    const order = await manager.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const subOrders = await manager.getRepository(SubOrderEntity).find({
      where: { orderId },
      relations: { seller: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const subOrderIds = subOrders.map((subOrder) => subOrder.id);
    const [lines, history, payment] = await Promise.all([
      this.linesOf(subOrderIds, manager),
      subOrderIds.length
        ? manager.getRepository(OrderStatusChangeEntity).find({
            where: { subOrderId: In(subOrderIds) },
            order: { id: 'ASC' },
          })
        : Promise.resolve([]),
      manager.getRepository(PaymentEntity).findOneBy({ orderId }),
    ]);
    const historyBySubOrder = groupBy(history, (change) => change.subOrderId);
    return toOrder(
      order,
      subOrders.map((subOrder) =>
        toSubOrder(
          subOrder,
          subOrder.seller as SellerEntity,
          lines.get(subOrder.id) ?? [],
          historyBySubOrder.get(subOrder.id) ?? [],
        ),
      ),
      payment,
    );
  }

  /** Seller views of sub-orders already loaded with their order. */
  async sellerOrders(subOrders: SubOrderEntity[]): Promise<SellerOrderDto[]> {
    const lines = await this.linesOf(subOrders.map((subOrder) => subOrder.id));
    return subOrders.map((subOrder) =>
      toSellerOrder(subOrder, subOrder.order as OrderEntity, lines.get(subOrder.id) ?? []),
    );
  }
}
