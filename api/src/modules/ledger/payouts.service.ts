import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { money, pageOffset, toDecimalString } from '@hirfa/shared';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { SellerEntity } from '../sellers/entities/seller.entity';
import type {
  ListPayoutsQueryDto,
  PayoutBatchDto,
  PayoutDto,
  PayoutPageDto,
} from './dto/ledger.dto';
import { PayoutBatchEntity } from './entities/payout-batch.entity';
import { PayoutEntity } from './entities/payout.entity';
import { LedgerService } from './ledger.service';
import { payoutCutoff, payoutEligibleEntry } from './payout-eligibility';
import { INTEGER_COLUMN_MAX } from '../../common/input/integer-column';

/** Serialises batch creation, so two staff clicking at once never pay a balance twice. */
const PAYOUT_BATCH_LOCK = "hashtext('hirfa:payout-batches')";

function toPayout(payout: PayoutEntity, seller: SellerEntity): PayoutDto {
  return {
    id: payout.id,
    batchId: payout.batchId,
    seller: { id: seller.id, slug: seller.slug ?? '', name: seller.name, kind: seller.kind },
    amount: money(payout.amount),
    status: payout.status,
    bankReference: payout.bankReference,
    paidAt: payout.paidAt?.toISOString() ?? null,
    createdAt: payout.createdAt.toISOString(),
  };
}

/**
 * Sellers are paid by bank transfer: a batch owes each approved seller their available
 * balance once it reaches the minimum (a ledger debit at once), and staff record the bank's
 * reference when sent. Available means delivered (card) or remitted (cash) at least
 * PAYOUT_HOLD_DAYS ago; the rest waits for a later batch.
 */
@Injectable()
export class PayoutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createBatch(staff: AuthenticatedUser): Promise<PayoutBatchDto> {
    const minimum = this.config.payoutMinimumAmount;
    const { batch, payouts } = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${PAYOUT_BATCH_LOCK})`);
      // Only approved sellers (a suspended one is paid once reinstated), and only what is
      // available: delivered or remitted sales past the holding period.
      const balances: { seller_id: string; balance: string }[] = await manager.query(
        `SELECT e.seller_id, sum(e.amount)::text AS balance
           FROM ledger_entries e
           JOIN sellers s ON s.id = e.seller_id AND s.status = 'approved'
          WHERE ${payoutEligibleEntry('e', '$2')}
          GROUP BY e.seller_id
         HAVING sum(e.amount) >= $1 AND sum(e.amount) > 0
          ORDER BY e.seller_id`,
        [minimum, payoutCutoff(this.config.payoutHoldDays)],
      );
      if (balances.length === 0) {
        throw new UnprocessableEntityException(
          `No approved seller's available balance has reached the payout minimum of ${toDecimalString(money(minimum))} MAD (sales count ${this.config.payoutHoldDays} days after delivery or remittance)`,
        );
      }
      const batch = await manager
        .getRepository(PayoutBatchEntity)
        .save({ minimumAmount: minimum, createdBy: staff.id });
      const payouts = await manager.getRepository(PayoutEntity).save(
        balances.map((row) => ({
          batchId: batch.id,
          sellerId: row.seller_id,
          // One payout holds what an integer column can; the rest waits for the next batch.
          amount: Math.min(Number(row.balance), INTEGER_COLUMN_MAX),
          status: 'pending' as const,
          bankReference: null,
          paidAt: null,
          paidBy: null,
        })),
      );
      for (const payout of payouts) await this.ledger.recordPayout(manager, payout);
      return { batch, payouts };
    });
    const sellers = await this.sellersOf(payouts);
    return {
      id: batch.id,
      createdAt: batch.createdAt.toISOString(),
      minimumAmount: money(batch.minimumAmount),
      payouts: payouts.map((payout) =>
        toPayout(payout, sellers.get(payout.sellerId) as SellerEntity),
      ),
    };
  }

  async markPaid(
    staff: AuthenticatedUser,
    payoutId: string,
    bankReference: string,
  ): Promise<PayoutDto> {
    const payout = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PayoutEntity);
      const payout = await repository.findOne({
        where: { id: payoutId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!payout) throw new NotFoundException('No payout has this id');
      if (payout.status === 'paid') {
        throw new ConflictException(
          `This payout is already marked paid, with the reference ${payout.bankReference}`,
        );
      }
      Object.assign(payout, {
        status: 'paid',
        bankReference,
        paidAt: new Date(),
        paidBy: staff.id,
      });
      await repository.update(
        { id: payout.id },
        { status: 'paid', bankReference, paidAt: payout.paidAt, paidBy: staff.id },
      );
      return payout;
    });
    const sellers = await this.sellersOf([payout]);
    return toPayout(payout, sellers.get(payout.sellerId) as SellerEntity);
  }

  /** Two queries whatever the page size, plus the sellers of the page. */
  async list(query: ListPayoutsQueryDto): Promise<PayoutPageDto> {
    const repository = this.dataSource.getRepository(PayoutEntity);
    const where = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.batchId ? { batchId: query.batchId } : {}),
    };
    const total = await repository.countBy(where);
    const offset = pageOffset(query.page, query.limit);
    const payouts =
      total > offset
        ? await repository.find({
            where,
            order: { createdAt: 'DESC', id: 'DESC' },
            skip: offset,
            take: query.limit,
          })
        : [];
    const sellers = await this.sellersOf(payouts);
    return toPage(
      payouts.map((payout) => toPayout(payout, sellers.get(payout.sellerId) as SellerEntity)),
      total,
      query,
    );
  }

  private async sellersOf(payouts: PayoutEntity[]): Promise<Map<string, SellerEntity>> {
    if (payouts.length === 0) return new Map();
    const sellers = await this.dataSource
      .getRepository(SellerEntity)
      .findBy({ id: In([...new Set(payouts.map((payout) => payout.sellerId))]) });
    return new Map(sellers.map((seller) => [seller.id, seller]));
  }
}
