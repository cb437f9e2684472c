import type { EntityManager } from 'typeorm';

/**
 * Locks the products of these sub-orders' lines in id order, before their stock comes back:
 * checkouts take the same rows in the same order, so the two wait rather than deadlock.
 */
export async function lockProductsOf(
  manager: EntityManager,
  subOrderIds: readonly string[],
): Promise<void> {
  if (subOrderIds.length === 0) return;
  await manager.query(
    `SELECT p.id FROM products p
      WHERE p.id IN (SELECT l.product_id FROM order_lines l WHERE l.sub_order_id = ANY($1::uuid[]))
      ORDER BY p.id FOR UPDATE OF p`,
    [subOrderIds],
  );
}
