import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { CART_LIMITS } from '@hirfa/shared';
import { CartEntity } from './entities/cart.entity';
import { cartTokenFrom, hashCartToken } from './shopper';

/**
 * At sign-in, the guest cart of the `hirfa_cart` cookie joins the account: it becomes the
 * account's cart, or its lines are added to the account's open cart.
 */
@Injectable()
export class GuestCartMergeService {
  private readonly logger = new Logger(GuestCartMergeService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Never fails a sign-in: a cart that cannot be merged stays a guest cart. */
  async mergeInto(userId: string, request: Request): Promise<void> {
    const token = cartTokenFrom(request);
    if (!token) return;
    try {
      await this.merge(userId, hashCartToken(token));
    } catch (error) {
      this.logger.error(`The guest cart could not be merged into account ${userId}: ${error}`);
    }
  }

  private async merge(userId: string, tokenHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const carts = manager.getRepository(CartEntity);
      const guest = await carts.findOne({
        where: { tokenHash, orderId: IsNull(), userId: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!guest) return;
      const own = await carts.findOne({
        where: { userId, orderId: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!own) {
        // The cart keeps its id, so the page showing it goes on working.
        await carts.update({ id: guest.id }, { userId, tokenHash: null, updatedAt: new Date() });
        return;
      }
      await manager.query(
        `INSERT INTO cart_items (cart_id, product_id, quantity)
         SELECT $1, product_id, quantity FROM cart_items WHERE cart_id = $2
         ON CONFLICT (cart_id, product_id)
         DO UPDATE SET quantity = least(cart_items.quantity + excluded.quantity, $3)`,
        [own.id, guest.id, CART_LIMITS.maxQuantity],
      );
      await carts.delete({ id: guest.id });
      await carts.update({ id: own.id }, { updatedAt: new Date() });
    });
  }
}
