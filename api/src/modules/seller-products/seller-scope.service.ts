import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SellerStatus } from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SellerEntity } from '../sellers/entities/seller.entity';

const NOT_APPROVED: Record<Exclude<SellerStatus, 'approved'>, string> = {
  draft:
    'Your shop application is not submitted yet; products can be added once the chamber approves it',
  submitted:
    'Your shop is waiting for the chamber’s approval; products can be added once it is approved',
  rejected: 'Your shop application was rejected by the chamber; products cannot be added',
  suspended:
    'Your shop is suspended by the chamber; its products cannot be managed until it is reinstated',
};

/** The shop a seller acts for, always taken from the session, never from the request. */
@Injectable()
export class SellerScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's approved shop, or 403 saying why there is none. */
  async requireApprovedShop(user: AuthenticatedUser): Promise<SellerEntity> {
    // A user owns at most one shop (sellers_one_per_owner).
    const shop = await this.dataSource
      .getRepository(SellerEntity)
      .findOneBy({ ownerUserId: user.id });
    if (!shop) throw new ForbiddenException('You have no shop yet: apply to sell on Hirfa first');
    if (shop.status === 'approved') return shop;
    throw new ForbiddenException(NOT_APPROVED[shop.status]);
  }
}
