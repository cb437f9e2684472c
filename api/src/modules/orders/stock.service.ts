import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface StockRequest {
  productId: string;
  quantity: number;
}

/** A product as it is when its stock was reserved: the price the buyer pays is this one. */
export interface ReservedProduct {
  id: string;
  slug: string;
  sellerId: string;
  titleFr: string | null;
  titleAr: string | null;
  titleEn: string | null;
  priceAmount: number;
  madeByMemberId: string | null;
  quantity: number;
}

interface ReservedRow {
  id: string;
  slug: string;
  seller_id: string;
  title_fr: string | null;
  title_ar: string | null;
  title_en: string | null;
  price_amount: number;
  made_by_member_id: string | null;
}

/** Takes stock for an order and gives it back; never lets it go below zero. */
@Injectable()
export class StockService {
  /**
   * Reserves every line or none (the caller's transaction rolls back on the first refusal).
   * Each line is one conditional update, in product id order so that concurrent buyers of
   * the same products wait on each other instead of deadlocking; the price is read from the
   * updated row, inside the transaction.
   */
  async reserve(manager: EntityManager, requests: StockRequest[]): Promise<ReservedProduct[]> {
    const reserved: ReservedProduct[] = [];
    const sorted = [...requests].sort((a, b) => (a.productId < b.productId ? -1 : 1));
    for (const { productId, quantity } of sorted) {
      const [rows] = (await manager.query(
        `UPDATE products p SET stock = p.stock - $2
           FROM sellers s
          WHERE p.id = $1 AND p.stock >= $2 AND p.status = 'active'
            AND s.id = p.seller_id AND s.status = 'approved'
          RETURNING p.id, p.slug, p.seller_id, p.title_fr, p.title_ar, p.title_en,
                    p.price_amount, p.made_by_member_id`,
        [productId, quantity],
      )) as [ReservedRow[], number];
      const row = rows[0];
      if (!row) throw await this.refusal(manager, productId, quantity);
      reserved.push({
        id: row.id,
        slug: row.slug,
        sellerId: row.seller_id,
        titleFr: row.title_fr,
        titleAr: row.title_ar,
        titleEn: row.title_en,
        priceAmount: row.price_amount,
        madeByMemberId: row.made_by_member_id,
        quantity,
      });
    }
    return reserved;
  }

  /** Puts the stock of these sub-orders' lines back (a unique piece goes back to 1). */
  async restock(manager: EntityManager, subOrderIds: string[]): Promise<void> {
    const returned: { product_id: string; quantity: number }[] = await manager.query(
      `SELECT product_id, sum(quantity)::integer AS quantity
         FROM order_lines
        WHERE sub_order_id = ANY($1::uuid[]) AND product_id IS NOT NULL
        GROUP BY product_id
        ORDER BY product_id`,
      [subOrderIds],
    );
    if (returned.length === 0) return;
    const productIds = returned.map((row) => row.product_id);
    // Locked in id order first, like reservations, so the two never deadlock.
    await manager.query(
      `SELECT id FROM products WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [productIds],
    );
    await manager.query(
      `UPDATE products p
          SET stock = CASE WHEN p.one_of_a_kind THEN least(p.stock + r.quantity, 1)
                           ELSE p.stock + r.quantity END
         FROM unnest($1::uuid[], $2::integer[]) AS r(product_id, quantity)
        WHERE p.id = r.product_id`,
      [productIds, returned.map((row) => row.quantity)],
    );
  }

  private async refusal(
    manager: EntityManager,
    productId: string,
    quantity: number,
  ): Promise<ConflictException> {
    const rows: { title: string; stock: number; on_sale: boolean }[] = await manager.query(
      `SELECT coalesce(p.title_fr, p.title_en, p.title_ar) AS title, p.stock,
              (p.status = 'active' AND s.status = 'approved') AS on_sale
         FROM products p JOIN sellers s ON s.id = p.seller_id WHERE p.id = $1`,
      [productId],
    );
    const product = rows[0];
    if (!product || !product.on_sale) {
      return new ConflictException(
        `${product ? `“${product.title}”` : 'A product in your cart'} is no longer for sale; remove it from your cart`,
      );
    }
    if (product.stock === 0) {
      return new ConflictException(
        `“${product.title}” has just sold out; remove it from your cart`,
      );
    }
    return new ConflictException(
      `Only ${product.stock} of “${product.title}” ${product.stock === 1 ? 'is' : 'are'} left, and your cart has ${quantity}`,
    );
  }
}
