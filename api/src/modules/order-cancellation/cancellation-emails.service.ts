import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { money } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { UserEntity } from '../accounts/entities/user.entity';
import { OutboxService, type OutboxEmail } from '../notifications/outbox.service';
import type { CancelledBy } from '../notifications/templates';
import { OrderEntity } from '../orders/entities/order.entity';
import { OrderLineEntity } from '../orders/entities/order-line.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { SellerEntity } from '../sellers/entities/seller.entity';

/**
 * The emails of a cancellation, queued in its transaction: one to the shopper for all the
 * parts cancelled together, and one to each seller whose part it was. A card order not yet
 * paid was never announced to its sellers, so they are not told of its end either.
 */
@Injectable()
export class CancellationEmailsService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue(
    manager: EntityManager,
    orderId: string,
    subOrderIds: readonly string[],
    cancelledBy: CancelledBy,
    reason: string | null,
  ): Promise<void> {
    if (subOrderIds.length === 0) return;
    const order = await manager.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const subOrders = await manager.getRepository(SubOrderEntity).find({
      where: { id: In([...subOrderIds]), orderId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const [lines, sellers] = await Promise.all([
      manager.getRepository(OrderLineEntity).find({
        where: { subOrderId: In(subOrders.map((subOrder) => subOrder.id)) },
        order: { title: 'ASC', id: 'ASC' },
      }),
      manager
        .getRepository(SellerEntity)
        .find({ where: { id: In(subOrders.map((subOrder) => subOrder.sellerId)) } }),
    ]);
    const sellerById = new Map(sellers.map((seller) => [seller.id, seller]));
    const shipping = {
      name: order.shippingName,
      city: order.shippingCity,
      country: order.shippingCountry,
    };
    const base = this.config.publicUrl;
    const emails: OutboxEmail[] = [
      {
        recipient: order.email,
        language: order.language,
        template: 'order-cancelled',
        payload: {
          orderNumber: order.number,
          orderUrl: `${base}/orders/${order.id}`,
          paymentMethod: order.paymentMethod,
          cancelledBy,
          // The shopper is not sent back their own words.
          reason: cancelledBy === 'shopper' ? null : reason,
          total: money(subOrders.reduce((sum, subOrder) => sum + subOrder.totalAmount, 0)),
          lines: subOrders.flatMap((subOrder) =>
            lines
              .filter((line) => line.subOrderId === subOrder.id)
              .map((line) => ({
                title: line.title,
                quantity: line.quantity,
                lineTotal: money(line.lineTotal),
                sellerName: sellerById.get(subOrder.sellerId)?.name ?? '',
              })),
          ),
          shipping,
        },
      },
    ];
    if (order.paymentMethod === 'cod') {
      const ownerIds = sellers.flatMap((seller) =>
        seller.ownerUserId ? [seller.ownerUserId] : [],
      );
      const owners = ownerIds.length
        ? await manager.getRepository(UserEntity).find({
            where: { id: In(ownerIds) },
            select: { id: true, email: true, preferredLanguage: true },
          })
        : [];
      const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
      for (const subOrder of subOrders) {
        const seller = sellerById.get(subOrder.sellerId);
        const owner = seller?.ownerUserId ? ownerById.get(seller.ownerUserId) : undefined;
        if (!seller || !owner) continue;
        emails.push({
          recipient: owner.email,
          language: owner.preferredLanguage,
          template: 'seller-order-cancelled',
          payload: {
            orderNumber: order.number,
            subOrderId: subOrder.id,
            dashboardUrl: `${base}/seller/orders/${subOrder.id}`,
            sellerName: seller.name,
            cancelledBy,
            reason,
            total: money(subOrder.totalAmount),
            lines: lines
              .filter((line) => line.subOrderId === subOrder.id)
              .map((line) => ({
                title: line.title,
                quantity: line.quantity,
                lineTotal: money(line.lineTotal),
              })),
            shipping,
          },
        });
      }
    }
    await this.outbox.enqueueMany(manager, emails);
  }
}
