/**
 * The ledger entries a payout may include: those of no sub-order (payouts already made), and
 * those of a sub-order whose money is settled: a card sale delivered, or cash remitted, at
 * or before the cut-off (now minus the holding period). A sale still in transit, or within
 * the period in which the buyer may still complain, stays pending. `$cutoff` names the
 * query parameter holding the cut-off; `alias` the ledger_entries alias.
 */
export function payoutEligibleEntry(alias: string, cutoff: string): string {
  return `(${alias}.sub_order_id IS NULL OR EXISTS (
      SELECT 1
        FROM order_status_changes c
        JOIN sub_orders so ON so.id = c.sub_order_id
        JOIN orders o ON o.id = so.order_id
       WHERE c.sub_order_id = ${alias}.sub_order_id
         AND c.to_status = CASE o.payment_method WHEN 'card' THEN 'delivered' ELSE 'remitted' END
         AND c.created_at <= ${cutoff}))`;
}

/** The moment before which a delivery or remittance is old enough to be paid out. */
export function payoutCutoff(holdDays: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - holdDays * 24 * 60 * 60 * 1000);
}
