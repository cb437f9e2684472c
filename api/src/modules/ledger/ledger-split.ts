import { allocate, money, percentage } from '@hirfa/shared';

/** A part of an amount: the shop's own (memberId null) or a cooperative member's. */
export interface Share {
  memberId: string | null;
  amount: number;
}

export interface SoldLine {
  lineTotal: number;
  madeByMemberId: string | null;
}

/**
 * Who a sub-order's sale belongs to: each line to the member who made it, the rest and the
 * shipping to the shop. The shop comes first, then members in a stable order; empty parts
 * are left out, and the parts always add up to items + shipping.
 */
export function saleShares(shippingAmount: number, lines: readonly SoldLine[]): Share[] {
  const byMember = new Map<string, number>();
  let shop = shippingAmount;
  for (const line of lines) {
    if (line.madeByMemberId === null) {
      shop += line.lineTotal;
    } else {
      byMember.set(line.madeByMemberId, (byMember.get(line.madeByMemberId) ?? 0) + line.lineTotal);
    }
  }
  const members = [...byMember.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([memberId, amount]) => ({ memberId, amount }));
  const shares = [{ memberId: null, amount: shop }, ...members].filter((share) => share.amount > 0);
  return shares.length > 0 ? shares : [{ memberId: null, amount: 0 }];
}

/** Splits `amount` over the shares in proportion to them (largest remainder: exact sum). */
export function splitLike(amount: number, shares: readonly Share[]): Share[] {
  const ratios = shares.map((share) => Math.abs(share.amount));
  if (ratios.every((ratio) => ratio === 0)) {
    return shares.map((share, index) => ({
      memberId: share.memberId,
      amount: index === 0 ? amount : 0,
    }));
  }
  return allocate(money(amount), ratios).map((part, index) => ({
    memberId: shares[index].memberId,
    amount: part.amount,
  }));
}

/** The platform's commission on a sale, in centimes, rounded half up. */
export function commissionOn(total: number, rateBps: number): number {
  return percentage(money(total), rateBps).amount;
}

/**
 * The commission given back for a refund. Computed on the running total refunded, so that
 * however a sale is refunded in parts, the commission returned ends at the whole commission.
 */
export function commissionReturned(
  commission: number,
  saleTotal: number,
  refundedBefore: number,
  refundAmount: number,
): number {
  const upTo = (refunded: number) =>
    saleTotal === 0 ? 0 : Math.floor((2 * commission * refunded + saleTotal) / (2 * saleTotal));
  return upTo(refundedBefore + refundAmount) - upTo(refundedBefore);
}
