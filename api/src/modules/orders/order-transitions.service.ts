import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  canTransition,
  INITIAL_ORDER_STATUS,
  type OrderActorKind,
  type OrderStatus,
  type PaymentMethod,
} from '@hirfa/shared';
import { LedgerService } from '../ledger/ledger.service';
import { OrderEntity } from './entities/order.entity';
import { OrderStatusChangeEntity } from './entities/order-status-change.entity';
import { SubOrderEntity } from './entities/sub-order.entity';
import { StockService } from './stock.service';

export interface OrderActor {
  kind: OrderActorKind;
  userId: string | null;
}

export const SYSTEM_ACTOR: OrderActor = { kind: 'system', userId: null };
export const PAYMENT_ACTOR: OrderActor = { kind: 'payment', userId: null };

export interface TransitionOptions {
  /**
   * Moves only from these statuses and does nothing otherwise: for the payment and expiry
   * paths, which may lose a race and must then leave the sub-order alone.
   */
  onlyFrom?: readonly OrderStatus[];
  note?: string;
  trackingNumber?: string;
}

/** A move the status table does not allow; answered with 409. */
export class OrderStatusConflictException extends ConflictException {
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`This order is ${from.replace('_', ' ')}; it cannot become ${to.replace('_', ' ')}`);
  }
}

/**
 * The one place where a sub-order's status changes. It locks the row, checks the move
 * against the shared status table, saves it with who made it, and does what the new status
 * implies: stock back on cancellation or return, ledger credits once the money is in.
 */
@Injectable()
export class OrderTransitionsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly stock: StockService,
  ) {}

  /** Records the first status of new sub-orders. */
  async start(
    manager: EntityManager,
    subOrderIds: string[],
    method: PaymentMethod,
    actor: OrderActor,
  ): Promise<void> {
    await manager.getRepository(OrderStatusChangeEntity).insert(
      subOrderIds.map((subOrderId) => ({
        subOrderId,
        fromStatus: null,
        toStatus: INITIAL_ORDER_STATUS[method],
        actorKind: actor.kind,
        actorUserId: actor.userId,
        note: null,
      })),
    );
  }

  /**
   * Moves one sub-order to `to`. Returns the updated sub-order, or null when `onlyFrom` is
   * given and the sub-order has already moved elsewhere.
   */
  async transition(
    manager: EntityManager,
    subOrderId: string,
    to: OrderStatus,
    actor: OrderActor,
    options: TransitionOptions = {},
  ): Promise<SubOrderEntity | null> {
    const subOrders = manager.getRepository(SubOrderEntity);
    const subOrder = await subOrders.findOne({
      where: { id: subOrderId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!subOrder) throw new Error(`Sub-order ${subOrderId} does not exist`);
    const from = subOrder.status;
    if (options.onlyFrom && !options.onlyFrom.includes(from)) return null;
    const order = await manager.getRepository(OrderEntity).findOneOrFail({
      where: { id: subOrder.orderId },
      select: { id: true, number: true, paymentMethod: true },
    });
    if (!canTransition(order.paymentMethod, from, to)) {
      throw new OrderStatusConflictException(from, to);
    }
    subOrder.status = to;
    if (options.trackingNumber !== undefined) subOrder.trackingNumber = options.trackingNumber;
    await subOrders.update(
      { id: subOrder.id },
      { status: to, trackingNumber: subOrder.trackingNumber, updatedAt: new Date() },
    );
    await manager.getRepository(OrderStatusChangeEntity).insert({
      subOrderId: subOrder.id,
      fromStatus: from,
      toStatus: to,
      actorKind: actor.kind,
      actorUserId: actor.userId,
      note: options.note ?? null,
    });
    await this.onEnter(manager, subOrder, order.number);
    return subOrder;
  }

  /** Moves several sub-orders, locking them in a fixed order so that two callers never deadlock. */
  async transitionAll(
    manager: EntityManager,
    subOrderIds: string[],
    to: OrderStatus,
    actor: OrderActor,
    options: TransitionOptions = {},
  ): Promise<SubOrderEntity[]> {
    const moved: SubOrderEntity[] = [];
    for (const id of [...subOrderIds].sort()) {
      const subOrder = await this.transition(manager, id, to, actor, options);
      if (subOrder) moved.push(subOrder);
    }
    return moved;
  }

  private async onEnter(
    manager: EntityManager,
    subOrder: SubOrderEntity,
    orderNumber: string,
  ): Promise<void> {
    switch (subOrder.status) {
      case 'cancelled':
      case 'returned':
        await this.stock.restock(manager, [subOrder.id]);
        return;
      // The seller earns once the money is the platform's: paid by card, or cash remitted.
      case 'paid':
      case 'remitted':
        await this.ledger.recordSale(manager, subOrder, orderNumber);
        return;
      default:
        return;
    }
  }
}

/** The sub-orders of some orders, by order id. */
export async function subOrderIdsOf(
  manager: EntityManager,
  orderIds: string[],
): Promise<Map<string, string[]>> {
  const rows = await manager.getRepository(SubOrderEntity).find({
    where: { orderId: In(orderIds) },
    select: { id: true, orderId: true },
  });
  const byOrder = new Map<string, string[]>();
  for (const row of rows) byOrder.set(row.orderId, [...(byOrder.get(row.orderId) ?? []), row.id]);
  return byOrder;
}
