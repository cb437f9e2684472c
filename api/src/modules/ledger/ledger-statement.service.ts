import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { money, pageOffset } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PaginationQueryDto, toPage } from '../../common/dto/pagination-query.dto';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { SellerScopeService } from '../seller-products/seller-scope.service';
import type { LedgerEntryDto, SellerLedgerDto } from './dto/ledger.dto';
import { payoutCutoff, payoutEligibleEntry } from './payout-eligibility';
import type { LedgerEntryKind } from '@hirfa/shared';

interface StatementRow {
  id: string;
  kind: LedgerEntryKind;
  amount: number;
  description: string;
  sub_order_id: string | null;
  payout_id: string | null;
  order_number: string | null;
  member_name: string | null;
  created_at: Date;
}

/** A seller's balance and every line of their statement, newest first. */
@Injectable()
export class LedgerStatementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: SellerScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Three queries whatever the page size: the shop, the balance (with what of it is available
   * for a payout) and the count, the page.
   */
  async statement(user: AuthenticatedUser, query: PaginationQueryDto): Promise<SellerLedgerDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const [totals]: { balance: string; available: string; total: number }[] =
      await this.dataSource.query(
        `SELECT coalesce(sum(e.amount), 0)::text AS balance,
                coalesce(sum(e.amount) FILTER (WHERE ${payoutEligibleEntry('e', '$2')}), 0)::text
                  AS available,
                count(*)::integer AS total
           FROM ledger_entries e WHERE e.seller_id = $1`,
        [shop.id, payoutCutoff(this.config.payoutHoldDays)],
      );
    const { total } = totals;
    const balance = Number(totals.balance);
    const available = Number(totals.available);
    const offset = pageOffset(query.page, query.limit);
    const rows: StatementRow[] =
      total > offset
        ? await this.dataSource.query(
            `SELECT e.id::text AS id, e.kind, e.amount, e.description, e.sub_order_id, e.payout_id,
                    o.number AS order_number, m.name AS member_name, e.created_at
               FROM ledger_entries e
               LEFT JOIN sub_orders s ON s.id = e.sub_order_id
               LEFT JOIN orders o ON o.id = s.order_id
               LEFT JOIN cooperative_members m ON m.id = e.member_id
              WHERE e.seller_id = $1
              ORDER BY e.id DESC
              LIMIT $2 OFFSET $3`,
            [shop.id, query.limit, offset],
          )
        : [];
    const items: LedgerEntryDto[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      amount: money(row.amount),
      description: row.description,
      orderNumber: row.order_number,
      subOrderId: row.sub_order_id,
      payoutId: row.payout_id,
      memberName: row.member_name,
      createdAt: row.created_at.toISOString(),
    }));
    return {
      balance: money(balance),
      available: money(available),
      pending: money(balance - available),
      holdDays: this.config.payoutHoldDays,
      ...toPage(items, total, query),
    };
  }
}
