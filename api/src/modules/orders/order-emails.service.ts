import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { money } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { UserEntity } from '../accounts/entities/user.entity';
import { OutboxService, type OutboxEmail } from '../notifications/outbox.service';
import { SellerEntity } from '../sellers/entities/seller.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { SubOrderEntity } from './entities/sub-order.entity';

/**
 * The emails of a placed order: the buyer's confirmation and one notice per seller. Queued
 * in the caller's transaction (a cash order when placed, a card order when paid), so they
 * exist exactly when the order does.
 */
@Injectable()
export class OrderEmailsService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queueOrderPlaced(manager: EntityManager, orderId: string): Promise<void> {
    const order = await manager.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    const subOrders = await manager.getRepository(SubOrderEntity).find({
      where: { orderId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const subOrderIds = subOrders.map((subOrder) => subOrder.id);
    const sellerIds = subOrders.map((subOrder) => subOrder.sellerId);
    const [lines, sellers] = await Promise.all([
      manager.getRepository(OrderLineEntity).find({
        where: { subOrderId: In(subOrderIds) },
        order: { title: 'ASC', id: 'ASC' },
      }),
      manager.getRepository(SellerEntity).find({ where: { id: In(sellerIds) } }),
    ]);
    const ownerIds = sellers.flatMap((seller) => (seller.ownerUserId ? [seller.ownerUserId] : []));
    const owners = ownerIds.length
      ? await manager.getRepository(UserEntity).find({
          where: { id: In(ownerIds) },
          select: { id: true, email: true, preferredLanguage: true },
        })
      : [];
    const sellerById = new Map(sellers.map((seller) => [seller.id, seller]));
    const ownerById = new Map(owners.map((owner) => [owner.id, owner]));
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
        template: 'order-confirmation',
        payload: {
          orderNumber: order.number,
          orderUrl: `${base}/orders/${order.id}`,
          paymentMethod: order.paymentMethod,
          total: money(order.totalAmount),
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
    for (const subOrder of subOrders) {
      const seller = sellerById.get(subOrder.sellerId);
      const owner = seller?.ownerUserId ? ownerById.get(seller.ownerUserId) : undefined;
      if (!seller || !owner) continue;
      emails.push({
        recipient: owner.email,
        language: owner.preferredLanguage,
        template: 'seller-new-order',
        payload: {
          orderNumber: order.number,
          subOrderId: subOrder.id,
          dashboardUrl: `${base}/seller/orders/${subOrder.id}`,
          sellerName: seller.name,
          paymentMethod: order.paymentMethod,
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
    await this.outbox.enqueueMany(manager, emails);
  }
}
