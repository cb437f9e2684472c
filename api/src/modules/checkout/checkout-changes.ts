import {
  money,
  sum,
  type Cart,
  type CheckoutChanges,
  type CheckoutLineChange,
} from '@hirfa/shared';

/** What the shopper was shown for one cart line, as recorded when they last set it. */
export interface SeenLine {
  lineId: string;
  /** Null for lines set before prices were recorded: then today's price is taken as seen. */
  unitPrice: number | null;
  shippingMorocco: number | null;
  shippingInternational: number | null;
  seenAt: Date | null;
}

export type Destination = 'morocco' | 'international';

/**
 * Compares the cart as it is now with what the shopper saw: each line whose unit price
 * moved or that cannot be bought as it is, and the shipping for this destination (each
 * seller's rate as seen with its most recently set line).
 */
export function describeChanges(
  cart: Cart,
  seen: SeenLine[],
  destination: Destination,
  expectedTotal: number,
): CheckoutChanges {
  const seenById = new Map(seen.map((line) => [line.lineId, line]));
  const lines: CheckoutLineChange[] = [];
  for (const line of cart.lines) {
    const before = seenById.get(line.id);
    const oldAmount = before?.unitPrice ?? line.unitPrice.amount;
    const price =
      oldAmount !== line.unitPrice.amount ? { old: money(oldAmount), new: line.unitPrice } : null;
    const availability = line.availability.problem
      ? {
          problem: line.availability.problem,
          available: line.availability.problem === 'unavailable' ? 0 : line.availability.stock,
        }
      : null;
    if (price || availability) {
      lines.push({
        lineId: line.id,
        productId: line.product.id,
        title: line.product.title,
        quantity: line.quantity,
        price,
        availability,
      });
    }
  }

  const shippingNow = cart.totals[destination].shipping;
  const shippingSeen = sum(
    cart.groups.map((group) => {
      const latest = group.lineIds
        .map((id) => seenById.get(id))
        .filter((line): line is SeenLine => Boolean(line?.seenAt))
        .sort((a, b) => b.seenAt!.getTime() - a.seenAt!.getTime())[0];
      const rate =
        destination === 'morocco' ? latest?.shippingMorocco : latest?.shippingInternational;
      return rate === null || rate === undefined ? group.shipping[destination] : money(rate);
    }),
    'MAD',
  );
  return {
    expectedTotal: money(expectedTotal),
    total: cart.totals[destination].total,
    lines,
    shipping:
      shippingSeen.amount !== shippingNow.amount ? { old: shippingSeen, new: shippingNow } : null,
  };
}
