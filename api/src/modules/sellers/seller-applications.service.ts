import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  SELLER_EDITABLE_STATUSES,
  type CooperativeMemberInput,
  type SellerStatus,
} from '@hirfa/shared';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { InvalidInputException } from '../../common/filters/api-exception.filter';
import { CooperativeMemberEntity } from './entities/cooperative-member.entity';
import { SellerStatusChangeEntity } from './entities/seller-status-change.entity';
import { SellerEntity } from './entities/seller.entity';
import type {
  CreateSellerApplicationDto,
  UpdateSellerApplicationDto,
} from './dto/seller-application.dto';
import type { SellerApplicationDto } from './dto/seller-response.dto';
import {
  applicationProblems,
  applyEdit,
  EMPTY_APPLICATION,
  type ApplicationContent,
} from './seller-application.rules';
import { contentOfSeller, sellerColumnsOf, toSellerApplication } from './seller-application.mapper';
import { SellerLifecycleService } from './seller-lifecycle.service';

/** Throws a 400 naming each problem when the application is incomplete or contradictory. */
function assertComplete(content: ApplicationContent): ApplicationContent {
  const problems = applicationProblems(content);
  if (problems.length > 0) {
    const summary = problems.map((problem) => problem.messages.join(', ')).join('; ');
    throw new InvalidInputException(`Invalid application: ${summary}`, problems);
  }
  return content;
}

const isEditable = (status: SellerStatus) => SELLER_EDITABLE_STATUSES.includes(status);

/** The applicant's side: every query is scoped to the seller the caller owns. */
@Injectable()
export class SellerApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: SellerLifecycleService,
  ) {}

  async create(
    caller: AuthenticatedUser,
    dto: CreateSellerApplicationDto,
  ): Promise<SellerApplicationDto> {
    const content = assertComplete(applyEdit(EMPTY_APPLICATION, dto));
    const status: SellerStatus = dto.submit === false ? 'draft' : 'submitted';
    await this.dataSource.transaction(async (manager) => {
      // The partial unique index on owner_user_id turns a second application into no row.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SellerEntity)
        .values({
          ...sellerColumnsOf(content),
          slug: null,
          status,
          ownerUserId: caller.id,
          submittedAt: status === 'submitted' ? new Date() : null,
          approvedAt: null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = (inserted.raw as { id: string }[])[0];
      if (!row) {
        throw new ConflictException(
          'You already have a seller application; change it with PATCH /api/seller-applications/mine',
        );
      }
      await this.replaceMembers(manager, row.id, content.members);
      await this.lifecycle.recordCreation(manager, row.id, status, caller.id);
    });
    return this.mine(caller);
  }

  async mine(caller: AuthenticatedUser): Promise<SellerApplicationDto> {
    const seller = await this.dataSource
      .getRepository(SellerEntity)
      .findOneBy({ ownerUserId: caller.id });
    if (!seller) throw new NotFoundException('You have not applied to sell yet');
    const [members, history] = await Promise.all([
      this.membersOf(this.dataSource.manager, seller.id),
      this.dataSource.getRepository(SellerStatusChangeEntity).find({
        where: { sellerId: seller.id },
        order: { id: 'ASC' },
      }),
    ]);
    return toSellerApplication(seller, members, history, isEditable(seller.status));
  }

  /** Edits are allowed while the application is a draft or has been rejected. */
  async update(
    caller: AuthenticatedUser,
    dto: UpdateSellerApplicationDto,
  ): Promise<SellerApplicationDto> {
    await this.dataSource.transaction(async (manager) => {
      const seller = await this.lifecycle.lock(manager, { ownerUserId: caller.id });
      if (!seller) throw new NotFoundException('You have not applied to sell yet');
      if (!isEditable(seller.status)) {
        throw new ConflictException(
          `Your application is ${seller.status}; it can be changed only as a draft or after a rejection`,
        );
      }
      const members = await this.membersOf(manager, seller.id);
      const content = assertComplete(applyEdit(contentOfSeller(seller, members), dto));
      await manager.getRepository(SellerEntity).update({ id: seller.id }, sellerColumnsOf(content));
      const membersDropped = content.members === null && members.length > 0;
      if (dto.members !== undefined || membersDropped) {
        await this.replaceMembers(manager, seller.id, content.members);
      }
    });
    return this.mine(caller);
  }

  async submit(caller: AuthenticatedUser): Promise<SellerApplicationDto> {
    await this.lifecycle.apply({ ownerUserId: caller.id }, 'submit', caller.id);
    return this.mine(caller);
  }

  private membersOf(manager: EntityManager, sellerId: string): Promise<CooperativeMemberEntity[]> {
    return manager.getRepository(CooperativeMemberEntity).find({
      where: { sellerId },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
  }

  /** Members are edited as a whole list; no product can name them before approval. */
  private async replaceMembers(
    manager: EntityManager,
    sellerId: string,
    members: CooperativeMemberInput[] | null,
  ): Promise<void> {
    const repository = manager.getRepository(CooperativeMemberEntity);
    await repository.delete({ sellerId });
    if (members && members.length > 0) {
      await repository.insert(
        members.map((member) => ({
          sellerId,
          userId: null,
          name: member.name,
          craftSlug: member.craft,
        })),
      );
    }
  }
}
