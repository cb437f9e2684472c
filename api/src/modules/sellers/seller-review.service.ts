import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pageOffset, type SellerAction } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toPage } from '../../common/dto/pagination-query.dto';
import { CooperativeMemberEntity } from './entities/cooperative-member.entity';
import { SellerStatusChangeEntity } from './entities/seller-status-change.entity';
import { SellerEntity } from './entities/seller.entity';
import type { SellerQueueQueryDto } from './dto/seller-queue-query.dto';
import type {
  SellerApplicationDetailDto,
  SellerApplicationQueueDto,
} from './dto/seller-response.dto';
import { toQueueItem, toSellerApplicationDetail } from './seller-application.mapper';
import { SellerLifecycleService } from './seller-lifecycle.service';

/** What the chamber sees of an owner; never the password hash. */
const OWNER_COLUMNS = ['owner.id', 'owner.name', 'owner.email'];

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The chamber's side: the review queue, an application's file, and the decisions. */
@Injectable()
export class SellerReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: SellerLifecycleService,
  ) {}

  /** Two queries whatever the page size: the count, and the page with each owner. */
  async queue(query: SellerQueueQueryDto): Promise<SellerApplicationQueueDto> {
    const filtered = this.dataSource
      .getRepository(SellerEntity)
      .createQueryBuilder('seller')
      .leftJoin('seller.owner', 'owner')
      .addSelect(OWNER_COLUMNS);
    if (query.status) filtered.andWhere('seller.status = :status', { status: query.status });
    if (query.province) {
      filtered.andWhere('seller.provinceCode = :province', { province: query.province });
    }
    if (query.craft) filtered.andWhere('seller.craftSlug = :craft', { craft: query.craft });
    if (query.kind) filtered.andWhere('seller.kind = :kind', { kind: query.kind });
    if (query.q) {
      filtered.andWhere(
        `(seller.name ILIKE :pattern OR seller.artisanCardNumber ILIKE :pattern
          OR seller.registrationNumber ILIKE :pattern OR owner.name ILIKE :pattern
          OR owner.email ILIKE :pattern)`,
        { pattern: `%${escapeLike(query.q)}%` },
      );
    }

    const total = await filtered.clone().getCount();
    const offset = pageOffset(query.page, query.limit);
    const sellers =
      total > offset
        ? await filtered
            .orderBy('seller.submittedAt', 'ASC', 'NULLS LAST')
            .addOrderBy('seller.createdAt', 'ASC')
            .addOrderBy('seller.id', 'ASC')
            .offset(offset)
            .limit(query.limit)
            .getMany()
        : [];
    return toPage(sellers.map(toQueueItem), total, query);
  }

  async detail(id: string): Promise<SellerApplicationDetailDto> {
    const seller = await this.dataSource
      .getRepository(SellerEntity)
      .createQueryBuilder('seller')
      .leftJoin('seller.owner', 'owner')
      .addSelect(OWNER_COLUMNS)
      .where('seller.id = :id', { id })
      .getOne();
    if (!seller) throw new NotFoundException('No seller has this id');
    const [members, history] = await Promise.all([
      this.dataSource.getRepository(CooperativeMemberEntity).find({
        where: { sellerId: id },
        order: { createdAt: 'ASC', name: 'ASC' },
      }),
      this.dataSource
        .getRepository(SellerStatusChangeEntity)
        .createQueryBuilder('change')
        .leftJoin('change.actor', 'actor')
        .addSelect(['actor.id', 'actor.name'])
        .where('change.sellerId = :id', { id })
        .orderBy('change.id', 'ASC')
        .getMany(),
    ]);
    return toSellerApplicationDetail(seller, members, history);
  }

  async decide(
    staff: AuthenticatedUser,
    id: string,
    action: Exclude<SellerAction, 'submit'>,
    reason: string | null = null,
  ): Promise<SellerApplicationDetailDto> {
    await this.lifecycle.apply({ id }, action, staff.id, reason);
    return this.detail(id);
  }
}
