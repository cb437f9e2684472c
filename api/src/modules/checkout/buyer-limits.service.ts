import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CHECKOUT_ERROR_CODES, type OrderStatus } from '@hirfa/shared';
import { ApiException } from '../../common/filters/api-exception.filter';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import type { Shopper } from '../cart/shopper';

/** The statuses in which an order holds stock without being paid or confirmed. */
const HOLDING_STATUSES: OrderStatus[] = ['pending_payment', 'placed'];

/** The first key of the two-key advisory lock, so these locks meet no other kind. */
const BUYER_LOCK_CLASS = 7_407_001;

/** When no open order has a payment deadline (cash orders wait for the seller's call). */
const RETRY_WITHOUT_DEADLINE_SECONDS = 3600;

/**
 * Who holds the stock an order takes: a signed-in account, or a guest known by the email
 * the order is sent to together with the address the request came from (an IPv6 address by
 * its /64, which one subscriber gets whole, as the rate limits count it). Guests' keys are
 * hashed: the database keeps no address.
 */
export function buyerKeyOf(shopper: Shopper, email: string, ip: string): string {
  if (shopper.user) return `user:${shopper.user.id}`;
  const address = normalizeIp(ip);
  const digest = createHash('sha256')
    .update(`${email.trim().toLowerCase()}\n${address}`)
    .digest('hex');
  return `guest:${digest}`;
}

export interface HeldLine {
  productId: string;
  quantity: number;
}

/**
 * Caps what one buyer may hold unpaid or unconfirmed: a number of open orders and a number
 * of units of one product across the cart being checked out and those orders. Counted from
 * the database under a transaction lock on the buyer, so concurrent checkouts of one buyer,
 * in any API process, are counted one after the other.
 */
@Injectable()
export class BuyerLimitsService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Takes the buyer's lock (held until the transaction ends), then refuses what is over. */
  async lockAndCheck(manager: EntityManager, buyerKey: string, lines: HeldLine[]): Promise<void> {
    const { maxOpenOrders, maxUnitsPerProduct } = this.config.buyerLimits;
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
      BUYER_LOCK_CLASS,
      buyerKey,
    ]);

    const [open]: { open: number; next_due: Date | null }[] = await manager.query(
      `SELECT count(*)::integer AS open, min(o.payment_due_at) AS next_due
         FROM orders o
        WHERE o.buyer_key = $1
          AND EXISTS (SELECT 1 FROM sub_orders so
                       WHERE so.order_id = o.id AND so.status = ANY($2::text[]))`,
      [buyerKey, HOLDING_STATUSES],
    );
    if (open.open >= maxOpenOrders) {
      const retryAfter = open.next_due
        ? Math.max(1, Math.ceil((new Date(open.next_due).getTime() - Date.now()) / 1000))
        : RETRY_WITHOUT_DEADLINE_SECONDS;
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        CHECKOUT_ERROR_CODES.tooManyOpenOrders,
        `You already have ${open.open} orders waiting for payment or confirmation; pay for or ` +
          `cancel one, or wait until one is confirmed, before ordering again`,
        { limit: maxOpenOrders, open: open.open },
        retryAfter,
      );
    }

    const held: { product_id: string; quantity: number; title: string }[] = await manager.query(
      `SELECT p.id AS product_id, coalesce(p.title_fr, p.title_en, p.title_ar, p.slug) AS title,
              coalesce((SELECT sum(ol.quantity)
                          FROM order_lines ol
                          JOIN sub_orders so ON so.id = ol.sub_order_id
                          JOIN orders o ON o.id = so.order_id
                         WHERE ol.product_id = p.id AND o.buyer_key = $1
                           AND so.status = ANY($3::text[])), 0)::integer AS quantity
         FROM products p
        WHERE p.id = ANY($2::uuid[])`,
      [buyerKey, lines.map((line) => line.productId), HOLDING_STATUSES],
    );
    const heldOf = new Map(held.map((row) => [row.product_id, row]));
    const over = lines
      .map((line) => ({
        productId: line.productId,
        title: heldOf.get(line.productId)?.title ?? '',
        inCart: line.quantity,
        inOpenOrders: heldOf.get(line.productId)?.quantity ?? 0,
      }))
      .filter((line) => line.inCart + line.inOpenOrders > maxUnitsPerProduct);
    if (over.length > 0) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        CHECKOUT_ERROR_CODES.quantityLimit,
        `One buyer may hold at most ${maxUnitsPerProduct} of one piece until it is paid for or ` +
          `confirmed: ${over.map((line) => `“${line.title}”`).join(', ')}`,
        { limit: maxUnitsPerProduct, products: over },
      );
    }
  }
}
