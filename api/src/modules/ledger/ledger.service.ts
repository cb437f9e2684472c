import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrderLineEntity } from '../orders/entities/order-line.entity';
import type { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import type { PayoutEntity } from './entities/payout.entity';
import {
  commissionOn,
  commissionReturned,
  saleShares,
  splitLike,
  type Share,
} from './ledger-split';

type SaleSubOrder = Pick<
  SubOrderEntity,
  'id' | 'sellerId' | 'shippingAmount' | 'totalAmount' | 'commissionRateBps'
>;

export interface ConfirmedRefund {
  id: string;
  amount: number;
}

const rate = (bps: number) => `${bps / 100} %`;

/**
 * Writes what each seller earns: the sale and the commission once a sub-order's money is in
 * (card payment, or cash remitted), refunds as they are confirmed, and payouts. Every write
 * happens in the caller's transaction, beside the change that causes it.
 */
@Injectable()
export class LedgerService {
  async recordSale(
    manager: EntityManager,
    subOrder: SaleSubOrder,
    orderNumber: string,
  ): Promise<void> {
    const lines = await manager.getRepository(OrderLineEntity).find({
      where: { subOrderId: subOrder.id },
      select: { lineTotal: true, madeByMemberId: true },
    });
    const sale = saleShares(subOrder.shippingAmount, lines);
    const commission = splitLike(
      -commissionOn(subOrder.totalAmount, subOrder.commissionRateBps),
      sale,
    );
    await this.insert(manager, subOrder, null, [
      ...entries(sale, 'sale', `Sale ${orderNumber}`),
      ...entries(
        commission,
        'commission',
        `Commission ${rate(subOrder.commissionRateBps)} on ${orderNumber}`,
      ),
    ]);
  }

  /**
   * A confirmed refund takes back its amount from the sale's shares, in their proportions,
   * and gives back the matching part of the commission.
   */
  async recordRefund(
    manager: EntityManager,
    subOrder: SaleSubOrder & { refundedAmount: number },
    refund: ConfirmedRefund,
    orderNumber: string,
  ): Promise<void> {
    const written = await manager.getRepository(LedgerEntryEntity).find({
      where: { subOrderId: subOrder.id },
      select: { kind: true, amount: true, memberId: true },
      order: { id: 'ASC' },
    });
    const sale = written.filter((entry) => entry.kind === 'sale');
    const commission = written.filter((entry) => entry.kind === 'commission');
    const saleParts: Share[] = sale.length
      ? sale.map(({ memberId, amount }) => ({ memberId, amount }))
      : [{ memberId: null, amount: subOrder.totalAmount }];
    const commissionTotal = -commission.reduce((total, entry) => total + entry.amount, 0);
    const returned = commissionReturned(
      commissionTotal,
      subOrder.totalAmount,
      subOrder.refundedAmount,
      refund.amount,
    );
    const commissionParts: Share[] = commission.length
      ? commission.map(({ memberId, amount }) => ({ memberId, amount }))
      : saleParts;
    await this.insert(manager, subOrder, refund.id, [
      ...entries(splitLike(-refund.amount, saleParts), 'refund', `Refund on ${orderNumber}`),
      ...entries(
        splitLike(returned, commissionParts),
        'commission_refund',
        `Commission returned with the refund on ${orderNumber}`,
      ),
    ]);
  }

  async recordPayout(manager: EntityManager, payout: PayoutEntity): Promise<void> {
    await manager.getRepository(LedgerEntryEntity).insert({
      sellerId: payout.sellerId,
      payoutId: payout.id,
      kind: 'payout',
      amount: -payout.amount,
      description: 'Payout by bank transfer',
    });
  }

  private async insert(
    manager: EntityManager,
    subOrder: SaleSubOrder,
    refundId: string | null,
    rows: Omit<
      LedgerEntryEntity,
      'id' | 'sellerId' | 'subOrderId' | 'refundId' | 'payoutId' | 'createdAt'
    >[],
  ): Promise<void> {
    const nonZero = rows.filter((row) => row.amount !== 0);
    if (nonZero.length === 0) return;
    await manager.getRepository(LedgerEntryEntity).insert(
      nonZero.map((row) => ({
        ...row,
        sellerId: subOrder.sellerId,
        subOrderId: subOrder.id,
        refundId,
        payoutId: null,
      })),
    );
  }
}

function entries(shares: Share[], kind: LedgerEntryEntity['kind'], description: string) {
  return shares.map((share) => ({
    kind,
    amount: share.amount,
    memberId: share.memberId,
    description,
  }));
}
